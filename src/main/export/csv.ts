import type { HourlySeriesName } from '../../api/schemas/model';
import { MODEL_CALENDAR_NOTE } from './model-calendar';
import { HOURLY_COLUMNS, hourlyRows } from './hourly-table';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The hourly CSV: a header row, then one row per model hour with its ISO local timestamp
 * (`2028-01-01T00:00:00-06:00`). The calendar is stated in the workbook's Sources sheet and in the
 * view that offers the file, not in a comment line here, so any CSV reader takes the file as is.
 */
export function hourlyCsv(hourly: Readonly<Record<HourlySeriesName, ArrayLike<number>>>, year: number, utcOffsetHours: number): string {
  const lines = [HOURLY_COLUMNS.join(',')];
  for (const row of hourlyRows(hourly, year, utcOffsetHours)) lines.push(row.map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}

export { MODEL_CALENDAR_NOTE };
