import { rotl, slowSource, splitmix32, type FleetDrawSettings } from './draws';
import { exponentialSlow, ZIGGURAT_K, ZIGGURAT_W } from './exponential';

/*
 * The cheap first look at a year (single-pass.ts): the fleet's down spells drawn as in
 * `addFleetOutageDiffs` (the same streams, the same spells) but kept only as their cover of blocks
 * of 2^COVER_SHIFT hours — per block, the nameplate MW of every spell that is down at any hour of
 * it. That cover bounds the outage in each hour of the block from above, so a year whose cover
 * stays within the least outage each block's hours absorb is quiet (quiet-year.ts) without the
 * hourly difference arrays: two writes per down spell into an array that stays in the first-level
 * cache, instead of five into arrays of a whole year, and nothing of the year's size to clear. A
 * year the cover cannot call quiet is drawn again in full (`addFleetOutageDiffs`, the same seeds,
 * so the same spells), and checked hour by hour as before; a year wrongly called at risk only
 * costs that second draw.
 *
 * Profile (Shackelford islanded, 163 engines of FOR 0.03 and MTTR 24 h): each engine fails about
 * eleven times a year, so a year is about 3,600 spells and the draw is one spell's work — a
 * generator step, a ziggurat look-up, a multiply and a truncation — plus its writes; the writes were the larger part.
 */

/** Hours per block of the cover: 8, so a block is `hour >> 3`. */
export const COVER_SHIFT = 3;

/** Blocks of 2^COVER_SHIFT hours in a year of `hours` hours (the cover array has one slot more, past the last, that a spell ending in the last block writes to). */
export function coverBlocks(hours: number): number {
  return ((hours - 1) >> COVER_SHIFT) + 1;
}

/**
 * The fleet's down spells of the year (unit u's stream `new Random(seeds[u])`, as
 * `addFleetOutageDiffs`) as a difference array over blocks of 2^COVER_SHIFT hours: +MW at the
 * block a spell [a, b) starts in, −MW after the block its last hour b − 1 is in, so that the
 * running sum at block k is the MW of the spells that touch it.
 */
export function addFleetOutageCover(seeds: Uint32Array, fleet: FleetDrawSettings, hours: number, cover: Float64Array): void {
  const units = seeds.length;
  for (let u = 0; u < units; u++) {
    const capacityMW = fleet.capacityMW[u] ?? 0;
    const forcedOutageRate = fleet.forcedOutageRate[u] ?? 0;
    if (forcedOutageRate <= 0 || capacityMW <= 0) continue;
    const upScale = fleet.upScale[u] ?? 0;
    const downScale = fleet.downScale[u] ?? 0;
    let state = (seeds[u] ?? 0) >>> 0;
    state = (state + 0x9e3779b9) >>> 0;
    let s0 = splitmix32(state);
    state = (state + 0x9e3779b9) >>> 0;
    let s1 = splitmix32(state);
    state = (state + 0x9e3779b9) >>> 0;
    let s2 = splitmix32(state);
    state = (state + 0x9e3779b9) >>> 0;
    let s3 = splitmix32(state);
    if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
    // First draw: the stationary state of hour 0 (Random.nextFloat).
    let r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    let isDown = r / 4294967296 < forcedOutageRate;
    let hour = 0;
    // Spells alternate, so the loop is written per state; a spell of x = E × scale is ⌊x⌋ + 1 hours (draws.ts), cut at the year's end.
    for (;;) {
      r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      const layer = r & 255;
      const position = r >>> 8;
      let e: number;
      if (position < (ZIGGURAT_K[layer] ?? 0)) {
        e = position * (ZIGGURAT_W[layer] ?? 0);
      } else {
        slowSource.s0 = s0;
        slowSource.s1 = s1;
        slowSource.s2 = s2;
        slowSource.s3 = s3;
        e = exponentialSlow(layer, position, slowSource);
        s0 = slowSource.s0;
        s1 = slowSource.s1;
        s2 = slowSource.s2;
        s3 = slowSource.s3;
      }
      if (isDown) {
        const x = e * downScale;
        const end = x < hours - hour ? hour + (x | 0) + 1 : hours;
        const first = hour >> COVER_SHIFT;
        const after = ((end - 1) >> COVER_SHIFT) + 1;
        cover[first] = (cover[first] ?? 0) + capacityMW;
        cover[after] = (cover[after] ?? 0) - capacityMW;
        hour = end;
        if (hour >= hours) break;
        isDown = false;
      } else {
        const x = e * upScale;
        if (x >= hours - hour) break;
        hour += (x | 0) + 1;
        if (hour >= hours) break;
        isDown = true;
      }
    }
  }
}

/**
 * Whether the cover (`addFleetOutageCover`) stays within `coverAbsorbable` (per block, the least
 * fleet outage its hours absorb, less the slack: `blockMinima` at COVER_SHIFT) in every block;
 * zeroes the cover as it reads it, whatever the answer, so it is clean for the next year.
 */
export function coverIsQuiet(cover: Float64Array, coverAbsorbable: Float64Array): boolean {
  const blocks = coverAbsorbable.length;
  let outMW = 0;
  let short = 0;
  for (let b = 0; b < blocks; b++) {
    outMW += cover[b] ?? 0;
    cover[b] = 0;
    // No early exit: the cover must be cleared, and a branch taken almost never costs nothing.
    if (outMW > (coverAbsorbable[b] ?? 0)) short = 1;
  }
  cover.fill(0, blocks);
  return short === 0;
}
