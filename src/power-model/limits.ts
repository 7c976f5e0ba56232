/**
 * A closed range a number must lie in (`minExclusive`: strictly above `min`). Engine validators
 * check inputs against these tables, and the API schemas in src/api/schemas are built from the
 * same tables, so what a form accepts and what the engine runs cannot drift apart.
 */
export type Range = { min: number; max: number; minExclusive?: boolean };

export function inRange(value: number, range: Range): boolean {
  if (!Number.isFinite(value) || value > range.max) return false;
  return range.minExclusive === true ? value > range.min : value >= range.min;
}

/** `must be between 0 and 100000` / `must be > 0 and ≤ 1`, for messages. */
export function rangeText(range: Range): string {
  return range.minExclusive === true ? `must be > ${range.min} and ≤ ${range.max}` : `must be between ${range.min} and ${range.max}`;
}

/**
 * The largest capacity, MW, a site, a phase or a supply block may have: 100 GW. The largest
 * campus announced (Piketon, OH, 10 GW) is a tenth of it and ERCOT's record system peak
 * (85.5 GW, August 2023, https://www.ercot.com/news/release/2023-08-10-ercot-sets-new) is below
 * it; past it a figure is a typing error, and near 1e308 the hourly sums overflow.
 */
export const MAX_SITE_MW = 100_000;

/** Hours in a leap year: the most energy a MW can deliver in a year, MWh. */
const HOURS_IN_LEAP_YEAR = 8784;

/** The most energy a site can use or make in a year, MWh (MAX_SITE_MW for every hour of a leap year). */
export const MAX_SITE_MWH_PER_YEAR = MAX_SITE_MW * HOURS_IN_LEAP_YEAR;
