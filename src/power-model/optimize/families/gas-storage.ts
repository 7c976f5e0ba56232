import { HOURS_PER_YEAR } from '../../hours';
import { capitalRecoveryFactor } from '../capital-recovery';
import type { LpBuilder } from '../lp-builder';
import type { SizingInput, SizingThermalTechnology } from '../types';
import type { CapacityColumns } from './capacity-columns';
import { burnMMBtuPerMWh, fuelDays } from './fuel';
import { tankLevelRows } from './fuel-tank';
import type { HourlyColumns } from './hourly-columns';
import { fuelMMBtuPerMWh } from './permits';
import type { RowWriter } from './row-writer';
import type { TimeStructure } from './time-structure';

/** Columns of on-site backup gas (−1 / empty where absent). */
export type GasStorageColumns = {
  /** g_i: MMBtu drawn from the tank in modelled hour i instead of the pipeline. */
  drawHour: Int32Array;
  /** T: the tank, MMBtu (= h × Σ_t HR_t/1000 · X_t); −1 without storage. */
  tankMMBtu: number;
  /** L_d: gas in the tank at the start of each fuel day (full year only). */
  levelDay: Int32Array;
};

export const NO_GAS_STORAGE_COLUMNS: GasStorageColumns = { drawHour: new Int32Array(0), tankMMBtu: -1, levelDay: new Int32Array(0) };

/** True when the input stores backup gas (a tank > 0 h) for a fleet on offer. */
export function hasGasStorage(input: SizingInput): boolean {
  return (input.fuel?.storage?.hoursAtFullLoad ?? 0) > 0 && input.thermal.length > 0;
}

/**
 * Annualized backup-gas tank and system per MW of technology t built, USD/yr, as the simulation
 * prices the scenario's storage (permits/costs.ts: storageMMBtuForHours over the whole fleet at its
 * ISO heat rate × tank USD/MMBtu + the fleet's kW × system USD/kW, fuel/storage.ts):
 * CRF(r, life) × 1000 × (system USD/kW + h × HR_t/1e6 × tank USD/MMBtu); 0 without storage.
 */
export function gasStorageUSDPerMWYear(input: SizingInput, t: SizingThermalTechnology): number {
  const s = input.fuel?.storage;
  if (s === undefined || !(s.hoursAtFullLoad > 0)) return 0;
  return capitalRecoveryFactor(input.discountRate, s.lifetimeYears) * 1000 * (s.systemUSDPerKW + (s.hoursAtFullLoad * t.heatRateBtuPerKWh * s.tankUSDPerMMBtu) / 1e6);
}

/**
 * Backup gas in the LP, when the input stores it and a pipeline limit or an interruptible cut can
 * bind (without either the pipeline never runs short, so no draw column is written; the tank is
 * still costed on X_t, capacity-columns.ts): g_i ≥ 0 per modelled hour at no cost (the fleet's
 * hourly columns already pay gas for all they burn), T ≥ 0, L_d ≥ 0 per fuel day on the full year.
 */
export function addGasStorageColumns(builder: LpBuilder, input: SizingInput, time: TimeStructure): GasStorageColumns {
  const fuel = input.fuel;
  if (!hasGasStorage(input) || fuel === undefined || (fuel.pipelineMMBtuPerHour === undefined && fuel.pipelineMMBtuPerDay === undefined && fuel.pipelineCutHours === undefined)) return NO_GAS_STORAGE_COLUMNS;
  const drawHour = Int32Array.from(time.hourWeight, () => builder.addColumn(0));
  const tankMMBtu = builder.addColumn(0);
  const fullYear = time.periods.length === 1 && time.periods[0]?.hours === HOURS_PER_YEAR;
  const levelDay = fullYear ? Int32Array.from(fuelDays(input, time.periods), () => builder.addColumn(0)) : new Int32Array(0);
  return { drawHour, tankMMBtu, levelDay };
}

/**
 * The rows of backup gas:
 * - each hour, g_i + Σ_t q_{t,i} ≤ Σ_t HR_{t,i}/1000 · p_{t,i}: the tank and distillate together
 *   replace at most the fuel the fleet burns (q: families/distillate.ts, none without it);
 * - the tank: T = Σ_t h · HR_t/1000 · X_t, the whole fleet at full load for h hours, as the
 *   dispatch sizes it (fuel/storage.ts storageMMBtuForHours);
 * - its level by fuel day, drawn by g and refilled by truck (fuel-tank.ts tankLevelRows).
 * The pipeline rows take −g (families/fuel.ts).
 */
export function gasStorageRows(writer: RowWriter, input: SizingInput, capacity: CapacityColumns, hourly: HourlyColumns, columns: GasStorageColumns, time: TimeStructure, distillateBurnHour: readonly Int32Array[]): void {
  if (columns.tankMMBtu < 0) return;
  const storage = input.fuel?.storage;
  for (let i = 0; i < columns.drawHour.length; i++) {
    writer.term(columns.drawHour[i] ?? -1, 1);
    for (const burn of distillateBurnHour) writer.term(burn[i] ?? -1, 1);
    input.thermal.forEach((t, k) => writer.term(hourly.thermalHour[k]?.[i] ?? -1, -burnMMBtuPerMWh(t, time.yearHourOf[i] ?? 0)));
    writer.row(-Infinity, 0);
  }
  writer.term(columns.tankMMBtu, 1);
  input.thermal.forEach((t, k) => writer.term(capacity.thermalMW[k] ?? -1, -(storage?.hoursAtFullLoad ?? 0) * fuelMMBtuPerMWh(t)));
  writer.row(0, 0);
  const draw = (first: number, hours: number, scale: (i: number) => number): void => {
    for (let i = first; i < first + hours; i++) writer.term(columns.drawHour[i] ?? -1, scale(i));
  };
  tankLevelRows(writer, fuelDays(input, time.periods), columns, draw, storage?.refillMMBtuPerDay ?? 0, time.hourWeight);
}
