/** Inputs and results of the reliability Monte Carlo (`simulateReliability`). */

import type { CommonModeEvents, LossCause } from './common-mode';

/** One thermal generating unit that fails and is repaired at random. */
export type ReliabilityUnit = {
  id: string;
  /** Net output when up, MW. */
  capacityMW: number;
  /**
   * Forced-outage rate: long-run fraction of hours the unit is on forced outage,
   * FOR = MTTR / (MTTF + MTTR), 0 ≤ FOR < 1.
   */
  forcedOutageRate: number;
  /** Mean time to repair, hours (≥ 1: the model steps in whole hours). */
  mttrHours: number;
  /**
   * The unit's capacity each hour as a fraction of `capacityMW` (ambient and altitude derating,
   * thermal/derating.ts), 8760 values; absent = `capacityMW` every hour. Units of one technology
   * share one array, and the Monte Carlo groups units by it.
   */
  hourlyCapacityFraction?: Float64Array;
  /** Burns pipeline gas (gas supply interruptions can take it); absent = false. */
  gasFired?: boolean;
};

/** Battery that covers shortfalls and recharges from any surplus. */
export type ReliabilityBattery = {
  powerMW: number;
  energyMWh: number;
  /** AC-to-AC round-trip efficiency, 0 < η ≤ 1; split evenly as √η on charge and on discharge. */
  roundTripEfficiency: number;
  /** Reserve the battery never goes below, percent of `energyMWh` (0..100). */
  socMinPct: number;
};

/** Grid outage events: Poisson arrivals, durations geometric in whole hours. */
export type GridOutageStatistics = {
  eventsPerYear: number;
  /** Mean event duration, hours (≥ 1). */
  meanDurationHours: number;
};

export type ReliabilityInput = {
  /** Hourly facility load, MW, 8760 values. */
  facilityLoadMW: Float64Array;
  /** Hourly solar output available, MW, 8760 values; omitted = no solar. */
  solarAvailableMW?: Float64Array;
  /** Grid import limit, MW (0 = islanded). */
  gridImportLimitMW: number;
  /** Grid outage events; omitted = the grid never fails. */
  gridOutage?: GridOutageStatistics;
  /** Common-mode events drawn beside the independent failures (common-mode.ts); omitted = none. */
  commonMode?: CommonModeEvents;
  units: readonly ReliabilityUnit[];
  battery?: ReliabilityBattery;
  /** Number of simulated years (integer ≥ 1). */
  years: number;
  /** PRNG seed: same seed and inputs → same result. */
  seed: number;
  /** Grid-outage durations to test ride-through for, hours; default [1, 4, 8, 24, 72]. */
  rideThroughHours?: readonly number[];
  /** Random outage start hours tried per simulated year for the ride-through (only with a grid); default 8. */
  rideThroughStartsPerYear?: number;
  /** Called between simulated years with the fraction done, 0..1. */
  onProgress?: (fractionDone: number) => void;
  /** Checked between simulated years; returning true stops the run and returns what is done. */
  shouldCancel?: () => boolean;
};

/** A mean over simulated years with its 95% confidence interval. */
export type Estimate = { mean: number; low95: number; high95: number };

export type RideThroughResult = {
  outageHours: number;
  /** Probability that a grid outage of this length, starting at a random hour, is fully served. */
  probability: Estimate;
  trials: number;
};

export type TierName = 'Tier III' | 'Tier IV';

export type TierComparison = {
  tier: TierName;
  targetAvailability: number;
  /** 'meets': the whole 95% interval is at or above the target; 'fails': all of it below. */
  verdict: 'meets' | 'fails' | 'inconclusive';
};

export type ReliabilityResult = {
  seed: number;
  yearsRequested: number;
  yearsSimulated: number;
  cancelled: boolean;
  /** Fraction of hours with the load fully served. */
  availability: Estimate;
  /** −log10(1 − availability); null when no hour was short (unbounded). */
  nines: number | null;
  lossOfLoadHoursPerYear: Estimate;
  expectedUnservedEnergyMWhPerYear: Estimate;
  rideThrough: RideThroughResult[];
  tiers: TierComparison[];
  /** Distribution of annual loss-of-load hours: years whose hours fall below each upper edge (and at or above the previous one). */
  unservedHoursHistogram: { binUpperEdgesHours: number[]; years: number[] };
  /**
   * Units that can fail at once, the largest first, in the tightest hour of the year with the load
   * still served (grid up, battery not counted); −1 when that hour is short with every unit up.
   */
  unitFailuresRiddenThrough: number;
  /**
   * Lost load by the common-mode events in progress in each short hour ('independent': none of
   * them), per simulated year, with each cause's share of the unserved energy; the largest first.
   */
  lossByCause: LossByCause[];
  /** Gas supply and weather grid-outage events started per simulated year (0 when not drawn). */
  commonModeEventsPerYear: { gasSupply: number; gridWeather: number };
  /** How the intervals were computed, in words. */
  method: string;
};

export type LossByCause = { cause: LossCause; lossOfLoadHoursPerYear: number; unservedMWhPerYear: number; shareOfUnservedEnergy: number };
