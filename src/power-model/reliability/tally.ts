import { HOURS_PER_YEAR } from '../hours';
import { LOSS_CAUSES } from './common-mode';
import type { Design } from './designs';

/**
 * Upper edges (exclusive) of the bins of annual loss-of-load hours: 0, 1, 2–3, 4–7, … , 4096–8760.
 * Powers of two, so that a year or two of loss and a year of hundreds both show.
 */
export const UNSERVED_HOURS_BIN_EDGES: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, HOURS_PER_YEAR + 1];

/** Sums over simulated years of one design, mergeable across workers by adding. */
export type CaseTally = {
  label: string;
  extraUnits: number;
  commonMode: boolean;
  years: number;
  lossOfLoadHours: number;
  lossOfLoadHoursSquared: number;
  unservedMWh: number;
  unservedMWhSquared: number;
  /** Years whose loss-of-load hours fall in each bin of UNSERVED_HOURS_BIN_EDGES. */
  unservedHoursHistogram: number[];
  /** Ride-through successes per duration (same order as the durations). */
  rideThroughSuccesses: number[];
  rideThroughTrials: number;
  /** Loss-of-load hours and unserved MWh per cause, in the order of LOSS_CAUSES. */
  lossOfLoadHoursByCause: number[];
  unservedMWhByCause: number[];
  /** Common-mode events drawn over the years (the same draws for every design). */
  gasSupplyEvents: number;
  gridWeatherEvents: number;
};

export function emptyTally(design: Design, rideThroughDurations: number): CaseTally {
  return {
    label: design.label,
    extraUnits: design.extraUnits,
    commonMode: design.commonMode,
    years: 0,
    lossOfLoadHours: 0,
    lossOfLoadHoursSquared: 0,
    unservedMWh: 0,
    unservedMWhSquared: 0,
    unservedHoursHistogram: UNSERVED_HOURS_BIN_EDGES.map(() => 0),
    rideThroughSuccesses: Array.from({ length: rideThroughDurations }, () => 0),
    rideThroughTrials: 0,
    lossOfLoadHoursByCause: LOSS_CAUSES.map(() => 0),
    unservedMWhByCause: LOSS_CAUSES.map(() => 0),
    gasSupplyEvents: 0,
    gridWeatherEvents: 0,
  };
}

/** Adds one simulated year's loss-of-load hours and unserved MWh to a tally. */
export function addYear(tally: CaseTally, lossOfLoadHours: number, unservedMWh: number): void {
  tally.years++;
  tally.lossOfLoadHours += lossOfLoadHours;
  tally.lossOfLoadHoursSquared += lossOfLoadHours * lossOfLoadHours;
  tally.unservedMWh += unservedMWh;
  tally.unservedMWhSquared += unservedMWh * unservedMWh;
  let bin = 0;
  while (lossOfLoadHours >= (UNSERVED_HOURS_BIN_EDGES[bin] ?? Infinity)) bin++;
  tally.unservedHoursHistogram[bin] = (tally.unservedHoursHistogram[bin] ?? 0) + 1;
}

/** Adds tallies of the same designs from workers that simulated different years. */
export function mergeTallies(parts: readonly (readonly CaseTally[])[]): CaseTally[] {
  const first = parts[0];
  if (first === undefined) return [];
  return first.map((base, c) => {
    const merged: CaseTally = {
      ...base,
      unservedHoursHistogram: [...base.unservedHoursHistogram],
      rideThroughSuccesses: [...base.rideThroughSuccesses],
      lossOfLoadHoursByCause: [...base.lossOfLoadHoursByCause],
      unservedMWhByCause: [...base.unservedMWhByCause],
    };
    for (const part of parts.slice(1)) {
      const t = part[c];
      if (t === undefined || t.label !== base.label) throw new Error('tallies to merge must list the same designs in the same order');
      merged.years += t.years;
      merged.lossOfLoadHours += t.lossOfLoadHours;
      merged.lossOfLoadHoursSquared += t.lossOfLoadHoursSquared;
      merged.unservedMWh += t.unservedMWh;
      merged.unservedMWhSquared += t.unservedMWhSquared;
      merged.rideThroughTrials += t.rideThroughTrials;
      merged.gasSupplyEvents += t.gasSupplyEvents;
      merged.gridWeatherEvents += t.gridWeatherEvents;
      addInto(merged.unservedHoursHistogram, t.unservedHoursHistogram);
      addInto(merged.rideThroughSuccesses, t.rideThroughSuccesses);
      addInto(merged.lossOfLoadHoursByCause, t.lossOfLoadHoursByCause);
      addInto(merged.unservedMWhByCause, t.unservedMWhByCause);
    }
    return merged;
  });
}

function addInto(into: number[], from: readonly number[]): void {
  from.forEach((v, i) => (into[i] = (into[i] ?? 0) + v));
}
