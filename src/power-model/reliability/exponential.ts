/**
 * Exponential draws (rate 1) by the ziggurat method of Marsaglia & Tsang ("The Ziggurat Method
 * for Generating Random Variables", Journal of Statistical Software 5(8), 2000,
 * https://doi.org/10.18637/jss.v005.i08): 256 layers of equal area under e^−x, the base layer
 * carrying the tail beyond R. About 98.9% of draws take one 32-bit integer, a table look-up and
 * a multiply; the rest fall to an exact edge test (one more uniform and an exp) or, in the base
 * layer, to the tail R + Exp(1) (by memorylessness, exactly R − ln U). No approximation beyond the
 * resolution of the uniforms: the sampler is exact, like the inverse transform −ln U it replaces,
 * at about a third of its cost (no logarithm, no division on the fast path).
 *
 * Bits: the low 8 bits of the integer pick the layer and the high 24 its position within it, so
 * the two are independent (Doornik, "An improved ziggurat method to generate normal random
 * samples", 2005, on the correlation of reusing the layer bits).
 *
 * A geometric number of hours with per-hour probability p is ⌊E / −ln(1 − p)⌋ + 1 for E ~ Exp(1):
 * P(⌊E/λ⌋ + 1 > k) = P(E ≥ kλ) = e^−kλ = (1 − p)^k (draws.ts `geometricHours`).
 */

/** A source of uniform unsigned 32-bit integers (the `Random` class, or the Monte Carlo's inlined generator). */
export type Uint32Source = { nextUint32(): number };

const LAYERS = 256;
/** Right edge of the base layer (Marsaglia & Tsang 2000, table for the exponential with 256 layers). */
const TAIL_START = 7.69711747013104972;
/** Area of each layer. */
const LAYER_AREA = 3.949659822581572e-3;
const POSITION_SCALE = 2 ** 24;

/** Per layer: accept-at-once bound on the 24-bit position, position → x, and e^−x at the layer's right edge. */
export const ZIGGURAT_K = new Float64Array(LAYERS);
export const ZIGGURAT_W = new Float64Array(LAYERS);
const EDGE_F = new Float64Array(LAYERS);

// Layers from the bottom (255, right edge R) up to 1; layer 0 is the base strip with the tail.
{
  let x = TAIL_START;
  let below = TAIL_START;
  const baseWidth = LAYER_AREA / Math.exp(-x);
  ZIGGURAT_K[0] = Math.floor((x / baseWidth) * POSITION_SCALE);
  ZIGGURAT_K[1] = 0;
  ZIGGURAT_W[0] = baseWidth / POSITION_SCALE;
  ZIGGURAT_W[LAYERS - 1] = x / POSITION_SCALE;
  EDGE_F[0] = 1;
  EDGE_F[LAYERS - 1] = Math.exp(-x);
  for (let i = LAYERS - 2; i >= 1; i--) {
    x = -Math.log(LAYER_AREA / x + Math.exp(-x));
    ZIGGURAT_K[i + 1] = Math.floor((x / below) * POSITION_SCALE);
    below = x;
    EDGE_F[i] = Math.exp(-x);
    ZIGGURAT_W[i] = x / POSITION_SCALE;
  }
}

/** One exponential draw (rate 1) from `source`: the fast path, else `exponentialSlow`. */
export function nextExponential(source: Uint32Source): number {
  const r = source.nextUint32();
  const layer = r & 255;
  const position = r >>> 8;
  if (position < (ZIGGURAT_K[layer] ?? 0)) return position * (ZIGGURAT_W[layer] ?? 0);
  return exponentialSlow(layer, position, source);
}

/**
 * The rare path of a draw whose first integer gave `layer` and `position` outside the layer's
 * inner rectangle: the tail (base layer), or the edge test, then fresh draws until one is accepted.
 * Callers with an inlined generator hand it a source holding their state.
 */
export function exponentialSlow(layer: number, position: number, source: Uint32Source): number {
  let i = layer;
  let u = position;
  for (;;) {
    if (i === 0) return TAIL_START - Math.log((source.nextUint32() + 1) / 4294967296);
    const x = u * (ZIGGURAT_W[i] ?? 0);
    const lower = EDGE_F[i] ?? 0;
    const y = lower + (source.nextUint32() / 4294967296) * ((EDGE_F[i - 1] ?? 1) - lower);
    if (y < Math.exp(-x)) return x;
    const r = source.nextUint32();
    i = r & 255;
    u = r >>> 8;
    if (u < (ZIGGURAT_K[i] ?? 0)) return u * (ZIGGURAT_W[i] ?? 0);
  }
}
