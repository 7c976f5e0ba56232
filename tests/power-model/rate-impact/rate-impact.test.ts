import { describe, expect, it } from 'vitest';
import { computeRateImpact } from '../../../src/power-model/rate-impact/index';
import { handWorkedCost, handWorkedUtility } from './hand-worked-utility';
import type { IncrementalCostInput, LargeLoadInput, RateImpactInput, UtilityInput } from '../../../src/power-model/rate-impact/types';

/**
 * A utility worked by hand: 100 M USD/yr, all of it generation demand, allocated by 1CP between
 * residential (600 MW at peak, 5 TWh) and commercial (400 MW). The load adds 250 MW at peak;
 * with no headroom and no reserve margin it needs 250 MW at 1000 USD/kW, whose levelized cost
 * at a 10 % fixed charge rate is 25 M USD/yr. After: pool 125 M; 1CP shares 0.48 / 0.32 / 0.20.
 */
const utility: UtilityInput = handWorkedUtility;
const cost: IncrementalCostInput = handWorkedCost;
/** Revenue = demand charge × 250,000 kW × 12 months = 3 M USD per USD/kW-month. */
const loadPaying = (demandUSDPerKWMonth: number): LargeLoadInput => ({
  contractMW: 250,
  coincidentPeakMW: 250,
  gridPeakMW: 250,
  gridEnergyMWh: 2_000_000,
  tariff: { energyUSDPerMWh: 0, demandUSDPerKWMonth, minimumDemandPct: 0 },
});
const input = (demandUSDPerKWMonth: number, overrides: Partial<IncrementalCostInput> = {}): RateImpactInput => ({
  utility,
  largeLoad: loadPaying(demandUSDPerKWMonth),
  incrementalCost: { ...cost, ...overrides },
});

describe('computeRateImpact: the large load against its incremental cost', () => {
  it('lowers the residential rate when the load pays more than its incremental cost', () => {
    // Revenue 30 M vs cost 25 M: contribution +5 M. Others pay 125 − 30 = 95 M, spread by their
    // allocated cost (60 M of 100 M): residential 57 M, down 3 M from 60 M.
    const result = computeRateImpact(input(10));
    expect(result.largeLoad?.revenueUSD).toBeCloseTo(30e6, 3);
    expect(result.largeLoad?.costToServeUSD).toBeCloseTo(25e6, 3);
    expect(result.largeLoad?.contributionUSD).toBeCloseTo(5e6, 3);
    expect(result.residential.revenueRequirementChangeUSD).toBeCloseTo(-3e6, 2);
    // −3 M / 5 TWh = −0.06 ¢/kWh on a 1.2 ¢/kWh baseline (−5 %); × 1000 kWh = −0.60 USD/month.
    expect(result.residential.rateChangeCentsPerKWh).toBeCloseTo(-0.06, 9);
    expect(result.residential.baselineRateCentsPerKWh).toBeCloseTo(1.2, 9);
    expect(result.residential.rateChangePct).toBeCloseTo(-5, 9);
    expect(result.residential.billChangeUSDPerMonth).toBeCloseTo(-0.6, 9);
    // The average customer: −3 M / 400,000 customers / 12 = −0.625 USD/month.
    expect(result.residential.averageCustomerBillChangeUSDPerMonth).toBeCloseTo(-0.625, 9);
  });

  it('raises the residential rate when the load pays less than its incremental cost', () => {
    // Revenue 15 M vs 25 M: contribution −10 M; others pay 110 M, residential 66 M (+6 M):
    // +0.12 ¢/kWh, +10 %, +1.20 USD/month.
    const result = computeRateImpact(input(5));
    expect(result.largeLoad?.contributionUSD).toBeCloseTo(-10e6, 3);
    expect(result.residential.revenueRequirementChangeUSD).toBeCloseTo(6e6, 2);
    expect(result.residential.rateChangeCentsPerKWh).toBeCloseTo(0.12, 9);
    expect(result.residential.rateChangePct).toBeCloseTo(10, 9);
    expect(result.residential.billChangeUSDPerMonth).toBeCloseTo(1.2, 9);
  });

  it('reports the cost-based change as if the load paid its allocated cost', () => {
    // Residential allocated 0.48 × 125 M = 60 M: no change; the load is allocated 0.2 × 125 = 25 M.
    const result = computeRateImpact(input(10));
    expect(result.residential.costBasedRevenueRequirementChangeUSD).toBeCloseTo(0, 2);
    expect(result.largeLoad?.allocatedCostUSD).toBeCloseTo(25e6, 2);
  });
});

