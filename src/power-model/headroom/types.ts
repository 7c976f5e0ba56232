import type { Range } from '../limits';

/**
 * The curtailment limits the engine accepts, % of the new load's potential energy. Any limit below
 * 100 % has a finite headroom (at 100 % every load "fits", curtailed all the time); past 90 % the
 * new load runs less than a tenth of the time, which is no longer a load anyone plans a connection
 * for, so the range stops there. 0 % is allowed and gives 0 MW (the peak hour itself has no room).
 */
export const CURTAILMENT_PCT_RANGE: Range = { min: 0, max: 90 };

/** Seasons as Duke's method reads them: winter December–February, summer June–August, spring and autumn the rest. */
export type Season = 'winter' | 'summer' | 'shoulder';
export const SEASON_CODE = { winter: 0, summer: 1, shoulder: 2 } as const satisfies Record<Season, number>;

/**
 * The load the system has already been planned to serve, MW: the highest hourly load realised in
 * winter and in summer over the whole series, and in spring and autumn the higher of the two.
 */
export type ServableLevels = { winterMW: number; summerMW: number; shoulderMW: number };

/**
 * Curtailment-enabled headroom at one limit over a span of hours, and what its curtailment looks
 * like. "Per year" figures divide by the span's length in years (hours / 8766, a mean calendar
 * year); for a single calendar year they are that year's counts.
 */
export type HeadroomFigures = {
  curtailmentPct: number;
  hours: number;
  /** The largest constant new load whose curtailed energy stays within the limit, MW. */
  headroomMW: number;
  curtailedEnergyMWh: number;
  /** Curtailed energy as a share of the new load's potential energy (headroomMW × hours), %: at most the limit. */
  curtailedPctOfPotential: number;
  /** Hours in which any of the new load is curtailed, per year. */
  curtailedHoursPerYear: number;
  /** Curtailment events (runs of consecutive curtailed hours) per year. */
  eventsPerYear: number;
  averageEventHours: number;
  longestEventHours: number;
  /** Of the curtailed hours, the share (0–1) in which the new load keeps at least 50 %, 75 %, 90 % of its MW. */
  keepsAtLeast50PctShare: number;
  keepsAtLeast75PctShare: number;
  keepsAtLeast90PctShare: number;
  /** Curtailed hours per year falling in winter (Dec–Feb), summer (Jun–Aug) and spring/autumn. */
  winterCurtailedHoursPerYear: number;
  summerCurtailedHoursPerYear: number;
  shoulderCurtailedHoursPerYear: number;
};

/** A calendar year (in the series' local standard time) that the series holds whole. */
export type YearHeadroom = HeadroomFigures & { year: number };

/** One point of the headroom-against-limit curve. */
export type HeadroomCurvePoint = { curtailmentPct: number; headroomMW: number; curtailedHoursPerYear: number; averageEventHours: number };

/** A system's headroom: over the whole series, and for each calendar year it holds whole (same servable levels, the limit applied to that year's energy). */
export type SystemHeadroom = {
  seriesId: string;
  servable: ServableLevels;
  allYears: HeadroomFigures;
  years: YearHeadroom[];
};

/** An input the engine cannot analyse; `field` names it (`curtailmentPct`, `year`, `loadMW`). */
export class HeadroomInputError extends Error {
  override name = 'HeadroomInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
