/**
 * A small seeded pseudo-random generator (mulberry32, Tommy Ettinger's 32-bit mixer, public
 * domain): the same seed always yields the same sequence, on every platform, so a synthetic
 * weather year is reproducible from its seed alone. Returns uniform numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Approximately standard-normal draw: sum of 12 uniforms minus 6 (mean 0, variance 1). */
export function standardNormal(random: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}
