import { HOURS_PER_YEAR } from '../hours';

/**
 * The NAESB gas day: 9:00 a.m. to 9:00 a.m. Central Clock Time (NAESB WGQ Standard 1.3.1, the
 * day FERC requires interstate pipelines to schedule by, 18 CFR 284.12). Central Clock Time is
 * the prevailing time in the Central zone: CST (UTC−6) in winter, CDT (UTC−5) under daylight
 * saving, so the gas day starts at 15:00 UTC in winter and 14:00 UTC in summer.
 *
 * Why it matters here: a lateral's daily quantity (MMBtu/day) is nominated and cut per gas day,
 * and an interruptible shipper is cut for a whole gas day. A cold night sits inside one gas day
 * (9:00 to 9:00 the next morning) where two calendar days would split it, so counting calendar
 * days gave the fleet two daily quantities across the coldest night.
 */
export const GAS_DAY_START_HOUR_CCT = 9;

/** Where the model's hours sit on the clock: the site's standard UTC offset (h, no daylight saving, as TMY files and the weather use) and the calendar year whose daylight-saving dates apply. */
export type ModelClock = { utcOffsetHours: number; year: number };

const HOUR_MS = 3_600_000;

/** The nth Sunday (1-based) of a month (0 = January) of `year`, as a UTC date at 00:00. */
function nthSundayUtcMs(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + 7 * (n - 1);
  return Date.UTC(year, month, day);
}

/**
 * The Central zone's UTC offset at instant `utcMs`, h: −5 from 2:00 CST on the second Sunday of
 * March (08:00 UTC) to 2:00 CDT on the first Sunday of November (07:00 UTC), −6 otherwise (the
 * US rule since 2007, 15 U.S.C. 260a).
 */
export function centralUtcOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const dstStart = nthSundayUtcMs(year, 2, 2) + 8 * HOUR_MS;
  const dstEnd = nthSundayUtcMs(year, 10, 1) + 7 * HOUR_MS;
  return utcMs >= dstStart && utcMs < dstEnd ? -5 : -6;
}

/**
 * Gas day of each model hour: `dayOfHour[h]` numbers the gas days of the year from 0, and
 * `startHours` lists the hour each begins (the first is hour 0: the hours before the first 9:00
 * CCT are the tail of the gas day that began on the last day of the year before). Model hour h
 * begins at `year`-01-01 00:00 local standard time + h hours, i.e. at UTC h − utcOffsetHours.
 * `fraction[d]`: the share of a full gas day that day d's hours make in this year (the first,
 * partial day gets that share of the daily quantity; a full day is 1, even at the change to or
 * from daylight saving, when the gas day has 23 or 25 hours, as pipelines count it).
 */
export type GasDays = { dayOfHour: Int32Array; startHours: number[]; fraction: number[] };

export function naesbGasDays(clock: ModelClock): GasDays {
  const dayOfHour = new Int32Array(HOURS_PER_YEAR);
  const startHours = [0];
  const firstUtcMs = Date.UTC(clock.year, 0, 1) - clock.utcOffsetHours * HOUR_MS;
  let day = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const utcMs = firstUtcMs + h * HOUR_MS;
    const centralHour = (((new Date(utcMs).getUTCHours() + centralUtcOffsetHours(utcMs)) % 24) + 24) % 24;
    if (h > 0 && centralHour === GAS_DAY_START_HOUR_CCT) {
      day++;
      startHours.push(h);
    }
    dayOfHour[h] = day;
  }
  const fraction = startHours.map(() => 1);
  // A first gas day cut short by the start of the year: only its hours in this year get their share.
  fraction[0] = Math.min(1, (startHours[1] ?? HOURS_PER_YEAR) / 24);
  return { dayOfHour, startHours, fraction };
}

/** Calendar days from the model's midnight (the rule before the gas day; and where no clock is known). */
export function calendarDays(): GasDays {
  const dayOfHour = new Int32Array(HOURS_PER_YEAR);
  const startHours: number[] = [];
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    dayOfHour[h] = Math.floor(h / 24);
    if (h % 24 === 0) startHours.push(h);
  }
  return { dayOfHour, startHours, fraction: startHours.map(() => 1) };
}

/**
 * The days a daily gas quantity counts in, for the dispatch (fuel/gas-supply.ts) and the sizing LP
 * (optimize/families/fuel.ts) alike, so both cut the same hours: NAESB gas days when the clock is
 * known, else calendar days of the model.
 */
export function gasDaysFor(clock: ModelClock | undefined): GasDays {
  return clock === undefined ? calendarDays() : naesbGasDays(clock);
}
