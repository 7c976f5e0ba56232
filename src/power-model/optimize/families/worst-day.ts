import { capitalRecoveryFactor } from '../capital-recovery';
import type { SizingInput, SizingThermalTechnology, WorstDayEvent } from '../types';
import { annualRow, type CapRow } from './annual-rows';
import type { CapacityColumns } from './capacity-columns';
import { largestFirmUnitMW } from './reserve';
import type { RowWriter } from './row-writer';
import { tankMMBtuPerMW as scenarioDistillateTankMMBtuPerMW } from './distillate';

/** Columns the worst-day target adds (−1 where absent). */
export type WorstDayColumns = {
  /** Dual-fuel MW D_t of each thermal technology (rated MW; −1 for one that burns no pipeline gas). */
  dualFuelMW: number[];
  /** Battery MW b_e counted in each event (−1 without a battery). */
  eventBatteryMW: number[];
  /** Annualized cost of each dual-fuel column, USD/yr per MW. */
  dualFuelPerMW: number[];
};

export const NO_WORST_DAY_COLUMNS: WorstDayColumns = { dualFuelMW: [], eventBatteryMW: [], dualFuelPerMW: [] };

/** Tank MMBtu per MW of dual fuel: the longest gas-supply event at the rated heat rate (MMBtu/MWh × h). */
export function tankMMBtuPerMW(heatRateBtuPerKWh: number, events: readonly WorstDayEvent[]): number {
  const hours = events.reduce((max, e) => (e.kind === 'gasSupply' ? Math.max(max, e.durationHours) : max), 0);
  return (heatRateBtuPerKWh / 1000) * hours;
}

/**
 * The worst-day target ("firm on the worst day"): each design common-mode event of
 * `input.worstDay` ridden through with the largest unit out. Linear in the design because every
 * quantity that would be a product or a choice is made a column or a constant:
 *
 * Columns: D_t ≥ 0, dual-fuel MW of gas technology t (rated MW that can run on stored distillate),
 * D_t ≤ X_t; costed CRF(r, life) × (1000 × system USD/kW + tank USD/MMBtu × HR_t/1000 × H_gas),
 * the tank holding the longest gas event's hours at full load. b_e ≥ 0, battery MW counted in
 * event e, b_e ≤ B, and the energy to carry it for the event's H_e hours:
 * H_e · b_e ≤ √η · (1 − socMin) · E (delivered = stored × √η; the battery enters the event full).
 *
 * A gas-supply event (share s of the gas MW that is up loses its fuel; the grid stays):
 *   Σ_t f_t·X_t − s · Σ_{t gas} f_t·(X_t − D_t) + G + b_e ≥ load_e + L_e,
 * i.e. Σ_t f_t·(1 − s·gas_t)·X_t + s·Σ_{t gas} f_t·D_t + G + b_e ≥ load_e + L_e.
 * The share is taken of all gas-only MW and the unit out counted whole (it may be a dual-fuel
 * unit, which the event would not have taken): conservative by at most s·L against the Monte
 * Carlo, which takes the share of what is up after independent failures. Without dual fuel the
 * fleet needs X = (load + L) / ((1 − s)·f).
 * A grid outage (no grid; gas flows): Σ_t f_t·X_t + b_e ≥ load_e + L_e.
 * f_t is the technology's output at the event's dry-bulb and the site's elevation, load_e the
 * campus load at that time, L_e = the largest unit of the reserve class at f (largestFirmUnitMW).
 *
 * Solar is not counted (a cold-snap night, or a heat-storm evening, has little). Nothing is added
 * when the target is not 'worst-day' or the capacities are fixed (a dispatch LP).
 */
export function addWorstDayColumns(writer: RowWriter, input: SizingInput, cost: (usd: number) => number, fixed: boolean): WorstDayColumns {
  const worstDay = input.worstDay;
  if (input.reliabilityTarget !== 'worst-day' || worstDay === undefined || fixed) return NO_WORST_DAY_COLUMNS;
  const builder = writer.builder;
  const hasGasEvent = worstDay.events.some((e) => e.kind === 'gasSupply' && e.shareOfGasLost > 0);
  const dualFuelPerMW = input.thermal.map((t) => dualFuelUSDPerMWYear(input, t));
  const dualFuelMW = input.thermal.map((t, k) => (hasGasEvent && (t.gasFired ?? true) && (t.dualFuelCapable ?? true) ? builder.addColumn(cost(dualFuelPerMW[k] ?? 0)) : -1));
  const eventBatteryMW = worstDay.events.map(() => (input.battery === undefined ? -1 : builder.addColumn(0)));
  return { dualFuelMW, eventBatteryMW, dualFuelPerMW };
}

