import { HOURLY_SERIES_NAMES, type HourlySeriesName } from '../../api/schemas/model';
import { localTimestamp } from './model-calendar';
import { roundField } from '../../api/export-rounding';

/** The hourly columns of an export: the timestamp, the model hour, then every series (units in the names). */
export const HOURLY_COLUMNS = ['timestampLocal', 'hour', ...HOURLY_SERIES_NAMES] as const;

/**
 * One row per model hour: ISO local timestamp with its UTC offset, the model hour index and each
 * series rounded for its unit (rounding.ts). `hourly` holds 8760 values per series.
 */
export function hourlyRows(hourly: Readonly<Record<HourlySeriesName, ArrayLike<number>>>, year: number, utcOffsetHours: number): (string | number)[][] {
  const hours = hourly.facilityMW.length;
  const rows: (string | number)[][] = [];
  for (let h = 0; h < hours; h++) {
    const row: (string | number)[] = [localTimestamp(year, h, utcOffsetHours), h];
    for (const name of HOURLY_SERIES_NAMES) row.push(roundField(name, hourly[name][h] ?? 0));
    rows.push(row);
  }
  return rows;
}
