import { summarizeTally } from './monte-carlo';
import { redundancyDesigns, redundancyLabel } from './designs';
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

/** One design's result: its label, k of N+k, whether the common-mode events applied. */
export type RedundancyCase = { label: string; extraUnits: number; commonMode: boolean; result: ReliabilityResult };

export { redundancyLabel };

/**
 * The design as given (N) and with k more of its largest unit (N+1, N+2 by default) from the same
 * draws in one pass (`simulateSinglePass`): the designs differ by the added units, not by luck of
 * the draw, and the result equals separate runs of each design with the same seed.
 */
export function compareRedundancy(input: ReliabilityInput, extraUnits: readonly number[] = [0, 1, 2]): RedundancyCase[] {
  validateReliabilityInput(input);
  extraUnits.forEach((k) => withExtraUnits([], k));
  const pass = simulateSinglePass({ ...input, designs: redundancyDesigns(extraUnits) });
  return casesFromTallies(input, pass.tallies, pass.cancelled);
}

/** Results per design from tallies (one pass, or the merged tallies of several workers). */
export function casesFromTallies(input: ReliabilityInput, tallies: readonly CaseTally[], cancelled: boolean): RedundancyCase[] {
  return tallies.map((tally) => ({ label: tally.label, extraUnits: tally.extraUnits, commonMode: tally.commonMode, result: summarizeTally(input, tally, cancelled) }));
}

export { mergeTallies } from './tally';
