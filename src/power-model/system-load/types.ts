/**
 * The clock a tariff reads a system's load in: its standard offset from UTC and whether it moves
 * to daylight saving time (US rule since 2007: second Sunday of March, 02:00, to the first Sunday
 * of November, 02:00). ERCOT settles in Central Prevailing Time, PJM in Eastern Prevailing Time;
 * MISO's market clock is Eastern Standard Time all year.
 */
export type TariffClock = { standardUtcOffsetHours: number; daylightSaving: boolean; label: string };

/**
 * An hourly system load: `loadMW[i]` is the mean demand of the hour that starts at
 * `firstHourUtcMs + i` hours (UTC), as in EIA-930. `clock` is the clock its tariffs use.
 */
export type SystemLoadSeries = {
  /** Balancing-authority code (`ERCO`, `PJM`, …) or a user's name for an imported series. */
  id: string;
  name: string;
  firstHourUtcMs: number;
  loadMW: Float64Array;
  clock: TariffClock;
  /** Where the series comes from, with its licence for shipped data. */
  source: string;
};

/** Tariff clocks of the balancing authorities whose load is shipped in data/system-load. */
export const BALANCING_AUTHORITY_CLOCKS: Readonly<Record<string, TariffClock>> = {
  ERCO: { standardUtcOffsetHours: -6, daylightSaving: true, label: 'Central Prevailing Time (ERCOT)' },
  PJM: { standardUtcOffsetHours: -5, daylightSaving: true, label: 'Eastern Prevailing Time (PJM)' },
  MISO: { standardUtcOffsetHours: -5, daylightSaving: false, label: 'Eastern Standard Time (MISO market clock)' },
  EPE: { standardUtcOffsetHours: -7, daylightSaving: true, label: 'Mountain Prevailing Time (El Paso Electric)' },
  SWPP: { standardUtcOffsetHours: -6, daylightSaving: true, label: 'Central Prevailing Time (SPP)' },
};

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
