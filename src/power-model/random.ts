/**
 * Seeded pseudo-random numbers for the engine's Monte Carlo and clustering.
 *
 * Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * 2018, https://prng.di.unimi.it/xoshiro128starstar.c), 128 bits of state, period 2^128 − 1,
 * passes BigCrush. Its state is filled from the 32-bit seed by splitmix32 so that nearby seeds
 * (1, 2, 3…) give unrelated streams. Same seed → same sequence on every platform, because every
 * step is 32-bit integer arithmetic (`Math.imul`, `>>> 0`).
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `seed`: any finite number; it is reduced to an unsigned 32-bit integer. */
  constructor(seed: number) {
    this.s0 = this.s1 = this.s2 = this.s3 = 0;
    this.reseed(seed);
  }

  /** Restarts the generator as `new Random(seed)` would, without allocating (one per sub-stream in hot loops). */
  reseed(seed: number): void {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    // splitmix32 (Steele, Lea & Flood 2014, 32-bit variant), four steps from the seed.
    let state = Math.trunc(seed) >>> 0;
    state = (state + 0x9e3779b9) >>> 0;
    this.s0 = splitmixOutput(state);
    state = (state + 0x9e3779b9) >>> 0;
    this.s1 = splitmixOutput(state);
    state = (state + 0x9e3779b9) >>> 0;
    this.s2 = splitmixOutput(state);
    state = (state + 0x9e3779b9) >>> 0;
    this.s3 = splitmixOutput(state);
    // An all-zero state would be a fixed point; splitmix32 cannot produce four zeros, but be sure.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next unsigned 32-bit integer. */
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
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in (0, 1]: safe to take the logarithm of. */
  nextOpenFloat(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Uniform integer in [0, n), n a positive integer below 2^32. */
  nextInt(n: number): number {
    return Math.floor(this.nextFloat() * n);
  }

  /**
   * Whole number of trials up to and including the first success, each trial succeeding with
   * probability `p` (0 < p ≤ 1): geometric on {1, 2, …}, mean 1/p. Inverse transform:
   * ⌈ln U / ln(1 − p)⌉ with U uniform on (0, 1].
   */
  nextGeometric(p: number): number {
    if (p >= 1) return 1;
    return this.nextGeometricLn(Math.log1p(-p));
  }

  /**
   * `nextGeometric(p)` with ln(1 − p) (< 0) given, for loops that draw many times with one p;
   * the same draws, the same results.
   */
  nextGeometricLn(lnOneMinusP: number): number {
    const draws = Math.ceil(Math.log(this.nextOpenFloat()) / lnOneMinusP);
    return draws < 1 ? 1 : draws;
  }
}

function splitmixOutput(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A 32-bit seed for an independent sub-stream, derived from a base seed and integer keys
 * (e.g. year and unit index), so that adding a unit or a year does not shift the draws of the
 * others ("common random numbers" when comparing designs). Each step is a bijection (XOR with a
 * scrambled key, then the murmur3 32-bit finalizer), so distinct seeds never collide for the
 * same keys, and distinct keys never collide for the same seed.
 */
export function deriveSeed(seed: number, ...keys: readonly number[]): number {
  let h = fmix32((Math.trunc(seed) >>> 0) ^ 0x9e3779b9);
  for (const key of keys) h = fmix32(h ^ fmix32(((Math.trunc(key) >>> 0) + 0x632be5ab) >>> 0));
  return h;
}

/** `deriveSeed(seed, a, b)` without the rest-parameter array: the same value, for hot loops. */
export function deriveSeed2(seed: number, a: number, b: number): number {
  return seedWithKey(seedKey(seed, a), scrambledKey(b));
}

/**
 * `deriveSeed2` in parts, for loops over many keys b under one (seed, a) — the Monte Carlo's units
 * within a year: `deriveSeed2(seed, a, b) === seedWithKey(seedKey(seed, a), scrambledKey(b))`, with
 * `seedKey` once per (seed, a) and `scrambledKey(b)` once per b, one finalizer per stream.
 */
export function seedKey(seed: number, a: number): number {
  const h = fmix32((Math.trunc(seed) >>> 0) ^ 0x9e3779b9);
  return fmix32(h ^ scrambledKey(a));
}

/** A key as `deriveSeed` mixes it in (see `seedKey`). */
export function scrambledKey(key: number): number {
  return fmix32(((Math.trunc(key) >>> 0) + 0x632be5ab) >>> 0);
}

/** The seed of the stream with scrambled key `scrambled` under `seedKey(seed, a)` (see `seedKey`). */
export function seedWithKey(keyed: number, scrambled: number): number {
  return fmix32(keyed ^ scrambled);
}

/** murmur3's 32-bit finalizer (Appleby, MurmurHash3): a bijection with full avalanche. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
