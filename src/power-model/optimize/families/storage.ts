import type { SizingBattery } from '../types';
import type { HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';

/**
 * The battery in modelled hour i, against this hour's copies of B and E: one inverter,
 * c_i + d_i ≤ B; stored energy above the reserve, s_i ≤ (1 − socMin)·E; and the state of charge,
 * s_i = s_prev + √η·c_i − d_i/√η, with `previous` the hour before i in its cyclic period (the
 * year, or a representative day: the last hour when i is the first).
 */
export function storageRows(writer: RowWriter, battery: SizingBattery, hourly: HourlyColumns, i: number, previous: number, powerCopy: number, energyCopy: number): void {
  const efficiency = Math.sqrt(battery.roundTripEfficiency);
  writer.term(hourly.chargeHour[i] ?? -1, 1);
  writer.term(hourly.dischargeHour[i] ?? -1, 1);
  writer.term(powerCopy, -1);
  writer.row(-Infinity, 0);
  writer.term(hourly.storedHour[i] ?? -1, 1);
  writer.term(energyCopy, -(1 - battery.socMinPct / 100));
  writer.row(-Infinity, 0);
  writer.term(hourly.storedHour[i] ?? -1, 1);
  if (previous !== i) writer.term(hourly.storedHour[previous] ?? -1, -1);
  writer.term(hourly.chargeHour[i] ?? -1, -efficiency);
  writer.term(hourly.dischargeHour[i] ?? -1, 1 / efficiency);
  writer.row(0, 0);
}
