import { describe, expect, it } from 'vitest';
import { evaluateIncrementalCost } from '../../../src/power-model/rate-impact/incremental-cost';
import type { IncrementalCostInput, LargeLoadInput, UtilityInput } from '../../../src/power-model/rate-impact/types';

const utility: UtilityInput = {
  name: 'Test',
  structure: 'vertically-integrated',
  revenueRequirementUSD: 1e9,
  poolsPct: { generationDemand: 100, generationEnergy: 0, transmission: 0, distribution: 0, customer: 0 },
  allocation: { generation: '1CP', transmission: '1CP', distribution: 'NCP' },
  classes: [{ name: 'residential', customers: 1, salesMWh: 1, coincidentPeakMW: 1, nonCoincidentPeakMW: 1 }],
  headroomMW: 200,
  planningReserveMarginPct: 15,
  typicalResidentialKWhPerMonth: 1000,
};
const load: LargeLoadInput = { contractMW: 1000, coincidentPeakMW: 900, gridPeakMW: 950, gridEnergyMWh: 7_000_000, tariff: { energyUSDPerMWh: 0, demandUSDPerKWMonth: 0, minimumDemandPct: 0 } };
const cost: IncrementalCostInput = { capacityUSDPerKW: 1000, preTaxWaccPct: 7, lifeYears: 30, fixedOMUSDPerKWYear: 20, marginalEnergyUSDPerMWh: 30, transmissionUpgradeUSD: 50e6, transmissionTreatment: 'direct-assign' };

describe('evaluateIncrementalCost', () => {
  it('needs coincident peak plus reserve margin less headroom', () => {
    // 900 × 1.15 − 200 = 835 MW.
    expect(evaluateIncrementalCost(utility, load, cost).result.capacityNeedMW).toBeCloseTo(835, 9);
  });

  it('needs nothing when headroom covers the load', () => {
    expect(evaluateIncrementalCost({ ...utility, headroomMW: 2000 }, load, cost).result.capacityNeedMW).toBe(0);
  });

  it('computes the fixed charge rate as CRF at the pre-tax WACC plus taxes and insurance', () => {
    // CRF(7 %, 30 yr) = 0.0806 (rate-impact-method.md §2); with 1.5 % taxes/insurance, 9.559 %.
    const noTaxes = evaluateIncrementalCost(utility, load, cost);
    expect(noTaxes.result.fixedChargeRatePct).toBeCloseTo(8.0586, 3);
    const withTaxes = evaluateIncrementalCost(utility, load, { ...cost, taxesInsurancePct: 1.5 });
    expect(withTaxes.result.fixedChargeRatePct).toBeCloseTo(9.5586, 3);
    expect(withTaxes.sheet.trace.taxesInsurancePct?.estimate).toBeUndefined();
    expect(noTaxes.sheet.trace.taxesInsurancePct?.estimate).toBe(true);
  });

  it('levelizes capital with the fixed charge rate and front-loads the first year', () => {
    // 835 MW × 1000 USD/kW = 835 M USD capex; FOM 835,000 kW × 20 = 16.7 M USD/yr.
    const { result, sheet } = evaluateIncrementalCost(utility, load, { ...cost, fixedChargeRatePct: 10 });
    expect(result.capacityCapexUSD).toBeCloseTo(835e6, 2);
    expect(result.capacityLevelizedUSDPerYear).toBeCloseTo(83.5e6 + 16.7e6, 2);
    // First year: 835 M × (0.07 + 1/30) + 16.7 M = 58.45 M + 27.8333 M + 16.7 M = 102.9833 M USD.
    expect(result.capacityFirstYearUSD).toBeCloseTo(102_983_333.33, 1);
    // Energy: 7 TWh × 30 USD/MWh = 210 M; upgrade levelized 50 M × 10 % = 5 M USD/yr.
    expect(result.energyUSDPerYear).toBeCloseTo(210e6, 2);
    expect(result.transmissionUpgradeLevelizedUSDPerYear).toBeCloseTo(5e6, 3);
    // Taxes and insurance of 1.5 % join the first year too: + 835 M × 0.015 = + 12.525 M USD.
    const taxed = evaluateIncrementalCost(utility, load, { ...cost, fixedChargeRatePct: 10, taxesInsurancePct: 1.5 }).result;
    expect(taxed.capacityFirstYearUSD).toBeCloseTo(102_983_333.33 + 12_525_000, 1);
    expect(sheet.trace.capacityLevelizedUSDPerYear?.dependsOn).toEqual(['capacityCapexUSD', 'fixedChargeRatePct', 'capacityNeedMW', 'fixedOMUSDPerKWYear']);
  });

  it('leaves capacity and energy to the market for a restructured utility', () => {
    const { result } = evaluateIncrementalCost({ ...utility, structure: 'restructured' }, load, { transmissionUpgradeUSD: 0, transmissionTreatment: 'direct-assign' });
    expect(result.capacityNeedMW).toBeCloseTo(835, 9);
    expect(result.capacityLevelizedUSDPerYear).toBe(0);
    expect(result.energyUSDPerYear).toBe(0);
  });
});
