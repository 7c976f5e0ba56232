import type { Estimate } from './types';

/** Two-sided 95% standard-normal quantile. */
export const Z95 = 1.959963984540054;

/**
 * Mean of `n` independent yearly values from their running sum and sum of squares, with the
 * normal-approximation (central limit) 95% interval mean ± z·s/√n, s the sample standard
 * deviation. The low end is clamped at 0 because the quantities (hours, MWh) are non-negative.
 *
 * When every year gave 0 the sample deviation is 0 and the interval would claim certainty; the
 * high end is then the "rule of three" bound 3/n (Hanley & Lippman-Hand, JAMA 1983): with 95%
 * confidence, fewer than 3/n events per year, each counted at `unitPerEvent` (one hour, or the
 * peak load in MWh for unserved energy). With a single year the spread is unknown and is taken
 * as a coefficient of variation of 1 (mean ± z·mean): run more years for a real interval.
 */
export function yearlyMeanEstimate(sum: number, sumOfSquares: number, n: number, unitPerEvent: number): Estimate {
  if (n < 1) return { mean: 0, low95: 0, high95: 0 };
  const mean = sum / n;
  if (sum === 0) return { mean: 0, low95: 0, high95: (3 / n) * unitPerEvent };
  const variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : mean * mean;
  const halfWidth = (Z95 * Math.sqrt(variance)) / Math.sqrt(n);
  return { mean, low95: Math.max(0, mean - halfWidth), high95: mean + halfWidth };
}

/**
 * Binomial proportion `successes / trials` with the Wilson score 95% interval (Wilson, JASA 1927),
 * which stays inside [0, 1] and is sensible at 0 or `trials` successes.
 */
export function proportionEstimate(successes: number, trials: number): Estimate {
  if (trials < 1) return { mean: 0, low95: 0, high95: 1 };
  const p = successes / trials;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { mean: p, low95: Math.max(0, centre - halfWidth), high95: Math.min(1, centre + halfWidth) };
}
