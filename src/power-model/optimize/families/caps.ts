import type { SizingInput } from '../types';
import { annualRow, type CapRow } from './annual-rows';
import type { CapacityColumns } from './capacity-columns';
import { distillateCo2TonnesPerMMBtu, distillateEmissionTerms, type DistillateColumns } from './distillate';
import type { EnergyRates, HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';

/**
 * The draw at the utility's coincident-peak hours held to the peak column, g_i ≤ P, so a bill
 * cap can price P (the household-bill relation). Returns the modelled hours that carry a row.
 */
export function coincidentPeakRows(writer: RowWriter, capacity: CapacityColumns, hourly: HourlyColumns, peakHours: readonly number[], modelIndexOfYearHour: (hour: number) => number): number[] {
  if (capacity.coincidentPeakMW < 0) return [];
  const modelled = [...new Set(peakHours.map(modelIndexOfYearHour))];
  for (const index of modelled) {
    writer.term(hourly.gridHour[index] ?? -1, 1);
    writer.term(capacity.coincidentPeakMW, -1);
    writer.row(-Infinity, 0);
  }
  return modelled;
}

/**
 * The unserved-energy allowance and each cap the input sets, once a year:
 * - Σ_i w_i·u_i ≤ allowance (0 unless allowed);
 * - CO2: Σ_i w_i (Σ_t ef_t·p_{t,i} + ef_grid·g_i) ≤ cap, ef in t/MWh (plus distillate's CO2 over gas's
 *   on each MMBtu it replaces, families/distillate.ts);
 * - grid: G ≤ gridMW; land: acres/MWac · S ≤ landAcres;
 * - household bill: bill coefficient × (P, or G without coincident-peak hours) ≤ cap.
 */
export function capRows(writer: RowWriter, elastic: boolean, rows: CapRow[], input: SizingInput, capacity: CapacityColumns, hourly: HourlyColumns, rates: EnergyRates, hourWeight: Float64Array, distillate?: DistillateColumns): void {
  const modelledHours = hourWeight.length;
  for (let h = 0; h < modelledHours; h++) writer.term(hourly.unservedHour[h] ?? -1, hourWeight[h] ?? 0);
  annualRow(writer, elastic, rows, 'unservedEnergy', input.unserved?.allowanceMWhPerYear ?? 0, 1);

  const caps = input.caps ?? {};
  if (caps.co2TonnesPerYear !== undefined) {
    for (let h = 0; h < modelledHours; h++) {
      const w = hourWeight[h] ?? 0;
      writer.term(hourly.gridHour[h] ?? -1, w * rates.gridCo2TonnesPerMWh);
      hourly.thermalHour.forEach((hours, t) => writer.term(hours[h] ?? -1, w * (rates.thermalCo2TonnesPerMWh[t] ?? 0)));
    }
    if (distillate !== undefined) distillateEmissionTerms(writer, input, distillate, hourWeight, distillateCo2TonnesPerMMBtu(input));
    annualRow(writer, elastic, rows, 'co2TonnesPerYear', caps.co2TonnesPerYear, 1);
  }
  if (caps.gridMW !== undefined) {
    writer.term(capacity.gridMW, 1);
    annualRow(writer, elastic, rows, 'gridMW', caps.gridMW, 1);
  }
  if (caps.landAcres !== undefined) {
    if (input.solar !== undefined) writer.term(capacity.solarMWac, input.solar.acresPerMWac);
    annualRow(writer, elastic, rows, 'landAcres', caps.landAcres, 1);
  }
  const bill = input.residentialBill;
  if (caps.residentialBillUSDPerMonth !== undefined && bill !== undefined) {
    writer.term(capacity.coincidentPeakMW >= 0 ? capacity.coincidentPeakMW : capacity.gridMW, bill.usdPerMonthPerMW);
    annualRow(writer, elastic, rows, 'residentialBillUSDPerMonth', caps.residentialBillUSDPerMonth, 1);
  }
}
