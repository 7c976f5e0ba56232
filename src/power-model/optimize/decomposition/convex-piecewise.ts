/**
 * Convex piecewise-linear functions of one variable on an interval, for the state-of-charge value
 * functions of the storage dispatch (`storage-dispatch.ts`). A function is its domain's left end
 * `lo`, its value there `v0`, and segments of length `length[k]` with ascending slopes
 * `slope[k]`; its domain ends at lo + Σ length. Segments live in a shared growable pool so that a
 * year of value functions costs two typed arrays, not 8,760 objects.
 */
export type PiecewiseRef = { lo: number; v0: number; start: number; count: number };

/** Shorter segments than this (MWh) are dropped: below any tolerance the LP rows are checked to. */
const MIN_LENGTH = 1e-12;

export class SegmentPool {
  length = new Float64Array(1 << 16);
  slope = new Float64Array(1 << 16);
  size = 0;

  reset(): void {
    this.size = 0;
  }

  push(length: number, slope: number): void {
    if (!(length > MIN_LENGTH)) return;
    // Equal slopes merge: value functions stay short where prices repeat.
    if (this.size > this.openedAt && this.slope[this.size - 1] === slope) {
      this.length[this.size - 1] = (this.length[this.size - 1] ?? 0) + length;
      return;
    }
    if (this.size === this.length.length) this.grow();
    this.length[this.size] = length;
    this.slope[this.size] = slope;
    this.size++;
  }

  /** Marks where a new function's segments begin (merging never reaches across it). */
  open(): number {
    this.openedAt = this.size;
    return this.size;
  }

  private openedAt = 0;

  private grow(): void {
    const length = new Float64Array(this.length.length * 2);
    length.set(this.length);
    const slope = new Float64Array(this.slope.length * 2);
    slope.set(this.slope);
    this.length = length;
    this.slope = slope;
  }
}

/** Right end of the domain. */
export function hiOf(pool: SegmentPool, f: PiecewiseRef): number {
  let hi = f.lo;
  for (let k = f.start; k < f.start + f.count; k++) hi += pool.length[k] ?? 0;
  return hi;
}

/** Value at x inside the domain (clamped to it). */
export function valueAt(pool: SegmentPool, f: PiecewiseRef, x: number): number {
  let value = f.v0;
  let at = f.lo;
  for (let k = f.start; k < f.start + f.count && at < x; k++) {
    const step = Math.min(pool.length[k] ?? 0, x - at);
    value += step * (pool.slope[k] ?? 0);
    at += step;
  }
  return value;
}

/**
 * Left and right derivatives at x (−∞ / +∞ at the domain's ends, where the indicator of the
 * domain adds its normal cone).
 */
export function derivativesAt(pool: SegmentPool, f: PiecewiseRef, x: number, tolerance: number): { left: number; right: number } {
  let at = f.lo;
  let left = -Infinity;
  for (let k = f.start; k < f.start + f.count; k++) {
    const length = pool.length[k] ?? 0;
    const slope = pool.slope[k] ?? 0;
    if (x < at + length - tolerance) return { left: x > at + tolerance ? slope : left, right: slope };
    at += length;
    left = slope;
  }
  return { left, right: Infinity };
}
