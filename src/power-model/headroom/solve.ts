import { inRange, rangeText } from '../limits';
import { CURTAILMENT_PCT_RANGE, HeadroomInputError } from './types';

/** The hourly room of a span sorted once, so that the headroom at any limit is a binary search. */
export type SortedRoom = {
  /** Room ≥ 0 of each hour, ascending, MW. */
  sortedMW: Float64Array;
  /** `prefixMW[k]` = sum of the k smallest rooms. */
  prefixMW: Float64Array;
  /** Hours with negative room (a shoulder hour above both seasonal peaks): always fully curtailed. */
  negativeHours: number;
  hours: number;
};

export function sortRoom(roomMW: Float64Array, start = 0, end = roomMW.length): SortedRoom {
  const span = roomMW.subarray(start, end);
  let negativeHours = 0;
  for (const r of span) if (r < 0) negativeHours++;
  const sortedMW = new Float64Array(span.length - negativeHours);
  let k = 0;
  for (const r of span) if (r >= 0) sortedMW[k++] = r;
  sortedMW.sort();
  const prefixMW = new Float64Array(sortedMW.length + 1);
  for (let i = 0; i < sortedMW.length; i++) prefixMW[i + 1] = (prefixMW[i] ?? 0) + (sortedMW[i] ?? 0);
  return { sortedMW, prefixMW, negativeHours, hours: span.length };
}

/** Throws a HeadroomInputError naming `curtailmentPct` unless it lies in CURTAILMENT_PCT_RANGE. */
export function checkCurtailmentPct(curtailmentPct: number): void {
  if (!inRange(curtailmentPct, CURTAILMENT_PCT_RANGE)) throw new HeadroomInputError('curtailmentPct', `${curtailmentPct} ${rangeText(CURTAILMENT_PCT_RANGE)} (% of the new load's potential energy)`);
}

/**
 * The largest constant new load L, MW, whose curtailed energy is at most `curtailmentPct` % of
 * its potential energy L × N over the N hours of the span — exactly, not by iteration.
 *
 * In an hour with room r ≥ 0 the curtailed MW is max(0, L − r); with r < 0 it is L. So the
 * curtailed energy E(L) = n₋·L + Σ max(0, L − rᵢ) is convex and piecewise linear with kinks at
 * the sorted rooms r₍₀₎ ≤ r₍₁₎ ≤ …, and h(L) = E(L) − f·N·L (f = pct/100) is convex with
 * h(0) = 0, so {L : h(L) ≤ 0} is an interval [0, L*]. Between kinks r₍ⱼ₋₁₎ and r₍ⱼ₎,
 * E(L) = (n₋ + j)·L − Pⱼ (Pⱼ the sum of the j smallest rooms). A binary search finds the first
 * kink with h(r₍ⱼ₎) > 0 (h stays positive after it, by convexity); then
 * L* = Pⱼ / (n₋ + j − f·N), the root on that segment. O(log N) per limit after the sort.
 */
export function headroomMW(room: SortedRoom, curtailmentPct: number): number {
  checkCurtailmentPct(curtailmentPct);
  const { sortedMW, prefixMW, negativeHours, hours } = room;
  const budgetHours = (curtailmentPct / 100) * hours;
  const excess = (j: number): number => {
    const r = sortedMW[j] ?? 0;
    return (negativeHours + j - budgetHours) * r - (prefixMW[j] ?? 0);
  };
  let lo = 0;
  let hi = sortedMW.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (excess(mid) > 0) hi = mid;
    else lo = mid + 1;
  }
  const slope = negativeHours + lo - budgetHours;
  if (slope <= 0) return 0; // only when the span is empty
  return (prefixMW[lo] ?? 0) / slope;
}
