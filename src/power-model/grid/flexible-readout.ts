import type { DispatchFlows } from '../dispatch/types';
import { HOURS_PER_YEAR } from '../hours';

/**
 * What the flexible part's curtailment did to one simulated year, read against the same year
 * dispatched with the full connection (firm + flexible) in every hour — the counterfactual:
 *
 * - `curtailedHours`, `events`: hours whose limit was the firm MW, and runs of such hours.
 * - `curtailedEnergyMWh` = Σ over curtailed hours of max(0, import without curtailment − import):
 *   the grid energy the flexible part would have delivered.
 * - What covered it, over the year (the battery's later recharge and a drained battery's later
 *   shortfall count where they fall): `thermalMWh` = Δ thermal to load, `batteryMWh` = Δ battery
 *   to load, `workloadCurtailedMWh` = max(0, Δ unserved) — load not served because of the
 *   curtailment, priced as compute not run rather than at the VOLL.
 * - `onsiteCostUSD` = Δ variable cost (fuel, VOM, grid energy; negative where the grid energy
 *   saved exceeds the fuel burned); `workloadCurtailmentCostUSD` = workload MWh × the user's
 *   USD/MWh; `costUSD` their sum.
 *
 * `fullHours` (CounterfactualHours): which hours `full` holds — flexible-simulation.ts dispatches
 * the counterfactual only where it can differ from the dispatch; in the other hours it is the
 * dispatch itself.
 */
export type FlexibleReadout = {
  firmMW: number;
  flexibleMW: number;
  onlineYear: number;
  /** False in a year before the flexible part energizes: it is not dispatched and every figure below is 0. */
  inService: boolean;
  rule: string;
  curtailedHours: number;
  /** The curtailed hours of the year (0–8759), for views that mark them (the 3D scrubber). */
  curtailedHourList: number[];
  events: number;
  curtailedEnergyMWh: number;
  thermalMWh: number;
  batteryMWh: number;
  workloadCurtailedMWh: number;
  /** Hours with workload curtailed (load not served that the full connection would have served). */
  workloadCurtailedHours: number;
  /** Hours with load unserved even with the full connection: the VOLL-priced unserved hours. */
  unservedHours: number;
  workloadCurtailmentUSDPerMWh: number;
  workloadCurtailmentSource: string;
  workloadCurtailmentCostUSD: number;
  onsiteCostUSD: number;
  costUSD: number;
};

/**
 * The hours a counterfactual's flows hold, and where: the whole year (index h); hours fromHour to
 * toHour − 1 (index h − fromHour: a dispatch resumed from a state); or a list of hours (index = its
 * position in the list: hours dispatched on their own).
 */
export type CounterfactualHours = { kind: 'year' } | { kind: 'range'; fromHour: number; toHour: number } | { kind: 'list'; hours: Int32Array };

const WHOLE_YEAR: CounterfactualHours = { kind: 'year' };

export function flexibleReadout(
  actual: DispatchFlows,
  full: DispatchFlows,
  curtailed: Uint8Array,
  meta: { firmMW: number; flexibleMW: number; onlineYear: number; rule: string; workloadCurtailmentUSDPerMWh: number; workloadCurtailmentSource: string },
  fullHours: CounterfactualHours = WHOLE_YEAR,
): FlexibleReadout {
  let curtailedHours = 0;
  const curtailedHourList: number[] = [];
  let events = 0;
  let curtailedEnergyMWh = 0;
  let dThermal = 0;
  let dBattery = 0;
  let dUnserved = 0;
  let dCost = 0;
  let workloadCurtailedHours = 0;
  let unservedHours = 0;
  let listed = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    // The counterfactual of hour h: `full` at index j where it holds h, else the dispatch itself (j = h).
    let f = full;
    let j = h;
    if (fullHours.kind === 'range') {
      if (h >= fullHours.fromHour && h < fullHours.toHour) j = h - fullHours.fromHour;
      else f = actual;
    } else if (fullHours.kind === 'list') {
      if (fullHours.hours[listed] === h) j = listed++;
      else f = actual;
    }
    // Shortfall below 1e-9 MW is rounding (the engine's count of unserved hours uses the same).
    if ((actual.unservedMW[h] ?? 0) > 1e-9) {
      if ((f.unservedMW[j] ?? 0) > 1e-9) unservedHours++;
      else workloadCurtailedHours++;
    }
    if (curtailed[h] === 1) {
      curtailedHours++;
      curtailedHourList.push(h);
      if (h === 0 || curtailed[h - 1] !== 1) events++;
      const without = (f.gridToLoadMW[j] ?? 0) + (f.gridToBatteryMW[j] ?? 0);
      const withCut = (actual.gridToLoadMW[h] ?? 0) + (actual.gridToBatteryMW[h] ?? 0);
      if (without > withCut) curtailedEnergyMWh += without - withCut;
    }
    if (f === actual) continue;
    dThermal += (actual.thermalToLoadMW[h] ?? 0) - (f.thermalToLoadMW[j] ?? 0);
    dBattery += (actual.batteryToLoadMW[h] ?? 0) - (f.batteryToLoadMW[j] ?? 0);
    dUnserved += (actual.unservedMW[h] ?? 0) - (f.unservedMW[j] ?? 0);
    dCost += (actual.variableCostUSD[h] ?? 0) - (f.variableCostUSD[j] ?? 0);
  }
  const workloadCurtailedMWh = Math.max(0, dUnserved);
  const workloadCurtailmentCostUSD = workloadCurtailedMWh * meta.workloadCurtailmentUSDPerMWh;
  return {
    firmMW: meta.firmMW,
    flexibleMW: meta.flexibleMW,
    onlineYear: meta.onlineYear,
    inService: true,
    rule: meta.rule,
    curtailedHours,
    curtailedHourList,
    events,
    curtailedEnergyMWh,
    thermalMWh: dThermal,
    batteryMWh: dBattery,
    workloadCurtailedMWh,
    workloadCurtailedHours,
    unservedHours,
    workloadCurtailmentUSDPerMWh: meta.workloadCurtailmentUSDPerMWh,
    workloadCurtailmentSource: meta.workloadCurtailmentSource,
    workloadCurtailmentCostUSD,
    onsiteCostUSD: dCost,
    costUSD: dCost + workloadCurtailmentCostUSD,
  };
}

/** The readout of a year before the flexible part energizes: nothing curtailed, nothing covered. */
export function notInServiceReadout(meta: { firmMW: number; flexibleMW: number; onlineYear: number; workloadCurtailmentUSDPerMWh: number; workloadCurtailmentSource: string }): FlexibleReadout {
  return {
    ...meta,
    inService: false,
    rule: `not in service: the flexible part energizes in ${meta.onlineYear}`,
    curtailedHours: 0,
    curtailedHourList: [],
    events: 0,
    curtailedEnergyMWh: 0,
    thermalMWh: 0,
    batteryMWh: 0,
    workloadCurtailedMWh: 0,
    workloadCurtailedHours: 0,
    unservedHours: 0,
    workloadCurtailmentCostUSD: 0,
    onsiteCostUSD: 0,
    costUSD: 0,
  };
}
