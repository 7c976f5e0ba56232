import { dualFuelCapexUSDPerKW } from '../../fuel/distillate';
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

/** Columns of the distillate family (−1 / empty where absent). */
export type DistillateColumns = {
  /** q_{t,i}: MMBtu of distillate technology t burns in modelled hour i, [t][i]; −1 for a technology that cannot. */
  burnHour: Int32Array[];
  /** T: the tank, MMBtu (= h × Σ_t HR_t/1000 · X_t); −1 without burn columns. */
  tankMMBtu: number;
  /** L_d: distillate in the tank at the start of each fuel day (full year only). */
  levelDay: Int32Array;
};

export const NO_DISTILLATE_COLUMNS: DistillateColumns = { burnHour: [], tankMMBtu: -1, levelDay: new Int32Array(0) };

/** True when the input stores distillate (a tank > 0 h) and some technology can burn it. */
export function hasDistillate(input: SizingInput): boolean {
  const d = input.fuel?.distillate;
  return d !== undefined && d.tankHoursAtFullLoad > 0 && input.thermal.some((t) => t.distillate !== undefined);
}

/**
 * Tank MMBtu per MW of technology t built: hours × HR_t/1000 (MMBtu/MWh), as the dispatch sizes it
 * (fuel/distillate.ts distillateTankMMBtuForHours, at the ISO heat rate); 0 where it cannot burn distillate.
 */
export function tankMMBtuPerMW(input: SizingInput, t: SizingThermalTechnology): number {
  const d = input.fuel?.distillate;
  return d === undefined || t.distillate === undefined ? 0 : d.tankHoursAtFullLoad * fuelMMBtuPerMWh(t);
}

/**
 * Annualized tank and liquid-fuel kit per MW of technology t built, USD/yr:
 * CRF(r, life) × 1000 × (kit USD/kW + h × HR/1e6 × tank USD/MMBtu) — fuel/distillate.ts
 * dualFuelCapexUSDPerKW, the figure the simulation's dual-fuel asset is priced at; 0 where t
 * cannot burn distillate or the input stores none.
 */
export function distillateUSDPerMWYear(input: SizingInput, t: SizingThermalTechnology): number {
  const d = input.fuel?.distillate;
  if (d === undefined || t.distillate === undefined || !(d.tankHoursAtFullLoad > 0)) return 0;
  return capitalRecoveryFactor(input.discountRate, d.lifetimeYears) * 1000 * dualFuelCapexUSDPerKW(d, t.heatRateBtuPerKWh, d.tankHoursAtFullLoad);
}

/** What a MMBtu of distillate costs over the gas it replaces in technology t, USD/MMBtu (its gas is already priced in p). */
export function distillatePremiumUSDPerMMBtu(input: SizingInput, t: SizingThermalTechnology): number {
  return (input.fuel?.distillate?.priceUSDPerMMBtu ?? 0) - t.fuelPriceUSDPerMMBtu;
}

/**
 * Dual fuel in the LP, when the input stores distillate and a pipeline limit or an interruptible
 * cut can bind (without either gas is unlimited and cheaper, so no burn column is written; the tank and kit are still costed on
 * X_t, capacity-columns.ts):
 * - q_{t,i} ≥ 0 for each technology t that can burn distillate, costed w_i × (distillate price −
 *   t's gas price) per MMBtu: p_{t,i} already pays gas for all its fuel, q swaps part of it;
 * - T ≥ 0, the tank; L_d ≥ 0 per fuel day on the full year (families/fuel.ts fuelDays).
 */
export function addDistillateColumns(builder: LpBuilder, input: SizingInput, time: TimeStructure, cost: (usd: number) => number): DistillateColumns {
  const fuel = input.fuel;
  if (!hasDistillate(input) || fuel === undefined || (fuel.pipelineMMBtuPerHour === undefined && fuel.pipelineMMBtuPerDay === undefined && fuel.pipelineCutHours === undefined)) return NO_DISTILLATE_COLUMNS;
  const modelledHours = time.hourWeight.length;
  const premium = input.thermal.map((t) => distillatePremiumUSDPerMMBtu(input, t));
  const burnHour = input.thermal.map(() => new Int32Array(modelledHours).fill(-1));
  for (let i = 0; i < modelledHours; i++) {
    const w = time.hourWeight[i] ?? 0;
    input.thermal.forEach((t, k) => {
      const hours = burnHour[k];
      if (t.distillate !== undefined && hours !== undefined) hours[i] = builder.addColumn(cost(w * (premium[k] ?? 0)));
    });
  }
  const tankMMBtu = builder.addColumn(0);
  const fullYear = time.periods.length === 1 && time.periods[0]?.hours === HOURS_PER_YEAR;
  const levelDay = fullYear ? Int32Array.from(fuelDays(input, time.periods), () => builder.addColumn(0)) : new Int32Array(0);
  return { burnHour, tankMMBtu, levelDay };
}

