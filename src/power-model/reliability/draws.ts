import type { Random } from '../random';
import { exponentialSlow, nextExponential, ZIGGURAT_K, ZIGGURAT_W } from './exponential';

/**
 * The random draws of one simulated year, written as difference arrays (+x at an event's first
 * hour, −x after its last) so that one sweep of the hours adds them up: no per-hour trial.
 */

/**
 * One unit's forced outages as a two-state Markov chain stepped hourly: up spells geometric with
 * mean MTTF = MTTR·(1 − FOR)/FOR hours, down spells geometric with mean MTTR, so the long-run down
 * fraction is FOR exactly (Billinton & Allan, "Reliability Evaluation of Power Systems", 2nd ed.,
 * ch. 2); the first hour's state from the stationary distribution (one uniform). One draw per
 * spell: a geometric number of hours as ⌊E / −ln(1 − p)⌋ + 1 with E exponential by the ziggurat
 * (exponential.ts; `geometricHours`). Each down spell [a, b) adds `capacityMW` at `diff[offset + a]` and removes it
 * at `diff[offset + b]`, and the same at `total[a]`, `total[b]` when a fleet-wide total is kept
 * beside the groups. The readable form; `addFleetOutageDiffs` is the one the Monte Carlo runs.
 */
export function addOutageDiffs(random: Random, capacityMW: number, forcedOutageRate: number, mttrHours: number, hours: number, diff: Float64Array, offset: number, total: Float64Array | null): void {
  const { upScale, downScale } = spellScales(forcedOutageRate, mttrHours);
  let isDown = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    const spell = geometricHours(nextExponential(random) * (isDown ? downScale : upScale), hours);
    if (isDown) {
      const end = Math.min(hours, hour + spell);
      diff[offset + hour] = (diff[offset + hour] ?? 0) + capacityMW;
      diff[offset + end] = (diff[offset + end] ?? 0) - capacityMW;
      if (total !== null) {
        total[hour] = (total[hour] ?? 0) + capacityMW;
        total[end] = (total[end] ?? 0) - capacityMW;
      }
      hour = end;
    } else {
      hour += spell;
    }
    isDown = !isDown;
  }
}

/**
 * A spell of x = E × scale hours (E ~ Exp(1), scale = 1 / −ln(1 − p)) as whole hours, ⌊x⌋ + 1:
 * geometric on {1, 2, …} with per-hour probability p, since P(⌊E / λ⌋ + 1 > k) = P(E ≥ kλ) = e^−kλ
 * = (1 − p)^k for λ = −ln(1 − p). Cut at `hours` (a spell past the year's end ends with it), which
 * also keeps the truncation within 32-bit integers.
 */
export function geometricHours(x: number, hours: number): number {
  return x < hours ? (x | 0) + 1 : hours;
}

/**
 * Hours per unit of Exp(1) for the up and down spells: 1 / −ln(1 − p) for the per-hour failure
 * probability FOR / ((1 − FOR)·MTTR) and repair probability 1 / MTTR (0 when p ≥ 1: one-hour spells).
 */
export function spellScales(forcedOutageRate: number, mttrHours: number): { upScale: number; downScale: number } {
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  return {
    upScale: failPerHour >= 1 ? 0 : -1 / Math.log1p(-failPerHour),
    downScale: repairPerHour >= 1 ? 0 : -1 / Math.log1p(-repairPerHour),
  };
}

/**
 * The inlined generator's state, handed to `exponentialSlow` on the ziggurat's rare path (about
 * one draw in ninety) and read back after it.
 */
export const slowSource = {
  s0: 0,
  s1: 0,
  s2: 0,
  s3: 0,
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  },
};

/** Hours per block of the quiet-year check (single-pass.ts): 16, so a block is `hour >> 4`. */
export const BLOCK_SHIFT = 4;

