import type { PiecewiseRef, SegmentPool } from './convex-piecewise';

/*
 * One hour of the storage dispatch (storage-dispatch.ts): its merit-order cost curve and the
 * cost of a change in state, and the argmin of that cost plus the cost to go.
 */

/** Working arrays for one hour's merit order and cost-of-change curve. */
export class HourCurve {
  /** Merit order: capacity (MW, last one infinite) and weighted effective cost (USD/MWh). */
  readonly capacity: Float64Array;
  readonly slope: Float64Array;
  readonly source: Int32Array;
  count = 0;
  /** g_h on [lo, lo + Σ length]: value at lo, then segments. */
  lo = 0;
  v0 = 0;
  readonly length: Float64Array;
  readonly gSlope: Float64Array;
  gCount = 0;

  constructor(sources: number) {
    this.capacity = new Float64Array(sources);
    this.slope = new Float64Array(sources);
    this.source = new Int32Array(sources);
    this.length = new Float64Array(2 * sources + 4);
    this.gSlope = new Float64Array(2 * sources + 4);
  }

  /** f(y): the cheapest cost of y MW from the merit order (0 for y ≤ 0: surplus is curtailed). */
  value(y: number): number {
    let value = 0;
    let rest = y;
    for (let k = 0; k < this.count && rest > 0; k++) {
      const take = Math.min(rest, this.capacity[k] ?? 0);
      value += take * (this.slope[k] ?? 0);
      rest -= take;
    }
    return value;
  }

  /** Left and right derivatives of f at y. */
  derivatives(y: number, tolerance: number): { left: number; right: number } {
    if (y < -tolerance) return { left: 0, right: 0 };
    let cumulative = 0;
    let left = 0;
    for (let k = 0; k < this.count; k++) {
      const end = cumulative + (this.capacity[k] ?? 0);
      const slope = this.slope[k] ?? 0;
      if (y < end - tolerance) return { left: y > cumulative + tolerance ? slope : left, right: slope };
      cumulative = end;
      left = slope;
    }
    return { left, right: Infinity };
  }

  /** Builds g(Δ) on [−B/η, η·B] for net demand `demandMW`. */
  buildChange(demandMW: number, batteryMW: number, efficiency: number): void {
    this.gCount = 0;
    this.lo = -batteryMW / efficiency;
    this.v0 = this.value(demandMW - batteryMW);
    this.segments(demandMW - batteryMW, demandMW, 1 / efficiency, efficiency);
    this.segments(demandMW, demandMW + batteryMW, efficiency, 1 / efficiency);
  }

  /** f's segments on [y0, y1], lengths × lengthScale, slopes × slopeScale. */
  private segments(y0: number, y1: number, lengthScale: number, slopeScale: number): void {
    let at = y0;
    if (at < 0) {
      const end = Math.min(0, y1);
      this.pushG((end - at) * lengthScale, 0);
      at = end;
    }
    let cumulative = 0;
    for (let k = 0; k < this.count && at < y1; k++) {
      const end = cumulative + (this.capacity[k] ?? 0);
      if (end > at) {
        const stop = Math.min(end, y1);
        this.pushG((stop - at) * lengthScale, (this.slope[k] ?? 0) * slopeScale);
        at = stop;
      }
      cumulative = end;
    }
  }

  private pushG(length: number, slope: number): void {
    if (!(length > 0)) return;
    if (this.gCount > 0 && this.gSlope[this.gCount - 1] === slope) {
      this.length[this.gCount - 1] = (this.length[this.gCount - 1] ?? 0) + length;
      return;
    }
    this.length[this.gCount] = length;
    this.gSlope[this.gCount] = slope;
    this.gCount++;
  }

  get hi(): number {
    let hi = this.lo;
    for (let k = 0; k < this.gCount; k++) hi += this.length[k] ?? 0;
    return hi;
  }

  gDerivatives(x: number, tolerance: number): { left: number; right: number } {
    let at = this.lo;
    let left = -Infinity;
    for (let k = 0; k < this.gCount; k++) {
      const length = this.length[k] ?? 0;
      const slope = this.gSlope[k] ?? 0;
      if (x < at + length - tolerance) return { left: x > at + tolerance ? slope : left, right: slope };
      at += length;
      left = slope;
    }
    return { left, right: Infinity };
  }
}

/** argmin over Δ ∈ [from, to] of g(Δ) + W(stored + Δ): the first point where the right derivative is ≥ 0. */
export function argminSum(curve: HourCurve, pool: SegmentPool, w: PiecewiseRef, stored: number, from: number, to: number): number {
  // Segment cursors positioned at `from`.
  let gk = 0;
  let gEnd = curve.lo + (curve.length[0] ?? 0);
  while (gk < curve.gCount - 1 && gEnd <= from) {
    gk++;
    gEnd += curve.length[gk] ?? 0;
  }
  let wk = w.start;
  const wLast = w.start + w.count - 1;
  let wEnd = w.lo - stored + (pool.length[wk] ?? 0);
  while (wk < wLast && wEnd <= from) {
    wk++;
    wEnd += pool.length[wk] ?? 0;
  }
  let at = from;
  while (at < to) {
    const sg = gk < curve.gCount ? (curve.gSlope[gk] ?? 0) : Infinity;
    const sw = w.count > 0 && wk <= wLast ? (pool.slope[wk] ?? 0) : Infinity;
    const sum = sg + sw;
    if (sum >= -1e-12 * (Math.abs(sg) + Math.abs(sw) + 1)) return at;
    const next = Math.min(gEnd, wEnd, to);
    at = next;
    if (gEnd <= at && gk < curve.gCount - 1) {
      gk++;
      gEnd += curve.length[gk] ?? 0;
    } else if (gEnd <= at) gk = curve.gCount;
    if (wEnd <= at && wk < wLast) {
      wk++;
      wEnd += pool.length[wk] ?? 0;
    } else if (wEnd <= at) wk = wLast + 1;
  }
  return to;
}