/**
 * The rows of dual fuel:
 * - each hour, q_{t,i} ≤ HR_{t,i}/1000 · p_{t,i}: distillate replaces at most the fuel t burns;
 * - the tank: T = Σ_t h · HR_t/1000 · X_t;
 * - its level by fuel day, drawn by Σ_t q_{t,i} and refilled by truck (fuel-tank.ts tankLevelRows).
 * The gas rows take −q (families/fuel.ts), the permit and CO2 rows its factors over gas's
 * (distillateEmissionTerms).
 */
export function distillateRows(writer: RowWriter, input: SizingInput, capacity: CapacityColumns, hourly: HourlyColumns, columns: DistillateColumns, time: TimeStructure): void {
  if (columns.tankMMBtu < 0) return;
  const refill = input.fuel?.distillate?.refillMMBtuPerDay ?? 0;
  const modelledHours = time.hourWeight.length;
  input.thermal.forEach((t, k) => {
    const burn = columns.burnHour[k];
    const output = hourly.thermalHour[k];
    if (t.distillate === undefined || burn === undefined || output === undefined) return;
    for (let i = 0; i < modelledHours; i++) {
      writer.term(burn[i] ?? -1, 1);
      writer.term(output[i] ?? -1, -burnMMBtuPerMWh(t, time.yearHourOf[i] ?? 0));
      writer.row(-Infinity, 0);
    }
  });
  writer.term(columns.tankMMBtu, 1);
  input.thermal.forEach((t, k) => writer.term(capacity.thermalMW[k] ?? -1, -tankMMBtuPerMW(input, t)));
  writer.row(0, 0);
  const draw = (first: number, hours: number, scale: (i: number) => number): void => {
    for (let i = first; i < first + hours; i++) for (const burn of columns.burnHour) writer.term(burn[i] ?? -1, scale(i));
  };
  tankLevelRows(writer, fuelDays(input, time.periods), columns, draw, refill, time.hourWeight);
}

/**
 * Adds to an annual row the distillate's pollutant over the gas it replaced: Σ_i w_i Σ_t
 * perMMBtu(t) · q_{t,i}, perMMBtu in the row's unit per MMBtu (e.g. (NOx_dist − NOx_gas)/2000
 * short tons). Nothing without burn columns.
 */
export function distillateEmissionTerms(writer: RowWriter, input: SizingInput, columns: DistillateColumns, hourWeight: Float64Array, perMMBtu: (t: SizingThermalTechnology) => number): void {
  if (columns.tankMMBtu < 0) return;
  const rate = input.thermal.map(perMMBtu);
  columns.burnHour.forEach((burn, k) => {
    if (input.thermal[k]?.distillate === undefined) return;
    for (let i = 0; i < burn.length; i++) writer.term(burn[i] ?? -1, (hourWeight[i] ?? 0) * (rate[k] ?? 0));
  });
}

/** Short tons of NOx per MMBtu of distillate over gas in t: (lb/MMBtu on distillate − on gas) ÷ 2000. */
export const distillateNoxTonsPerMMBtu = (t: SizingThermalTechnology): number => ((t.distillate?.noxLbPerMMBtu ?? 0) - (t.noxLbPerMMBtu ?? 0)) / 2000;
/** Short tons of CO per MMBtu of distillate over gas in t. */
export const distillateCoTonsPerMMBtu = (t: SizingThermalTechnology): number => ((t.distillate?.coLbPerMMBtu ?? 0) - (t.coLbPerMMBtu ?? 0)) / 2000;
/** Tonnes of CO2 per MMBtu of distillate over gas in t: (kg/MMBtu distillate − t's) ÷ 1000, for an input storing distillate. */
export function distillateCo2TonnesPerMMBtu(input: SizingInput): (t: SizingThermalTechnology) => number {
  const co2 = input.fuel?.distillate?.co2KgPerMMBtu ?? 0;
  return (t) => (co2 - t.co2KgPerMMBtu) / 1000;
}
