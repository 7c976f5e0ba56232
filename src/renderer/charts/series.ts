import type { HourlySeriesName } from '../../api/schemas/model';

/** The hourly series a chart reads: 8760 values each, hour 0 = January 1, 00:00 (see power-model/hours.ts). */
export type Hourly = Record<HourlySeriesName, Float64Array>;

export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_WEEK = 168;
/** Weeks a picker offers: week 52 would run past hour 8760, so the last week starts at hour 8592. */
export const WEEKS_PER_YEAR = 52;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
export const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The layers of supply to the load, bottom to top, with their colours. Their sum plus unserved is
 * the facility load every hour (the engine's sign convention in dispatch/types.ts), so the top
 * of the stack traces the load.
 */
export const SUPPLY_LAYERS = [
  { key: 'gridToLoadMW', label: 'Grid', color: '#5b7fb8' },
  { key: 'thermalToLoadMW', label: 'Gas', color: '#d97a2b' },
  { key: 'solarToLoadMW', label: 'Solar', color: '#e8c21c' },
  { key: 'batteryToLoadMW', label: 'Battery', color: '#3aa57a' },
  { key: 'unservedMW', label: 'Unserved', color: '#c0392b' },
] as const satisfies readonly { key: HourlySeriesName; label: string; color: string }[];

/** Unix seconds of model hour `hour` in `year` (uPlot's time axis unit), in UTC so no DST shift appears. */
export function hourToUnixSeconds(year: number, hour: number): number {
  return Date.UTC(year, 0, 1) / 1000 + hour * 3600;
}

/** First hour of week `week` (0-based), kept inside the year. */
export function weekStartHour(week: number): number {
  const clamped = Math.min(Math.max(Math.floor(week), 0), WEEKS_PER_YEAR - 1);
  return clamped * HOURS_PER_WEEK;
}

/** The load-duration curve: the hourly values sorted from highest to lowest. */
export function durationCurve(values: ArrayLike<number>): number[] {
  return Array.from(values).sort((a, b) => b - a);
}

/** Energy per month (MWh) of an hourly MW series: each hour's MW × 1 h, summed by calendar month. */
export function monthlyEnergyMWh(values: ArrayLike<number>): number[] {
  const months: number[] = [];
  let hour = 0;
  for (const days of DAYS_IN_MONTH) {
    let sum = 0;
    for (let h = hour; h < hour + days * 24; h++) sum += values[h] ?? 0;
    months.push(sum);
    hour += days * 24;
  }
  return months;
}
