import { summarizeTally } from './monte-carlo';
import { extraCopies, simulateSinglePass, type CaseTally } from './single-pass';
import type { ReliabilityInput, ReliabilityResult, ReliabilityUnit } from './types';
import { validateReliabilityInput } from './validate';

/**
 * The fleet plus `extraUnits` copies of its largest unit (by capacityMW; the first listed wins a
 * tie): N → N+1 or N+2. Copies get ids `<id>+1`, `<id>+2`, … An empty fleet gets nothing.
 */
export function withExtraUnits(units: readonly ReliabilityUnit[], extraUnits: number): ReliabilityUnit[] {
  if (!Number.isInteger(extraUnits) || extraUnits < 0) {
    throw new RangeError(`extraUnits must be an integer ≥ 0, got ${extraUnits}`);
  }
  return [...units, ...extraCopies(units, extraUnits)];
}

export type RedundancyCase = { label: string; extraUnits: number; result: ReliabilityResult };

/** "N", "N+1", … */
export function redundancyLabel(extraUnits: number): string {
  return extraUnits === 0 ? 'N' : `N+${extraUnits}`;
}

/**
 * The design as given (N) and with k more of its largest unit (N+1, N+2 by default) from the same
 * draws in one pass (`simulateSinglePass`): the designs differ by the added units, not by luck of
 * the draw, and the result equals separate runs of each design with the same seed.
 */
export function compareRedundancy(input: ReliabilityInput, extraUnits: readonly number[] = [0, 1, 2]): RedundancyCase[] {
  validateReliabilityInput(input);
  extraUnits.forEach((k) => withExtraUnits([], k));
  const pass = simulateSinglePass({ ...input, extraUnits });
  return casesFromTallies(input, pass.tallies, pass.cancelled);
}

/** Results per design from tallies (one pass, or the merged tallies of several workers). */
export function casesFromTallies(input: ReliabilityInput, tallies: readonly CaseTally[], cancelled: boolean): RedundancyCase[] {
  return tallies.map((tally) => ({ label: redundancyLabel(tally.extraUnits), extraUnits: tally.extraUnits, result: summarizeTally(input, tally, cancelled) }));
}

/** Adds tallies of the same designs from workers that simulated different years. */
export function mergeTallies(parts: readonly (readonly CaseTally[])[]): CaseTally[] {
  const first = parts[0];
  if (first === undefined) return [];
  return first.map((base, c) => {
    const merged: CaseTally = { ...base, unservedHoursHistogram: [...base.unservedHoursHistogram], rideThroughSuccesses: [...base.rideThroughSuccesses] };
    for (const part of parts.slice(1)) {
      const t = part[c];
      if (t === undefined || t.extraUnits !== base.extraUnits) throw new Error('tallies to merge must list the same designs in the same order');
      merged.years += t.years;
      merged.lossOfLoadHours += t.lossOfLoadHours;
      merged.lossOfLoadHoursSquared += t.lossOfLoadHoursSquared;
      merged.unservedMWh += t.unservedMWh;
      merged.unservedMWhSquared += t.unservedMWhSquared;
      merged.rideThroughTrials += t.rideThroughTrials;
      t.unservedHoursHistogram.forEach((v, i) => (merged.unservedHoursHistogram[i] = (merged.unservedHoursHistogram[i] ?? 0) + v));
      t.rideThroughSuccesses.forEach((v, i) => (merged.rideThroughSuccesses[i] = (merged.rideThroughSuccesses[i] ?? 0) + v));
    }
    return merged;
  });
}
