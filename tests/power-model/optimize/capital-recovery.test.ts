import { describe, expect, it } from 'vitest';
import { capitalRecoveryFactor } from '../../../src/power-model/optimize/capital-recovery';

describe('capitalRecoveryFactor', () => {
  it('matches the annuity formula and its zero-rate limit', () => {
    // 7%, 30 years: 0.07 × 1.07^30 / (1.07^30 − 1) = 0.07 × 7.612255 / 6.612255 = 0.080586 (annuity tables: 0.08059).
    expect(capitalRecoveryFactor(0.07, 30)).toBeCloseTo(0.080586, 6);
    // 0%: straight repayment, 1/20.
    expect(capitalRecoveryFactor(0, 20)).toBe(0.05);
  });

  it('refuses a negative rate or a non-positive life with the field named', () => {
    expect(() => capitalRecoveryFactor(-0.01, 20)).toThrow(/discountRate/);
    expect(() => capitalRecoveryFactor(0.05, 0)).toThrow(/lifetimeYears/);
  });
});
