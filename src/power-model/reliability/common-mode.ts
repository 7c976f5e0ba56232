import { HOURS_PER_YEAR } from '../hours';
import { inRange, rangeText, type Range } from '../limits';

/**
 * Common-mode events: one cause that takes many units (or the grid) at once, drawn beside the
 * independent unit failures. Both kinds start only in the weather that causes them — the hours
 * of the site's year cold (or hot) enough — and then run their course whatever the weather does.
 *
 * Start hours: a Bernoulli process over the trigger hours, probability eventsPerYear / (number of
 * trigger hours) in each, so a year averages `eventsPerYear` starts wherever its trigger hours
 * fall (the frequency is a property of the region's exposure; the weather only says when). An
 * event lasts a geometric number of whole hours with mean `meanDurationHours`; events that
 * overlap merge. A site whose weather year has no trigger hour never sees the event.
 */

/** Which hours can start an event: those at or below / at or above a dry-bulb temperature. */
export type WeatherTrigger = {
  /**
   * Hours at or below this dry-bulb start cold events, °C. Absent: the site's coldest
   * `coldestHoursFraction` of hours (its own cold design condition).
   */
  startAtOrBelowDryBulbC?: number;
  /** Share of the year's hours, the coldest, that can start a cold event (0..1); 0 = none. */
  coldestHoursFraction?: number;
  /** Hours at or above this dry-bulb start heat events, °C. Absent: `hottestHoursFraction`. */
  startAtOrAboveDryBulbC?: number;
  /** Share of the year's hours, the hottest, that can start a heat event (0..1); 0 or absent = none. */
  hottestHoursFraction?: number;
};

/** Gas supply interruptions (wellhead freeze-offs, pipeline pressure, interruptible transport cut). */
export type GasSupplyEvents = WeatherTrigger & {
  eventsPerYear: number;
  /** Mean event duration, hours (≥ 1). */
  meanDurationHours: number;
  /**
   * Share of the gas-fired MW that is up which the event takes (0..1): the mean of a random choice
   * of that share of the units, taken as MW because a campus fleet is many units. Dual-fuel units
   * are not taken.
   */
  shareOfGasUnitsAffected: number;
};

/** Grid outages in extreme weather (rotating outages, emergency curtailment of large loads). */
export type WeatherGridOutages = WeatherTrigger & {
  eventsPerYear: number;
  /** Mean event duration, hours (≥ 1). */
  meanDurationHours: number;
};

/** The common-mode events of a Monte Carlo and the weather that triggers them. */
export type CommonModeEvents = {
  /** The site's hourly dry-bulb temperature, °C, 8760 values (the weather year the dispatch used). */
  dryBulbC: Float64Array;
  gasSupply?: GasSupplyEvents;
  gridWeather?: WeatherGridOutages;
};

/** Causes to which lost load is attributed: which common-mode events were in progress in a short hour. */
export const LOSS_CAUSES = ['independent', 'gasSupply', 'gridWeather', 'gasSupplyAndGridWeather'] as const;
export type LossCause = (typeof LOSS_CAUSES)[number];

/**
 * The hours that can start an event, ascending: those at or below the cold threshold (given, or
 * the dry-bulb of the `coldestHoursFraction`-th coldest hour) and those at or above the heat one.
 */
export function triggerHours(dryBulbC: Float64Array, trigger: WeatherTrigger): Int32Array {
  const sorted = Float64Array.from(dryBulbC).sort();
  const hours = dryBulbC.length;
  const quantile = (share: number, fromTop: boolean): number => {
    const count = Math.round(share * hours);
    if (count <= 0) return fromTop ? Infinity : -Infinity;
    return fromTop ? (sorted[hours - count] ?? Infinity) : (sorted[count - 1] ?? -Infinity);
  };
  const coldC = trigger.startAtOrBelowDryBulbC ?? quantile(trigger.coldestHoursFraction ?? 0, false);
  const hotC = trigger.startAtOrAboveDryBulbC ?? quantile(trigger.hottestHoursFraction ?? 0, true);
  const picked: number[] = [];
  for (let h = 0; h < hours; h++) {
    const t = dryBulbC[h] ?? NaN;
    if (t <= coldC || t >= hotC) picked.push(h);
  }
  return Int32Array.from(picked);
}

/**
 * What the Monte Carlo accepts for each common-mode setting. The run request's schema
 * (src/api/schemas/runs.ts) is built from this table, so the boundary refuses exactly what the
 * engine refuses.
 */
export const COMMON_MODE_RANGES = {
  eventsPerYear: { min: 0, max: 8760 },
  meanDurationHours: { min: 1, max: HOURS_PER_YEAR },
  shareOfGasUnitsAffected: { min: 0, max: 1 },
  coldestHoursFraction: { min: 0, max: 1 },
  hottestHoursFraction: { min: 0, max: 1 },
  startAtOrBelowDryBulbC: { min: -90, max: 60 },
  startAtOrAboveDryBulbC: { min: -90, max: 60 },
} as const satisfies Record<string, Range>;

/** Throws a RangeError naming the field (under `prefix`) and the problem for settings the Monte Carlo cannot use. */
export function validateCommonModeSettings(settings: { gasSupply?: GasSupplyEvents; gridWeather?: WeatherGridOutages }, prefix = 'commonMode'): void {
  const check = (name: 'gasSupply' | 'gridWeather', spec: Partial<Record<keyof typeof COMMON_MODE_RANGES, number>>) => {
    for (const [key, range] of Object.entries(COMMON_MODE_RANGES)) {
      const value = spec[key as keyof typeof COMMON_MODE_RANGES];
      if (value !== undefined && !inRange(value, range)) throw new RangeError(`${prefix}.${name}.${key} ${rangeText(range)}, got ${value}`);
    }
  };
  if (settings.gasSupply !== undefined) check('gasSupply', settings.gasSupply);
  if (settings.gridWeather !== undefined) check('gridWeather', settings.gridWeather);
}
