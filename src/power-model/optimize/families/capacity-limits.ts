import type { SizingInput } from '../types';
import type { HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';

/**
 * What each source may give in modelled hour i (year hour `hour`), against this hour's copies of
 * the capacity columns: g_i ≤ G; p_{t,i} ≤ f_{t,h}·X_t, f the hour's ambient and altitude derating
 * (outputFractionByHour; 1 when absent).
 */
export function capacityLimitRows(writer: RowWriter, input: SizingInput, hourly: HourlyColumns, i: number, hour: number, gridCopy: number, thermalCopies: readonly number[]): void {
  if (gridCopy >= 0) {
    writer.term(hourly.gridHour[i] ?? -1, 1);
    writer.term(gridCopy, -1);
    writer.row(-Infinity, 0);
  }
  hourly.thermalHour.forEach((hours, t) => {
    writer.term(hours[i] ?? -1, 1);
    writer.term(thermalCopies[t] ?? -1, -(input.thermal[t]?.outputFractionByHour?.[hour] ?? 1));
    writer.row(-Infinity, 0);
  });
}
