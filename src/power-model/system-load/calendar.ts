import { HOURS_PER_YEAR } from '../hours';
import { DAY_MS, HOUR_MS, type SystemLoadSeries, type TariffClock } from './types';

/**
 * The system year used unless the user picks another: 2019, the latest calendar year the shipped
 * files (2015-07-02 to 2020-07-01 UTC) hold whole, and the last before the 2020 pandemic load.
 */
export const DEFAULT_SYSTEM_YEAR = 2019;

/** The weekday shift moves the window at most this many days either way. */
const MAX_SHIFT_DAYS = 3;

/**
 * A system year laid on the model's calendar (hours.ts: 8760 hours, hour 0 = January 1 00:00 in
 * the site's local standard time).
 *
 * - `loadMW[h]`: system load in model hour h.
 * - `tariffHour[h]`: the same instant as an hour index of the tariff's own clock (its standard
 *   offset, plus one hour while daylight saving time is in effect), counted from January 1 00:00
 *   of that clock; it can fall just outside 0..8759 at the ends of the year, and such hours
 *   belong to no month of the tariff year.
 */
export type ModelYearSystemLoad = {
  seriesId: string;
  systemYear: number;
  modelYear: number;
  /** Days the window starts after (+) or before (−) January 1 of the system year, in −3..3. */
  shiftDays: number;
  /** UTC instant (ms) of model hour 0. */
  startUtcMs: number;
  loadMW: Float64Array;
  tariffHour: Int32Array;
  clock: TariffClock;
  /** One sentence saying how the system year was laid on the model year. */
  description: string;
};

/** Weekday (0 = Sunday) of January 1 of `year`. */
export function weekdayOfJanuary1(year: number): number {
  return new Date(Date.UTC(year, 0, 1)).getUTCDay();
}

/**
 * Days to move the start of the system year so that model day 0 falls on the weekday of January 1
 * of the model year: the shift s in −3..3 with weekday(system Jan 1) + s ≡ weekday(model Jan 1)
 * (mod 7). Weekday and weekend load differ by 10–20%, so a weekend must stay a weekend.
 */
export function weekdayShiftDays(systemYear: number, modelYear: number): number {
  const diff = (((weekdayOfJanuary1(modelYear) - weekdayOfJanuary1(systemYear)) % 7) + 7) % 7;
  return diff > MAX_SHIFT_DAYS ? diff - 7 : diff;
}

/** UTC instant of January 1 00:00 of `year` in a clock `utcOffsetHours` from UTC (standard time). */
function localNewYearUtcMs(year: number, utcOffsetHours: number): number {
  return Date.UTC(year, 0, 1) - utcOffsetHours * HOUR_MS;
}

/** Index into the series of the hour starting at `utcMs`, or null when it is not an hour of the series. */
function seriesIndex(series: SystemLoadSeries, utcMs: number): number | null {
  const index = (utcMs - series.firstHourUtcMs) / HOUR_MS;
  return Number.isInteger(index) && index >= 0 && index < series.loadMW.length ? index : null;
}

/**
 * Calendar years of the series that can be laid on any model year: the series must hold every
 * hour from 3 days before January 1 to 3 days after December 30 (local standard time), since the
 * weekday shift may move the window that far. For the shipped files: 2016–2019.
 */
export function availableSystemYears(series: SystemLoadSeries, siteUtcOffsetHours: number): number[] {
  const first = new Date(series.firstHourUtcMs).getUTCFullYear();
  const last = new Date(series.firstHourUtcMs + (series.loadMW.length - 1) * HOUR_MS).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    const start = localNewYearUtcMs(year, siteUtcOffsetHours);
    const fits = [-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS].every((s) => {
      const a = seriesIndex(series, start + s * DAY_MS);
      return a !== null && seriesIndex(series, start + s * DAY_MS + (HOURS_PER_YEAR - 1) * HOUR_MS) !== null;
    });
    if (fits) years.push(year);
  }
  return years;
}

