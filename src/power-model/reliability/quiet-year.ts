import { BLOCK_SHIFT, type OutageSink } from './draws';

/*
 * The quiet-year check: a year whose fleet outage never exceeds what each hour absorbs in the
 * worst design loses no load in any design, so the single pass (single-pass.ts) counts it without
 * the hourly pass. Checked block by block (2^BLOCK_SHIFT hours) from the draws' block sums, and hour
 * by hour only where a block's bound reaches its least absorbable hour.
 */

/**
 * The check calls a year at risk this close to the outage an hour absorbs, MW: its sums run in
 * another order than the hourly pass's, and a year wrongly called at risk only costs time.
 */
export const QUIET_CHECK_SLACK_MW = 1e-6;

/** The least of `values` over each block of 2^shift hours (default BLOCK_SHIFT), less QUIET_CHECK_SLACK_MW. */
export function blockMinima(values: Float64Array, blocks: number, shift = BLOCK_SHIFT): Float64Array {
  const minima = new Float64Array(blocks).fill(Infinity);
  for (let h = 0; h < values.length; h++) {
    const b = h >> shift;
    const v = (values[h] ?? 0) - QUIET_CHECK_SLACK_MW;
    if (v < (minima[b] ?? Infinity)) minima[b] = v;
  }
  return minima;
}

/**
 * Whether the fleet outage (`totalDiff`, a difference array in nameplate MW) stays within what
 * every hour absorbs, checked per block from the sink's block sums and hour by hour only in blocks
 * whose bound (outage at the block's start + MW of spells starting in it) exceeds the block's least.
 */
export function isQuietYear(totalDiff: Float64Array, sink: OutageSink, absorbable: Float64Array, blockAbsorbable: Float64Array, hours: number): boolean {
  const growth = sink.blockGrowthMW;
  const net = sink.blockNetMW;
  const blocks = blockAbsorbable.length;
  let atStartMW = 0;
  for (let b = 0; b < blocks; b++) {
    if (atStartMW + (growth[b] ?? 0) > (blockAbsorbable[b] ?? 0)) {
      let outMW = atStartMW;
      const last = Math.min(hours, (b + 1) << BLOCK_SHIFT);
      for (let h = b << BLOCK_SHIFT; h < last; h++) {
        outMW += totalDiff[h] ?? 0;
        if (outMW > (absorbable[h] ?? 0) - QUIET_CHECK_SLACK_MW) return false;
      }
    }
    atStartMW += net[b] ?? 0;
  }
  return true;
}
