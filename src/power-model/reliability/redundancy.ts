import { simulateReliability } from './monte-carlo';
import type { ReliabilityInput, ReliabilityResult, ReliabilityUnit } from './types';

/**
 * The fleet plus `extraUnits` copies of its largest unit (by capacityMW; the first listed wins a
 * tie): N → N+1 or N+2. Copies get ids `<id>+1`, `<id>+2`, … An empty fleet gets nothing.
 */
export function withExtraUnits(units: readonly ReliabilityUnit[], extraUnits: number): ReliabilityUnit[] {
  if (!Number.isInteger(extraUnits) || extraUnits < 0) {
    throw new RangeError(`extraUnits must be an integer ≥ 0, got ${extraUnits}`);
  }
  const largest = units.reduce<ReliabilityUnit | undefined>(
    (best, unit) => (best === undefined || unit.capacityMW > best.capacityMW ? unit : best),
    undefined,
  );
  if (largest === undefined) return [...units];
  const extras = Array.from({ length: extraUnits }, (_, i) => ({ ...largest, id: `${largest.id}+${i + 1}` }));
  return [...units, ...extras];
}

export type RedundancyCase = { label: 'N' | 'N+1' | 'N+2'; extraUnits: number; result: ReliabilityResult };

/**
 * Runs the Monte Carlo on the design as given (N), with one more and with two more of its largest
 * unit (N+1, N+2), each with the same seed, so the three differ by the added units and not by
 * luck of the draw in the first units' outages. Progress is reported over the three runs.
 */
export function compareRedundancy(input: ReliabilityInput): RedundancyCase[] {
  const cases = [
    { label: 'N', extraUnits: 0 },
    { label: 'N+1', extraUnits: 1 },
    { label: 'N+2', extraUnits: 2 },
  ] as const;
  const results: RedundancyCase[] = [];
  for (const [index, { label, extraUnits }] of cases.entries()) {
    if (index > 0 && input.shouldCancel?.() === true) break;
    const result = simulateReliability({
      ...input,
      units: withExtraUnits(input.units, extraUnits),
      onProgress: (fraction) => input.onProgress?.((index + fraction) / cases.length),
    });
    results.push({ label, extraUnits, result });
    if (result.cancelled) break;
  }
  return results;
}
