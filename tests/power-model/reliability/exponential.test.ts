import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/power-model/random';
import { geometricHours, spellScales } from '../../../src/power-model/reliability/draws';
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
      const spell = geometricHours(nextExponential(random) * upScale, 1e9);
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

  it('turns x = E × scale into ⌊x⌋ + 1 whole hours, cut at the year', () => {
    // Hand-worked: x in [k − 1, k) is k hours; 0 is one hour (a spell lasts at least its first hour).
    expect(geometricHours(0, 8760)).toBe(1);
    expect(geometricHours(0.999, 8760)).toBe(1);
    expect(geometricHours(1, 8760)).toBe(2);
    expect(geometricHours(23.5, 8760)).toBe(24);
    expect(geometricHours(8758.9, 8760)).toBe(8759);
    expect(geometricHours(8759.5, 8760)).toBe(8760);
    // Past the year, and past 32-bit integers (a unit that almost never fails): the year.
    expect(geometricHours(8760, 8760)).toBe(8760);
    expect(geometricHours(3e10, 8760)).toBe(8760);
  });

  it('gives repair spells whose tail is the geometric (1 − p)^k', () => {
    // Down spells of MTTR 24 h: p = 1/24 per hour, P(spell > k) = (23/24)^k — 0.9583 at k = 1,
    // 0.3601 at 24, 0.0467 at 72, 0.000308 at 190 — each within four binomial standard errors
    // √(P(1 − P)/N) over a million spells.
    const p = 1 / 24;
    const { downScale } = spellScales(0.03, 24);
    const random = new Random(11);
    const ks = [1, 24, 72, 190];
    const above = ks.map(() => 0);
    for (let i = 0; i < N; i++) {
      const spell = geometricHours(nextExponential(random) * downScale, 8760);
      for (let j = 0; j < ks.length; j++) if (spell > (ks[j] ?? 0)) above[j] = (above[j] ?? 0) + 1;
    }
    ks.forEach((k, j) => {
      const tail = (1 - p) ** k;
      expect(Math.abs((above[j] ?? 0) / N - tail)).toBeLessThan(4 * Math.sqrt((tail * (1 - tail)) / N));
    });
  });
});
