/**
 * The model year: 8760 hours, index 0 = January 1, 00:00–01:00 local standard time, 365 days.
 * A leap-year input of 8784 hours drops December 31 (the last 24 hours), so that every
 * hourly series in the engine lines up hour for hour.
 */
export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_LEAP_YEAR = 8784;
export const DAYS_PER_YEAR = 365;

/** Days in each month of a non-leap year, January first. */
export const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of year (0-based) on which each month starts, plus 365 as a sentinel end. */
export const MONTH_START_DAY: readonly number[] = DAYS_IN_MONTH.reduce<number[]>(
  (starts, days, month) => {
    starts.push((starts[month] ?? 0) + days);
    return starts;
  },
  [0],
);

// Month of every day of the year, so monthOfHour is one lookup in the hot loops.
const MONTH_OF_DAY = new Uint8Array(DAYS_PER_YEAR);
for (let month = 0; month < 12; month++) {
  MONTH_OF_DAY.fill(month, MONTH_START_DAY[month], MONTH_START_DAY[month + 1]);
}

/** Day of year, 0..364, of model hour `hour` (0..8759). */
export function dayOfYear(hour: number): number {
  return Math.floor(hour / 24);
}

/** Hour of the day, 0..23, local standard time (hour 13 is 13:00–14:00). */
export function hourOfDay(hour: number): number {
  return hour % 24;
}

/** Month, 0 (January) .. 11 (December), of model hour `hour` (0..8759). */
export function monthOfHour(hour: number): number {
  return MONTH_OF_DAY[Math.floor(hour / 24)] ?? 11;
}

/** Number of hours in month `month` (0..11) of the model year. */
export function hoursInMonth(month: number): number {
  return (DAYS_IN_MONTH[month] ?? 0) * 24;
}

/**
 * Model hour of a calendar date and time (month 1..12, day 1..31, hour 0..23, local standard
 * time); February 29 is not part of the model year and is refused.
 */
export function hourOfDate(month: number, day: number, hour: number): number {
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined || !Number.isInteger(month)) {
    throw new RangeError(`month must be an integer 1..12, got ${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > days) {
    throw new RangeError(`day must be an integer 1..${days} for month ${month}, got ${day}`);
  }
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`hour must be an integer 0..23, got ${hour}`);
  }
  return ((MONTH_START_DAY[month - 1] ?? 0) + day - 1) * 24 + hour;
}