/**
 * Whether daylight saving time is in effect at a UTC instant for a clock (US rule since 2007:
 * from the second Sunday of March at 02:00 standard time to the first Sunday of November at 02:00
 * daylight time, i.e. 01:00 standard time).
 */
export function daylightSavingAt(utcMs: number, clock: TariffClock): boolean {
  if (!clock.daylightSaving) return false;
  const standardMs = utcMs + clock.standardUtcOffsetHours * HOUR_MS;
  const year = new Date(standardMs).getUTCFullYear();
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2);
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 1);
  return standardMs >= start && standardMs < end;
}

/** Day of month (1-based) of the n-th Sunday of `month` (0-based) in `year`. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (n - 1);
}

/**
 * Lays `systemYear` of a system load on the calendar of `modelYear` for a site whose model hours
 * are in local standard time `siteUtcOffsetHours`:
 *
 * 1. Window: 8760 consecutive hours from January 1 00:00 local standard time of the system year,
 *    moved by `weekdayShiftDays` (−3..3 days) so that its first day has the weekday of January 1
 *    of the model year. Every day of the window keeps its weekday; a holiday may move by up to
 *    three days.
 * 2. Leap years: the window is 365 days whatever the year. In a leap system year (2016) the days
 *    after February 28 come one calendar day early (model March 1 holds system February 29) and
 *    December 31 is left out — the rule hours.ts applies to every 8784-hour input — so weekdays
 *    stay aligned all year. A leap model year (2028) has no February 29 in the model (hours.ts).
 * 3. Clocks: the window is taken in the site's standard time, the clock of the weather and the
 *    model. Each model hour also gets its hour in the tariff's clock (`tariffHour`), with daylight
 *    saving time on the dates of the model year, where coincident-peak rules are read.
 *
 * Throws a RangeError naming the years the series can give when `systemYear` is not one of them.
 */
export function mapSystemLoadToModelYear(series: SystemLoadSeries, options: { systemYear: number; modelYear: number; siteUtcOffsetHours: number }): ModelYearSystemLoad {
  const { systemYear, modelYear, siteUtcOffsetHours } = options;
  const shiftDays = weekdayShiftDays(systemYear, modelYear);
  const windowStartUtcMs = localNewYearUtcMs(systemYear, siteUtcOffsetHours) + shiftDays * DAY_MS;
  const first = seriesIndex(series, windowStartUtcMs);
  if (first === null || first + HOURS_PER_YEAR > series.loadMW.length) {
    const years = availableSystemYears(series, siteUtcOffsetHours);
    throw new RangeError(`systemYear: ${series.id} holds no whole year ${systemYear}; pick one of ${years.length > 0 ? years.join(', ') : '(none: the series is shorter than a year plus a week)'}`);
  }
  const loadMW = series.loadMW.slice(first, first + HOURS_PER_YEAR);

  // Model hour h is the instant modelStart + h hours, where modelStart is Jan 1 00:00 site standard time of the model year.
  const modelStartUtcMs = localNewYearUtcMs(modelYear, siteUtcOffsetHours);
  const tariffNewYearUtcMs = localNewYearUtcMs(modelYear, series.clock.standardUtcOffsetHours);
  const tariffHour = new Int32Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const utcMs = modelStartUtcMs + h * HOUR_MS;
    tariffHour[h] = Math.round((utcMs - tariffNewYearUtcMs) / HOUR_MS) + (daylightSavingAt(utcMs, series.clock) ? 1 : 0);
  }
  const shiftText = shiftDays === 0 ? 'no weekday shift' : `shifted ${Math.abs(shiftDays)} day(s) ${shiftDays > 0 ? 'later' : 'earlier'} so weekdays match ${modelYear}`;
  return {
    seriesId: series.id,
    systemYear,
    modelYear,
    shiftDays,
    startUtcMs: windowStartUtcMs,
    loadMW,
    tariffHour,
    clock: series.clock,
    description: `${series.name} load of ${systemYear} on the ${modelYear} calendar (${shiftText}; 365 days, leap day handled as in hours.ts); peaks read in ${series.clock.label}`,
  };
}