/** Annualized cost of one MW of dual fuel on technology `t`: CRF × (1000 × system USD/kW + tank USD/MMBtu × HR/1000 × H_gas); 0 without the target. */
export function dualFuelUSDPerMWYear(input: SizingInput, t: SizingThermalTechnology): number {
  const worstDay = input.worstDay;
  if (worstDay === undefined) return 0;
  const crf = capitalRecoveryFactor(input.discountRate, worstDay.dualFuel.lifetimeYears);
  const eventTankMMBtuPerMW = tankMMBtuPerMW(t.heatRateBtuPerKWh, worstDay.events);
  // The scenario's own distillate already puts a kit and a tank of its hours on every MW of t
  // (families/distillate.ts, costed on X_t): a dual-fuel MW then adds only the tank beyond those hours.
  const scenarioTankMMBtuPerMW = scenarioDistillateTankMMBtuPerMW(input, t);
  if (scenarioTankMMBtuPerMW > 0) return crf * worstDay.dualFuel.tankUSDPerMMBtu * Math.max(0, eventTankMMBtuPerMW - scenarioTankMMBtuPerMW);
  return crf * (1000 * worstDay.dualFuel.systemUSDPerKW + worstDay.dualFuel.tankUSDPerMMBtu * eventTankMMBtuPerMW);
}

/** The rows of `addWorstDayColumns`'s doc, one per event (each elastic when explaining infeasibility), plus D_t ≤ X_t and the battery links. */
export function worstDayRows(writer: RowWriter, elastic: boolean, rows: CapRow[], input: SizingInput, capacity: CapacityColumns, columns: WorstDayColumns, classLargestUnitMW: number | undefined): void {
  const worstDay = input.worstDay;
  if (worstDay === undefined || columns === NO_WORST_DAY_COLUMNS) return;
  columns.dualFuelMW.forEach((column, t) => {
    if (column < 0) return;
    writer.term(column, 1);
    writer.term(capacity.thermalMW[t] ?? -1, -1);
    writer.row(-Infinity, 0);
  });
  const battery = input.battery;
  worstDay.events.forEach((event, e) => {
    const b = columns.eventBatteryMW[e] ?? -1;
    if (b >= 0 && battery !== undefined) {
      writer.term(b, 1);
      writer.term(capacity.batteryMW, -1);
      writer.row(-Infinity, 0);
      writer.term(b, event.durationHours);
      writer.term(capacity.batteryMWh, -Math.sqrt(battery.roundTripEfficiency) * (1 - battery.socMinPct / 100));
      writer.row(-Infinity, 0);
    }
    const share = event.kind === 'gasSupply' ? event.shareOfGasLost : 0;
    input.thermal.forEach((t, k) => {
      const f = event.thermalOutputFraction[t.technologyId] ?? 1;
      const gas = t.gasFired ?? true;
      writer.term(capacity.thermalMW[k] ?? -1, f * (1 - (gas ? share : 0)));
      if (share > 0) writer.term(columns.dualFuelMW[k] ?? -1, share * f);
    });
    if (event.kind === 'gasSupply') writer.term(capacity.gridMW, 1);
    writer.term(b, 1);
    annualRow(writer, elastic, rows, event.kind === 'gasSupply' ? 'worstDayGasSupply' : 'worstDayGridOutage', event.loadMW + eventUnitOutMW(input, event, classLargestUnitMW), -1);
  });
}

/** L_e: the largest unit of the reserve class at the event's output fraction, MW. */
export function eventUnitOutMW(input: SizingInput, event: WorstDayEvent, classLargestUnitMW: number | undefined): number {
  return largestFirmUnitMW(
    input.thermal.map((t) => ({ unitMW: t.unitMW, firmFraction: event.thermalOutputFraction[t.technologyId] ?? 1 })),
    classLargestUnitMW,
  );
}
