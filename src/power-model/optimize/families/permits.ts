import type { SizingInput, SizingThermalTechnology } from '../types';
import { annualRow, type CapRow } from './annual-rows';
import type { CapacityColumns } from './capacity-columns';
import { distillateCo2TonnesPerMMBtu, distillateCoTonsPerMMBtu, distillateEmissionTerms, distillateNoxTonsPerMMBtu, type DistillateColumns } from './distillate';
import type { HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';

/** Pounds in a short ton: US air permits state NOx and CO in short tons a year. */
const LB_PER_SHORT_TON = 2000;

/** Fuel per MWh of a technology's output at its rated heat rate, MMBtu/MWh. */
export function fuelMMBtuPerMWh(t: SizingThermalTechnology): number {
  return t.heatRateBtuPerKWh / 1000;
}

/** A permitted pollutant per MWh of each technology's output, in the permit's unit. */
export function permitRates(thermal: readonly SizingThermalTechnology[]): { noxTonsPerMWh: number[]; coTonsPerMWh: number[]; co2TonnesPerMWh: number[] } {
  return {
    noxTonsPerMWh: thermal.map((t) => (fuelMMBtuPerMWh(t) * (t.noxLbPerMMBtu ?? 0)) / LB_PER_SHORT_TON),
    coTonsPerMWh: thermal.map((t) => (fuelMMBtuPerMWh(t) * (t.coLbPerMMBtu ?? 0)) / LB_PER_SHORT_TON),
    co2TonnesPerMWh: thermal.map((t) => (fuelMMBtuPerMWh(t) * t.co2KgPerMMBtu) / 1000),
  };
}

/**
 * The air permit, once a year, on the fleet's weighted output:
 * - NOx: Σ_i w_i Σ_t HR_t/1000 · nox_t / 2000 · p_{t,i} ≤ tons (lb/MMBtu × MMBtu/MWh → short tons);
 * - CO the same with co_t; the fleet's CO2 with kg/MMBtu / 1000 (tonnes);
 * - hours per unit: Σ_i w_i·p_{t,i} ≤ H·X_t for each technology. A unit that runs an hour gives
 *   at most its size, so N units within H hours each make at most H·N·size = H·X MWh: the LP
 *   bounds the fleet's energy, a relaxation of the unit-hour count (a unit at part load spends a
 *   whole hour), which the re-check's dispatch counts exactly (permits/limiter.ts).
 * With dual fuel, each MMBtu of distillate q_{t,i} adds its factor over gas's to NOx, CO and CO2
 * (families/distillate.ts: AP-42's distillate rows, 73.96 kg CO2/MMBtu).
 */
export function permitRows(writer: RowWriter, elastic: boolean, rows: CapRow[], input: SizingInput, capacity: CapacityColumns, hourly: HourlyColumns, hourWeight: Float64Array, distillate?: DistillateColumns): void {
  const permits = input.permits;
  if (permits === undefined) return;
  const rates = permitRates(input.thermal);
  const modelledHours = hourWeight.length;
  const weighted = (perMWh: readonly number[]): void => {
    for (let h = 0; h < modelledHours; h++) {
      const w = hourWeight[h] ?? 0;
      hourly.thermalHour.forEach((hours, t) => writer.term(hours[h] ?? -1, w * (perMWh[t] ?? 0)));
    }
  };
  if (permits.noxTonsPerYear !== undefined) {
    weighted(rates.noxTonsPerMWh);
    if (distillate !== undefined) distillateEmissionTerms(writer, input, distillate, hourWeight, distillateNoxTonsPerMMBtu);
    annualRow(writer, elastic, rows, 'noxTonsPerYear', permits.noxTonsPerYear, 1);
  }
  if (permits.coTonsPerYear !== undefined) {
    weighted(rates.coTonsPerMWh);
    if (distillate !== undefined) distillateEmissionTerms(writer, input, distillate, hourWeight, distillateCoTonsPerMMBtu);
    annualRow(writer, elastic, rows, 'coTonsPerYear', permits.coTonsPerYear, 1);
  }
  if (permits.co2TonnesPerYear !== undefined) {
    weighted(rates.co2TonnesPerMWh);
    if (distillate !== undefined) distillateEmissionTerms(writer, input, distillate, hourWeight, distillateCo2TonnesPerMMBtu(input));
    annualRow(writer, elastic, rows, 'fleetCo2TonnesPerYear', permits.co2TonnesPerYear, 1);
  }
  const hoursPerUnit = permits.hoursPerUnit;
  if (hoursPerUnit !== undefined) {
    hourly.thermalHour.forEach((hours, t) => {
      for (let h = 0; h < modelledHours; h++) writer.term(hours[h] ?? -1, hourWeight[h] ?? 0);
      writer.term(capacity.thermalMW[t] ?? -1, -hoursPerUnit);
      annualRow(writer, elastic, rows, 'hoursPerUnit', 0, 1);
    });
  }
}
