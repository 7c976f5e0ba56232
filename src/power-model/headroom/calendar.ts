import { HOUR_MS } from '../system-load/types';
import { SEASON_CODE } from './types';

/** Mean calendar year, hours (365.25 days): how long a span is "per year". */
export const HOURS_PER_MEAN_YEAR = 8766;

/**
 * Each hour of a series placed in the calendar of a local clock: its season code (SEASON_CODE),
 * its month (0 = January), the hour of day of the first hour (hour i is at
 * `(firstHourOfDay + i) % 24`: standard time has no daylight jumps) and the index ranges of the
 * calendar years the series holds whole.
 */
export type HourCalendar = { season: Uint8Array; month: Uint8Array; firstHourOfDay: number; wholeYears: { year: number; start: number; end: number }[] };

/** Season code of a month (0 = January). */
export function seasonOfMonth(month: number): number {
  if (month === 11 || month <= 1) return SEASON_CODE.winter;
  if (month >= 5 && month <= 7) return SEASON_CODE.summer;
  return SEASON_CODE.shoulder;
}

/**
 * Months and years are read in local standard time (`utcOffsetHours`, no daylight saving): the
 * season boundaries then sit at local midnight all year, give or take the one hour daylight time
 * would move the June and August ones — never where a seasonal peak falls. A Date is built once a
 * local day, not once an hour, so five years take well under a millisecond.
 */
export function hourCalendar(firstHourUtcMs: number, hours: number, utcOffsetHours: number): HourCalendar {
  const season = new Uint8Array(hours);
  const month = new Uint8Array(hours);
  const starts: { year: number; start: number }[] = [];
  const firstLocalMs = firstHourUtcMs + utcOffsetHours * HOUR_MS;
  let code = 0;
  let monthNow = 0;
  for (let i = 0; i < hours; i++) {
    const localMs = firstLocalMs + i * HOUR_MS;
    const hourOfDay = (((localMs / HOUR_MS) % 24) + 24) % 24;
    if (i === 0 || hourOfDay === 0) {
      const d = new Date(localMs);
      monthNow = d.getUTCMonth();
      code = seasonOfMonth(monthNow);
      if (hourOfDay === 0 && d.getUTCMonth() === 0 && d.getUTCDate() === 1) starts.push({ year: d.getUTCFullYear(), start: i });
    }
    season[i] = code;
    month[i] = monthNow;
  }
  const wholeYears = starts
    .map(({ year, start }) => ({ year, start, end: start + (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / HOUR_MS }))
    .filter((y) => y.end <= hours);
  const firstHourOfDay = (((firstLocalMs / HOUR_MS) % 24) + 24) % 24;
  return { season, month, firstHourOfDay, wholeYears };
}