describe('computeRateImpact: transmission upgrades', () => {
  it('leaves residential rates unchanged by a directly assigned upgrade', () => {
    // 100 M USD upgrade at FCR 10 % = 10 M/yr paid by the load on top of its tariff.
    const without = computeRateImpact(input(10));
    const direct = computeRateImpact(input(10, { transmissionUpgradeUSD: 100e6, transmissionTreatment: 'direct-assign' }));
    expect(direct.residential.revenueRequirementChangeUSD).toBeCloseTo(without.residential.revenueRequirementChangeUSD ?? Number.NaN, 2);
    expect(direct.largeLoad?.revenueLines.directAssignmentUSD).toBeCloseTo(10e6, 3);
    expect(direct.largeLoad?.contributionUSD).toBeCloseTo(5e6, 3);
  });

  it('raises residential rates when the same upgrade is socialized by 12CP', () => {
    // Pools 125 M + 10 M upgrade; residential allocated 0.48 × 135 = 64.8 M of 108 M for the
    // others, who pay 135 − 30 = 105 M: residential 63 M, +3 M on the 60 M baseline.
    const socialized = computeRateImpact(input(10, { transmissionUpgradeUSD: 100e6, transmissionTreatment: 'socialize-12CP' }));
    expect(socialized.residential.revenueRequirementChangeUSD).toBeCloseTo(3e6, 2);
    expect(socialized.largeLoad?.contributionUSD).toBeCloseTo(-5e6, 3);
    expect(socialized.allocation?.after.transmissionUpgrade?.method).toBe('12CP');
  });
});

