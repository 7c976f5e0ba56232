import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/power-model/random';
import { spellScales } from '../../../src/power-model/reliability/draws';
import { nextExponential } from '../../../src/power-model/reliability/exponential';

const N = 1_000_000;

describe('the ziggurat exponential sampler', () => {
  it('draws Exp(1): mean, variance and the distribution function within four standard errors over a million draws', () => {
    const random = new Random(20261205);
    const points = [0.1, 0.5, 1, 2, 4, 7.69711747013104972, 10];
    const below = points.map(() => 0);
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < N; i++) {
      const x = nextExponential(random);
      sum += x;
      sumSquares += x * x;
      for (let k = 0; k < points.length; k++) if (x <= (points[k] ?? 0)) below[k] = (below[k] ?? 0) + 1;
    }
    const mean = sum / N;
    const variance = sumSquares / N - mean * mean;
    // Exp(1): mean 1, standard error 1/√N = 0.001; variance 1, standard error √((μ4 − σ⁴)/N) with
    // the fourth central moment 9: √(8/N) ≈ 0.00283.
    expect(Math.abs(mean - 1)).toBeLessThan(4 * 0.001);
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(8 / N));
    // P(X ≤ x) = 1 − e^−x at each point, binomial standard error √(p(1 − p)/N); 7.697 is where the
    // base layer's tail begins (its draws take the tail path R − ln U), 10 is deep in the tail.
    points.forEach((x, k) => {
      const p = 1 - Math.exp(-x);
      const se = Math.sqrt((p * (1 - p)) / N);
      expect(Math.abs((below[k] ?? 0) / N - p)).toBeLessThan(4 * se + 1e-12);
    });
  });

  it('gives geometric spells with the mean and variance of the hourly Markov chain', () => {
    // Up spells of a unit with FOR 0.03 and MTTR 24 h: per-hour failure probability
    // p = 0.03 / (0.97 × 24) = 1/776, so spells are geometric on {1, 2, …} with mean 1/p = 776 h and
    // variance (1 − p)/p² = 601,400 h²: standard errors 0.776 h (mean) and, from the geometric's
    // fourth moment (≈ 9σ⁴ for small p), about √(8/N)·σ² ≈ 1,700 h² (variance).
    const p = 0.03 / (0.97 * 24);
    const { upScale } = spellScales(0.03, 24);
    const random = new Random(7);
    let sum = 0;
    let sumSquares = 0;
    let ones = 0;
    for (let i = 0; i < N; i++) {
      const spell = Math.max(1, Math.ceil(nextExponential(random) * upScale));
      sum += spell;
      sumSquares += spell * spell;
      if (spell === 1) ones++;
    }
    const mean = sum / N;
    const variance = sumSquares / N - mean * mean;
    const sigma2 = (1 - p) / (p * p);
    expect(Math.abs(mean - 1 / p)).toBeLessThan(4 * Math.sqrt(sigma2 / N));
    expect(Math.abs(variance - sigma2)).toBeLessThan(4 * Math.sqrt(8 / N) * sigma2);
    // P(spell = 1) = p: 1,289 expected, standard error √(Np(1 − p)) ≈ 35.9.
    expect(Math.abs(ones - N * p)).toBeLessThan(4 * Math.sqrt(N * p * (1 - p)));
  });
});