/**
 * Where `addFleetOutageDiffs` writes a unit's down spells: `diff` (per group, at the caller's
 * offset), the fleet's `total` beside it when there are several groups (else null), and per block
 * of 2^BLOCK_SHIFT hours the MW of the spells that start in it (`blockGrowthMW`) and the net
 * change of outage MW across it (`blockNetMW`; its slot past the last block is written and never
 * read, and may be left out: a typed array ignores a write past its end): the outage anywhere in a
 * block is at most the outage at its start plus its growth, which lets a quiet year be recognised
 * block by block.
 */
export type OutageSink = { diff: Float64Array; total: Float64Array | null; blockGrowthMW: Float64Array; blockNetMW: Float64Array };

/** Per unit of a fleet, what `addFleetOutageDiffs` draws with: nameplate MW, forced-outage rate, spell scales (`spellScales`), offset of its group's difference array. */
export type FleetDrawSettings = { capacityMW: Float64Array; forcedOutageRate: Float64Array; upScale: Float64Array; downScale: Float64Array; offset: Int32Array };

/**
 * `addOutageDiffs` for each unit u of a fleet whose stream is `new Random(seeds[u])`, with the
 * generator's state in local variables and the ziggurat's fast path inlined: the same draws
 * (xoshiro128** seeded by splitmix32, as random.ts), the same spells, several times faster; the
 * spell scales are the caller's (`spellScales`, once per unit rather than once per unit-year), and
 * the spells also go to the sink's block sums. A unit with no capacity or a forced-outage rate of 0
 * draws nothing. The Monte Carlo's hottest loop (the whole fleet in one call a year, so the sink
 * and the tables are read once); the tests check it against `addOutageDiffs`.
 */
