import { allocateFlows } from '../dispatch/flows';
import { HOURS_PER_YEAR } from '../hours';
import type { DispatchFlows, DispatchInput, DispatchResult } from '../dispatch/types';
import type { SupplyStep } from '../time-to-power/time-to-power';
import { DEFAULT_WORKLOAD_CURTAILMENT, flexibleOnlineYear, flexibleYear, type FlexibleGridInput } from './flexible';
import { flexibleReadout, notInServiceReadout, type FlexibleReadout } from './flexible-readout';
import type { GridSpec } from './supply';
import type { SystemLoadYear } from './tariff';

/**
 * The counterfactual's flows, allocated once: twelve 8760-hour arrays cost more to allocate than
 * the dispatch that fills them, and they never leave simulateFlexible (the readout is read from
 * them before it returns; the engine runs one simulation at a time per thread).
 */
let counterfactual: DispatchFlows | undefined;
/** Load and solar of the curtailed hours only (0 elsewhere): the counterfactual's input when the hours are independent. */
let cutLoadMW: Float64Array | undefined;
let cutSolarMW: Float64Array | undefined;

/**
 * True when nothing the dispatch does in one hour changes another (no battery, so no state of charge
 * or daily battery plan; no permit budgets or gas deliverability, so no limiter): each hour's
 * flows are then a function of that hour's inputs alone (dispatch.ts, follow-schedule.ts).
 */
export function hoursIndependent(input: DispatchInput): boolean {
  return !(input.battery.powerMW > 0 && input.battery.energyMWh > 0) && input.limits === undefined;
}

export type FlexibleSimulation = { dispatch: DispatchResult; readout: FlexibleReadout | null; limitMW: Float64Array | null };

/**
 * The year's dispatch with a flexible connection (grid/flexible.ts): the import limit is firm +
 * flexible MW, cut to the firm MW in the curtailed hours; the campus's serve order then covers
 * those hours from gas and battery, and what it cannot cover is workload curtailment. The same
 * year is dispatched once more with the full connection every hour, the counterfactual the
 * readout is measured against (flexible-readout.ts) — only its curtailed hours where the hours are
 * independent (`hoursIndependent`), the whole year otherwise (a battery's state, a permit budget). Without flexible MW in service this year
 * (none, islanded, or before it energizes) the dispatch is exactly the firm one; the readout is
 * null, or says when the flexible part energizes.
 */
export function simulateFlexible(
  scenarioGrid: FlexibleGridInput,
  context: { grid: GridSpec; firmMW: number; year: number; planningYear: number; system: SystemLoadYear | null },
  input: DispatchInput,
  run: (input: DispatchInput, out: DispatchFlows) => DispatchResult,
  out: DispatchFlows,
): FlexibleSimulation {
  const flexible = context.grid.importAllowed
    ? flexibleYear(scenarioGrid, { firmMW: context.firmMW, year: context.year, planningYear: context.planningYear, system: context.system, series: context.grid.systemLoad?.series })
    : null;
  const cost = {
    workloadCurtailmentUSDPerMWh: scenarioGrid.workloadCurtailmentUSDPerMWh ?? DEFAULT_WORKLOAD_CURTAILMENT.valueUSDPerMWh,
    workloadCurtailmentSource: scenarioGrid.workloadCurtailmentUSDPerMWh === undefined ? DEFAULT_WORKLOAD_CURTAILMENT.source : 'scenario (user-set)',
  };
  if (!flexible) {
    const flexibleMW = scenarioGrid.flexibleMW ?? 0;
    const queued = context.grid.importAllowed && flexibleMW > 0;
    const readout = queued ? notInServiceReadout({ firmMW: context.firmMW, flexibleMW, onlineYear: flexibleOnlineYear(scenarioGrid, context.planningYear), ...cost }) : null;
    return { dispatch: run(input, out), readout, limitMW: null };
  }
  const fullMW = flexible.firmMW + flexible.flexibleMW;
  const dispatch = run({ ...input, gridLimitMW: fullMW, gridLimitByHourMW: flexible.limitMW }, out);
  counterfactual ??= allocateFlows();
  // The counterfactual differs from the dispatch only where the limit differs, the curtailed hours,
  // and — when no state carries across hours — only in them: there it is dispatched on those hours'
  // load alone (the others empty, so cheap), and the readout takes the dispatch's own flows elsewhere.
  const curtailed = flexible.hours.curtailed;
  const independent = hoursIndependent(input);
  let counterfactualInput: DispatchInput = { ...input, gridLimitMW: fullMW };
  if (independent) {
    cutLoadMW ??= new Float64Array(HOURS_PER_YEAR);
    cutSolarMW ??= new Float64Array(HOURS_PER_YEAR);
    for (let h = 0; h < HOURS_PER_YEAR; h++) {
      const cut = curtailed[h] === 1;
      cutLoadMW[h] = cut ? (input.facilityMW[h] ?? 0) : 0;
      cutSolarMW[h] = cut ? (input.solarMW[h] ?? 0) : 0;
    }
    counterfactualInput = { ...counterfactualInput, facilityMW: cutLoadMW, solarMW: cutSolarMW };
  }
  const full = run(counterfactualInput, counterfactual);
  const readout = flexibleReadout(dispatch.flows, full.flows, curtailed, { firmMW: flexible.firmMW, flexibleMW: flexible.flexibleMW, onlineYear: flexible.onlineYear, rule: flexible.hours.rule, ...cost }, independent);
  return { dispatch, readout, limitMW: flexible.limitMW };
}

/**
 * Time-to-power's step for the flexible part: its MW from the year it energizes (planning year +
 * its queue), on the path `grid-flexible`. It is counted as available because the campus has
 * agreed to ride through the curtailed hours on its own supply or by pausing work; the firm part
 * stays on the `grid` path with its own queue.
 */
export function flexibleSupply(scenarioGrid: FlexibleGridInput, importAllowed: boolean, planningYear: number): SupplyStep[] {
  const mw = scenarioGrid.flexibleMW ?? 0;
  if (!importAllowed || mw <= 0) return [];
  return [{ path: 'grid-flexible', year: flexibleOnlineYear(scenarioGrid, planningYear), mw }];
}