describe('computeRateImpact: invariants', () => {
  // Realistic load factors: residential 0.48 at its 1200 MW peak, the load 0.95 at 760 MW.
  const full: RateImpactInput = {
    utility: {
      ...utility,
      revenueRequirementUSD: 1e9,
      poolsPct: { generationDemand: 30, generationEnergy: 25, transmission: 10, distribution: 25, customer: 10 },
      allocation: { generation: 'average-and-excess', transmission: '4CP', distribution: 'NCP' },
      classes: [
        { name: 'residential', customers: 400_000, salesMWh: 5_000_000, coincidentPeakMW: 1200, nonCoincidentPeakMW: 1300 },
        { name: 'commercial', customers: 40_000, salesMWh: 3_000_000, coincidentPeakMW: 600, nonCoincidentPeakMW: 650 },
        { name: 'industrial', customers: 500, salesMWh: 2_500_000, coincidentPeakMW: 380, nonCoincidentPeakMW: 400 },
      ],
      headroomMW: 100,
      planningReserveMarginPct: 15,
    },
    largeLoad: { contractMW: 800, coincidentPeakMW: 760, gridPeakMW: 790, gridEnergyMWh: 6_307_200, tariff: { energyUSDPerMWh: 35, demandUSDPerKWMonth: 8, minimumDemandPct: 85 } },
    incrementalCost: { ...cost, marginalEnergyUSDPerMWh: 30, transmissionUpgradeUSD: 40e6, transmissionTreatment: 'socialize-energy' },
  };

  it('gives allocation shares that sum to 1 in every pool, before and after', () => {
    const result = computeRateImpact(full);
    const pools = [...Object.values(result.allocation?.before ?? {}), ...Object.values(result.allocation?.after ?? {})];
    expect(pools.length).toBe(11);
    for (const pool of pools) expect(Object.values(pool.shares).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('allocates class revenue requirements that sum to the total', () => {
    const result = computeRateImpact(full);
    const after = result.allocation?.after ?? {};
    const poolTotal = Object.values(after).reduce((s, p) => s + p.revenueRequirementUSD, 0);
    // Baseline 1000 M plus the load's socialized incremental cost.
    const inc = result.incrementalCost;
    expect(poolTotal).toBeCloseTo(1e9 + (inc?.capacityLevelizedUSDPerYear ?? 0) + (inc?.energyUSDPerYear ?? 0) + (inc?.transmissionUpgradeLevelizedUSDPerYear ?? 0), 2);
    const byClass: Record<string, number> = {};
    for (const pool of Object.values(after)) for (const [name, share] of Object.entries(pool.shares)) byClass[name] = (byClass[name] ?? 0) + share * pool.revenueRequirementUSD;
    expect(Object.values(byClass).reduce((s, x) => s + x, 0)).toBeCloseTo(poolTotal, 2);
    expect(byClass.largeLoad).toBeCloseTo(result.largeLoad?.allocatedCostUSD ?? Number.NaN, 2);
  });

  it('changes the other classes together by minus the contribution', () => {
    // Others pay RR¹ − tariff revenue; their change from the 1000 M baseline is −contribution.
    const result = computeRateImpact(full);
    const totalAfter = Object.values(result.allocation?.after ?? {}).reduce((s, p) => s + p.revenueRequirementUSD, 0);
    const tariffRevenue = (result.largeLoad?.revenueLines.energyUSD ?? 0) + (result.largeLoad?.revenueLines.demandUSD ?? 0);
    expect(totalAfter - tariffRevenue - 1e9).toBeCloseTo(-(result.largeLoad?.contributionUSD ?? Number.NaN), 2);
  });

  it('reports the residential result under every allocator, with a larger load share under A&E than 4CP', () => {
    const result = computeRateImpact(full);
    expect(result.methodComparison.map((m) => m.method)).toEqual(['energy', '1CP', '4CP', '12CP', 'NCP', 'average-and-excess']);
    const share = (method: string) => result.methodComparison.find((m) => m.method === method)?.largeLoadShare ?? Number.NaN;
    // By hand: ΣA = 571 + 342 + 285 + 720 = 1918 MW, ΣCP = 2940, LF 0.652; excess 729, 308, 115, 70.
    // A&E load share = 0.652 × 720/1918 + 0.348 × 70/1222 = 0.265 > 4CP share 760/2940 = 0.259.
    expect(share('average-and-excess')).toBeCloseTo(0.2647, 3);
    expect(share('4CP')).toBeCloseTo(760 / 2940, 9);
    expect(share('average-and-excess')).toBeGreaterThan(share('4CP'));
    const bills = result.methodComparison.map((m) => m.residential.billChangeUSDPerMonth);
    expect(new Set(bills.map((b) => b?.toFixed(6))).size).toBeGreaterThan(1);
  });

  it('keeps every sheet value traceable to its formula and inputs', () => {
    const result = computeRateImpact(full);
    expect(result.trace['residential.billChangeUSDPerMonth']?.expr).toMatch(/rateChangeCentsPerKWh/);
    expect(result.trace['residential.billChangeUSDPerMonth']?.value).toBeCloseTo(result.residential.billChangeUSDPerMonth ?? Number.NaN, 9);
    expect(result.trace['incrementalCost.capacityNeedMW']?.dependsOn).toContain('incrementalCost.headroomMW');
  });

  it('marks the values that rest on fields the input flags as estimates', () => {
    const result = computeRateImpact({ ...full, estimates: { 'utility.headroomMW': 'not published' } });
    expect(result.trace['incrementalCost.headroomMW']).toMatchObject({ estimate: true, source: 'utility.headroomMW (estimate: not published)' });
    expect(result.trace['incrementalCost.planningReserveMarginPct']?.estimate).toBeUndefined();
    expect(result.trace['residential.revenueRequirementAfterUSD']?.source).toMatch(/rests on estimates in utility\.headroomMW/);
    expect(result.estimates).toEqual({ 'utility.headroomMW': 'not published' });
  });
});

describe('computeRateImpact: structures and sections', () => {
  it('answers a capacity-market-only question with the pass-through bill change', () => {
    const result = computeRateImpact({ capacityMarket: { priceBeforeUSDPerMWDay: 269.92, priceAfterUSDPerMWDay: 369.92, obligationMW: 134_311, residentialPeakLoadContributionKW: 1.5 } });
    expect(result.residential.billChangeUSDPerMonth).toBeCloseTo(4.5625, 9);
    expect(result.residential.rateChangeCentsPerKWh).toBeNull();
    expect(result.largeLoad).toBeNull();
  });

  it('adds the capacity-market pass-through to the wires change for a restructured utility', () => {
    const restructured: UtilityInput = {
      ...utility,
      structure: 'restructured',
      poolsPct: { generationDemand: 0, generationEnergy: 0, transmission: 40, distribution: 50, customer: 10 },
      allocation: { transmission: '1CP', distribution: 'NCP' },
      marketSupplyRateCentsPerKWh: 8,
    };
    const market = { priceBeforeUSDPerMWDay: 200, priceAfterUSDPerMWDay: 300, obligationMW: 10_000, residentialPeakLoadContributionKW: 1.5 };
    const wiresOnly = computeRateImpact({ utility: restructured, largeLoad: loadPaying(3), incrementalCost: { transmissionUpgradeUSD: 0, transmissionTreatment: 'direct-assign' } });
    const withMarket = computeRateImpact({ utility: restructured, largeLoad: loadPaying(3), incrementalCost: { transmissionUpgradeUSD: 0, transmissionTreatment: 'direct-assign' }, capacityMarket: market });
    expect(withMarket.residential.capacityMarketBillChangeUSDPerMonth).toBeCloseTo(4.5625, 9);
    expect((withMarket.residential.billChangeUSDPerMonth ?? 0) - (wiresOnly.residential.billChangeUSDPerMonth ?? 0)).toBeCloseTo(4.5625, 9);
    // Restructured: no generation cost to serve; revenue 3 × 3 M = 9 M is all contribution.
    expect(wiresOnly.largeLoad?.costToServeUSD).toBe(0);
    expect(wiresOnly.largeLoad?.contributionUSD).toBeCloseTo(9e6, 3);
    expect(wiresOnly.methodComparison[0]?.pool).toBe('transmission');
  });

  it('does not pass the capacity price to residential bills of a vertically integrated utility unless told to', () => {
    const market = { priceBeforeUSDPerMWDay: 200, priceAfterUSDPerMWDay: 300, obligationMW: 10_000, residentialPeakLoadContributionKW: 1.5 };
    const base = computeRateImpact(input(10));
    const vi = computeRateImpact({ ...input(10), capacityMarket: market });
    expect(vi.residential.billChangeUSDPerMonth).toBeCloseTo(base.residential.billChangeUSDPerMonth ?? Number.NaN, 9);
    expect(vi.capacityMarket?.residentialBillChangeUSDPerMonth).toBeCloseTo(4.5625, 9);
    const passed = computeRateImpact({ ...input(10), capacityMarket: { ...market, passThroughToResidential: true } });
    expect((passed.residential.billChangeUSDPerMonth ?? 0) - (base.residential.billChangeUSDPerMonth ?? 0)).toBeCloseTo(4.5625, 9);
  });
});

describe('computeRateImpact: year-by-year series', () => {
  it('front-loads new capital in year one and tracks the load ramp', () => {
    // WACC 8 %, life 25: year one recovers 250 M × (0.08 + 0.04) = 30 M, above the 25 M levelized.
    const result = computeRateImpact({
      ...input(10, { fixedChargeRatePct: undefined, preTaxWaccPct: 8, lifeYears: 25, taxesInsurancePct: 0 }),
      horizon: { startYear: 2027, years: 3, loadRampPct: [50, 100, 100] },
    });
    expect(result.incrementalCost?.capacityFirstYearUSD).toBeCloseTo(30e6, 2);
    const [y1, y2, y3] = result.series;
    expect(y1?.year).toBe(2027);
    // Year 1 at 50 %: 125 MW built, 125 M × 0.12 = 15 M; year 2 adds 125 MW: 125 M × (0.08 × 24/25 + 0.04) + 15 M = 29.6 M.
    expect(y1?.largeLoad?.costLines.capacityUSD).toBeCloseTo(15e6, 2);
    expect(y2?.largeLoad?.costLines.capacityUSD).toBeCloseTo(29.6e6, 2);
    // Year 3: 125 M × (0.08 × 23/25 + 0.04) + 125 M × (0.08 × 24/25 + 0.04) = 14.2 + 14.6 = 28.8 M: the cost declines.
    expect(y3?.largeLoad?.costLines.capacityUSD).toBeCloseTo(28.8e6, 2);
    expect(y3?.residential.revenueRequirementChangeUSD ?? 0).toBeLessThan(y2?.residential.revenueRequirementChangeUSD ?? 0);
  });
});

describe('computeRateImpact: bad input', () => {
  it('names the missing section a large load needs', () => {
    expect(() => computeRateImpact({ largeLoad: loadPaying(10), incrementalCost: cost })).toThrow(/^utility: required when largeLoad is given/);
    expect(() => computeRateImpact({ utility, largeLoad: loadPaying(10) })).toThrow(/^incrementalCost: required/);
    expect(() => computeRateImpact({})).toThrow(/give at least one of/);
  });

  it('names a negative quantity', () => {
    expect(() => computeRateImpact({ ...input(10), largeLoad: { ...loadPaying(10), gridEnergyMWh: -1 } })).toThrow(/^largeLoad\.gridEnergyMWh: must not be negative/);
  });

  it('refuses generation pools on a restructured utility and a coincident peak above the load peak', () => {
    expect(() => computeRateImpact({ ...input(10), utility: { ...utility, structure: 'restructured', marketSupplyRateCentsPerKWh: 8 } })).toThrow(/^utility\.poolsPct\.generationDemand: must be 0/);
    expect(() => computeRateImpact({ ...input(10), largeLoad: { ...loadPaying(10), coincidentPeakMW: 300 } })).toThrow(/^largeLoad\.coincidentPeakMW/);
  });

  it('needs a fixed charge rate or a WACC and life for a vertically integrated utility', () => {
    expect(() => computeRateImpact(input(10, { fixedChargeRatePct: undefined }))).toThrow(/^incrementalCost\.fixedChargeRatePct: required/);
  });
});