export function addFleetOutageDiffs(seeds: Uint32Array, fleet: FleetDrawSettings, hours: number, sink: OutageSink): void {
  const diff = sink.diff;
  const total = sink.total;
  const growth = sink.blockGrowthMW;
  const net = sink.blockNetMW;
  const spare = (hours >> BLOCK_SHIFT) + 1;
  const units = seeds.length;
  for (let u = 0; u < units; u++) {
    const capacityMW = fleet.capacityMW[u] ?? 0;
    const forcedOutageRate = fleet.forcedOutageRate[u] ?? 0;
    if (forcedOutageRate <= 0 || capacityMW <= 0) continue;
    const upScale = fleet.upScale[u] ?? 0;
    const downScale = fleet.downScale[u] ?? 0;
    const offset = fleet.offset[u] ?? 0;
    const seed = seeds[u] ?? 0;
    let state = seed >>> 0;
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
    // Spells alternate, so the loop is written per state (no select of the scale, one exit test per spell).
    for (;;) {
      r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      // nextExponential: the low 8 bits pick the layer, the high 24 the position.
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
      // Whole hours, ⌊x⌋ + 1 as 32-bit integers (`geometricHours`), a spell past the year's end cut to it.
      if (isDown) {
        const x = e * downScale;
        const end = x < hours - hour ? hour + (x | 0) + 1 : hours;
        diff[offset + hour] = (diff[offset + hour] ?? 0) + capacityMW;
        diff[offset + end] = (diff[offset + end] ?? 0) - capacityMW;
        if (total !== null) {
          total[hour] = (total[hour] ?? 0) + capacityMW;
          total[end] = (total[end] ?? 0) - capacityMW;
        }
        const first = hour >> BLOCK_SHIFT;
        const last = end >> BLOCK_SHIFT;
        growth[first] = (growth[first] ?? 0) + capacityMW;
        // Without a branch (a spell ends in the block it starts in about a third of the time, at
        // random): such a spell adds 0 to its block's net change (exactly: x + 0 = x) and its
        // −capacity goes to the spare slot past the last block, which nothing reads.
        const crosses = (first - last) >>> 31;
        net[first] = (net[first] ?? 0) + capacityMW * crosses;
        const into = spare + crosses * (last - spare);
        net[into] = (net[into] ?? 0) - capacityMW;
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

/** `addFleetOutageDiffs` for one unit whose stream is `new Random(seed)`. */
export function addOutageDiffsFromSeed(seed: number, capacityMW: number, forcedOutageRate: number, upScale: number, downScale: number, hours: number, offset: number, sink: OutageSink): void {
  const fleet = { capacityMW: Float64Array.of(capacityMW), forcedOutageRate: Float64Array.of(forcedOutageRate), upScale: Float64Array.of(upScale), downScale: Float64Array.of(downScale), offset: Int32Array.of(offset) };
  addFleetOutageDiffs(Uint32Array.of(seed), fleet, hours, sink);
}

/** splitmix32's output function (random.ts). */
export function splitmix32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** `addOutageDiffs`' down spells of one unit as lists of starts and ends (the same draws). */
export function collectSpells(random: Random, forcedOutageRate: number, mttrHours: number, hours: number, starts: number[], ends: number[]): void {
  const { upScale, downScale } = spellScales(forcedOutageRate, mttrHours);
  let isDown = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    const spell = geometricHours(nextExponential(random) * (isDown ? downScale : upScale), hours);
    if (isDown) {
      const end = Math.min(hours, hour + spell);
      starts.push(hour);
      ends.push(end);
      hour = end;
    } else {
      hour += spell;
    }
    isDown = !isDown;
  }
}

/**
 * Grid outage events as a difference array of "events in progress": starts as a Bernoulli process
 * with probability eventsPerYear/8760 per hour (the hourly form of Poisson arrivals), each lasting
 * a geometric number of whole hours with mean `meanDurationHours`; overlapping events merge.
 * Returns the number of events.
 */
export function markGridOutageDiffs(random: Random, eventsPerYear: number, meanDurationHours: number, hours: number, diff: Int32Array, eventBlocks: Uint8Array | null = null): number {
  if (eventsPerYear <= 0) return 0;
  return markEventDiffs(random, hours, (index) => index, Math.min(1, eventsPerYear / 8760), meanDurationHours, hours, diff, eventBlocks);
}

/**
 * Weather-triggered events (common-mode.ts) as a difference array of "events in progress": each
 * trigger hour starts an event with probability eventsPerYear / triggers.length (a Bernoulli
 * process over the trigger hours, drawn as geometric gaps between starting trigger hours), each
 * lasting a geometric number of whole hours with mean `meanDurationHours` from its start, whatever
 * the weather after; overlapping events merge. Returns the number of events.
 */
export function markTriggeredEventDiffs(random: Random, triggers: Int32Array, eventsPerYear: number, meanDurationHours: number, hours: number, diff: Int32Array, eventBlocks: Uint8Array | null = null): number {
  const count = triggers.length;
  if (eventsPerYear <= 0 || count === 0) return 0;
  return markEventDiffs(random, count, (index) => triggers[index] ?? hours, Math.min(1, eventsPerYear / count), meanDurationHours, hours, diff, eventBlocks);
}

/**
 * Events over `count` candidate start hours (`hourAt(index)`, ascending): each candidate starts one
 * with probability `startProbability`, drawn as geometric gaps between starting candidates (the
 * first at gap − 1, so the first candidate can start one); each lasts a geometric number of whole
 * hours with mean `meanDurationHours`; overlapping events merge in `diff`. With `eventBlocks`, each
 * block of 2^BLOCK_SHIFT hours an event touches (its end hour's included) is marked 1. Returns the
 * number of events.
 */
function markEventDiffs(random: Random, count: number, hourAt: (index: number) => number, startProbability: number, meanDurationHours: number, hours: number, diff: Int32Array, eventBlocks: Uint8Array | null): number {
  const endPerHour = 1 / meanDurationHours;
  let coveredUntil = 0;
  let events = 0;
  let index = random.nextGeometric(startProbability) - 1;
  while (index < count) {
    const start = hourAt(index);
    events++;
    const end = Math.min(hours, start + random.nextGeometric(endPerHour));
    const from = Math.max(start, coveredUntil);
    if (end > from) {
      diff[from] = (diff[from] ?? 0) + 1;
      diff[end] = (diff[end] ?? 0) - 1;
      if (eventBlocks !== null) eventBlocks.fill(1, from >> BLOCK_SHIFT, (end >> BLOCK_SHIFT) + 1);
      coveredUntil = end;
    }
    index += random.nextGeometric(startProbability);
  }
  return events;
}
