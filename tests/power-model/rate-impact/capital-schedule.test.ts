import { describe, expect, it } from 'vitest';
import { capacityVintagesMW, capitalRevenueRequirementUSD } from '../../../src/power-model/rate-impact/capital-schedule';

describe('capitalRevenueRequirementUSD', () => {
  const frontLoaded = { kind: 'front-loaded', preTaxWaccPct: 8, lifeYears: 20, taxesInsurancePct: 0 } as const;

  it('recovers return on the full capex plus depreciation in the first year', () => {
    // 100 M × (0.08 + 1/20) = 13 M USD (rate-impact-method.md §2, RR_new_year1).
    expect(capitalRevenueRequirementUSD(100e6, 0, frontLoaded)).toBeCloseTo(13e6, 3);
  });

  it('declines as the net book value is depreciated and stops after the book life', () => {
    // Age 10 of 20: NBV 50 %, 100 M × (0.08 × 0.5 + 0.05) = 9 M USD.
    expect(capitalRevenueRequirementUSD(100e6, 10, frontLoaded)).toBeCloseTo(9e6, 3);
    expect(capitalRevenueRequirementUSD(100e6, 20, frontLoaded)).toBe(0);
  });

  it('adds taxes and insurance on the original cost every year of the book life', () => {
    // Age 10 with 1.5 %: 100 M × (0.04 + 0.05 + 0.015) = 10.5 M USD.
    expect(capitalRevenueRequirementUSD(100e6, 10, { ...frontLoaded, taxesInsurancePct: 1.5 })).toBeCloseTo(10.5e6, 3);
  });

  it('charges the fixed charge rate every year when levelized', () => {
    expect(capitalRevenueRequirementUSD(100e6, 7, { kind: 'levelized', fixedChargeRatePct: 11 })).toBeCloseTo(11e6, 3);
  });
});

describe('capacityVintagesMW', () => {
  it('builds only the growth in need, never tearing down', () => {
    expect(capacityVintagesMW([100, 300, 250, 400])).toEqual([100, 200, 0, 100]);
  });
});
