import { DAYS_IN_MONTH, HOURS_PER_YEAR } from '../../power-model/hours';

/**
 * The model's calendar, stated once for every export: 8,760 hours, hour 0 = 1 January 00:00 local
 * standard time, 365 days on the non-leap month lengths (src/power-model/hours.ts). In a leap year
 * such as 2028 the model has no 29 February: 28 February 23:00 is followed by 1 March 00:00, and
 * the file still has 8,760 rows (we chose this over 8,784 rows so every hourly series lines up
 * hour for hour with the engine, which never simulates a 29 February). Local standard time all
 * year, never daylight saving time, so the UTC offset is the same on every row.
 */
export const MODEL_CALENDAR_NOTE =
  '8,760 hourly rows: hour 0 = 1 January 00:00 local standard time (no daylight saving time); 365 days on non-leap month lengths, so a leap year has no 29 February row.';

/** "-06:00" for −6 hours; "+05:30" for 5.5. */
export function utcOffsetText(utcOffsetHours: number): string {
  const sign = utcOffsetHours < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(utcOffsetHours) * 60);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Month (1–12), day (1–31) and hour (0–23) of model hour `hour` (0–8759). */
export function modelDate(hour: number): { month: number; day: number; hour: number } {
  if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_YEAR) throw new RangeError(`hour must be a whole number 0..${HOURS_PER_YEAR - 1}, got ${hour}`);
  let day = Math.floor(hour / 24);
  let month = 0;
  while (day >= (DAYS_IN_MONTH[month] ?? 31)) day -= DAYS_IN_MONTH[month++] ?? 31;
  return { month: month + 1, day: day + 1, hour: hour % 24 };
}

/**
 * ISO 8601 local time with its UTC offset of model hour `hour` in `year`, at the start of the
 * hour: `localTimestamp(2028, 5442, -6)` = "2028-08-15T18:00:00-06:00" (hour 5442 = 226 × 24 + 18:
 * day index 226 is 15 August, 18:00).
 */
export function localTimestamp(year: number, hour: number, utcOffsetHours: number): string {
  const d = modelDate(hour);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${p2(d.month)}-${p2(d.day)}T${p2(d.hour)}:00:00${utcOffsetText(utcOffsetHours)}`;
}
