import { describe, expect, it } from 'vitest';
import type { Flagged, SiteRateImpactCase, SiteRateImpactResponse } from '../../../src/api/schemas/site-rate-impact';
import { BILL_METRIC, caseGrid, cellText, formatCentsPerKWh, formatSignedPct, formatSignedUSDPerYear, hostInputs, RATE_IMPACT_METRICS } from '../../../src/renderer/rate-impact/rate-impact-rows';

const f = (value: number | null, estimate = false): Flagged => ({ value, estimate });

function rateCase(scenarioId: string, method: '4CP' | 'average-and-excess', bill: number | null, gridCustomer = true): SiteRateImpactCase {
  return {
    scenarioId,
    scenarioName: scenarioId.toUpperCase(),
    method,
    pools: ['transmission'],
    load: { year: 2026, contractMW: gridCustomer ? 1200 : 0, coincidentPeakMW: 1083, gridPeakMW: 1091, gridEnergyMWh: 9e6, peakHoursSource: '4CP hours of ERCO load of 2019 on the 2026 calendar' },
    household: {
      year: 2026,
      totalUSDPerMonth: bill,
      estimate: true,
      channels: {
        costOfService: { computedUSDPerMonth: bill, includedUSDPerMonth: bill, note: 'cost of service' },
        capacityMarket: { computedUSDPerMonth: null, includedUSDPerMonth: null, note: 'no capacity market' },
        energyPassThrough: { computedUSDPerMonth: null, includedUSDPerMonth: null, note: 'not modelled' },
      },
    },
    residential: {
      revenueRequirementChangeUSD: f(-12_575_384, true),
      rateChangeCentsPerKWh: f(-0.1168, true),
      rateChangePct: f(-0.807, true),
      billChangeUSDPerMonth: f(bill, true),
      averageCustomerBillChangeUSDPerMonth: f(bill, true),
      capacityMarketBillChangeUSDPerMonth: f(0),
    },
    largeLoad: gridCustomer
      ? { revenueUSD: f(70_470_675, true), costToServeUSD: f(30_249_113, true), contributionUSD: f(40_221_562, true), billedDemandMW: f(1067.7, true) }
      : { revenueUSD: f(null), costToServeUSD: f(null), contributionUSD: f(null), billedDemandMW: f(null) },
    capacityMarket: null,
    allocationShares: {},
    series: [],
    trace: {
      'residential.typicalResidentialKWhPerMonth': { value: 1096, unit: 'kWh', dependsOn: [], source: 'Texas average', estimate: false },
      'incrementalCost.lifeYears': { value: 40, unit: '', dependsOn: [], source: 'assumed', estimate: true },
      'residential.billChangeUSDPerMonth': { value: bill ?? 0, unit: 'USD', dependsOn: ['residential.rateChangeCentsPerKWh'], expr: 'rate * kWh', source: 'method' },
    },
  };
}

const response: SiteRateImpactResponse = {
  siteId: 'abilene',
  utility: { name: 'AEP Texas', structure: 'restructured', summary: '', typicalResidentialKWhPerMonth: 1096 },
  sources: {},
  estimates: {},
  scenarioIds: ['grid-only', 'hybrid', 'islanded'],
  methods: ['4CP', 'average-and-excess'],
  cases: [
    rateCase('grid-only', '4CP', -1.2797),
    rateCase('grid-only', 'average-and-excess', -1.1702),
    rateCase('hybrid', '4CP', -0.3031),
    rateCase('hybrid', 'average-and-excess', -0.6538),
    rateCase('islanded', 'average-and-excess', 0, false),
    rateCase('islanded', '4CP', 0, false),
  ],
};

describe('rate-impact rows', () => {
  it('lays the cases out as scenarios by methods, whatever order they arrive in', () => {
    const grid = caseGrid(response);
    expect(grid.map((r) => r.scenarioId)).toEqual(['grid-only', 'hybrid', 'islanded']);
    expect(grid[2]?.byMethod.map((c) => c?.method)).toEqual(['4CP', 'average-and-excess']);
    expect(grid.map((r) => r.byMethod.map((c) => (c ? cellText(BILL_METRIC, c).text : null)))).toEqual([
      ['−USD 1.28/month', '−USD 1.17/month'],
      ['−USD 0.30/month', '−USD 0.65/month'],
      ['±USD 0.00/month', '±USD 0.00/month'],
    ]);
  });

  it('carries the estimate mark of each figure and says when the load is not a grid customer', () => {
    const islanded = response.cases[4];
    const revenue = RATE_IMPACT_METRICS.find((m) => m.id === 'large-load-revenue');
    const capacity = RATE_IMPACT_METRICS.find((m) => m.id === 'capacity-cost-change');
    if (!islanded || !revenue || !capacity) throw new Error('fixture');
    expect(cellText(BILL_METRIC, islanded)).toEqual({ text: '±USD 0.00/month', estimate: true });
    expect(cellText(revenue, islanded)).toEqual({ text: 'not a grid customer', estimate: false });
    expect(cellText(capacity, islanded)).toEqual({ text: 'no capacity market', estimate: false });
  });

  it('formats signed rate and revenue changes with their units', () => {
    expect(formatCentsPerKWh(-0.11676)).toBe('−0.117 ¢/kWh');
    expect(formatSignedPct(0.5)).toBe('+0.500 %');
    expect(formatSignedUSDPerYear(-12_575_384)).toBe('−USD 12.6 M/yr');
  });

  it('lists as inputs the trace entries with no formula and no dependencies, sorted by name', () => {
    const inputs = hostInputs(response.cases[0] as SiteRateImpactCase);
    expect(inputs.map((i) => [i.key, i.estimate])).toEqual([
      ['incrementalCost.lifeYears', true],
      ['residential.typicalResidentialKWhPerMonth', false],
    ]);
  });
});
