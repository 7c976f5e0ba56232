import { describe, expect, it } from 'vitest';
import { evaluateCapacityMarket, largeLoadObligation } from '../../../src/power-model/rate-impact/capacity-market';

const none = largeLoadObligation({ priceBeforeUSDPerMWDay: 1, obligationMW: 1, residentialPeakLoadContributionKW: 1 }, null, null);

describe('evaluateCapacityMarket', () => {
  it('turns a 100 USD/MW-day price rise and a 1.5 kW peak-load contribution into 4.5625 USD/month', () => {
    // Issue 5: 100 × 365/12 / 1000 × 1.5 = 4.5625 USD per customer-month.
    const { result } = evaluateCapacityMarket({ priceBeforeUSDPerMWDay: 200, priceAfterUSDPerMWDay: 300, obligationMW: 1000, residentialPeakLoadContributionKW: 1.5 }, none);
    expect(result.residentialBillChangeUSDPerMonth).toBeCloseTo(4.5625, 10);
  });

  it('prices the market-wide cost of the added demand as P*Q* − P′Q′', () => {
    // Before: 200 × 1000 MW × 365 = 73.0 M USD; after: 300 × (1000 + 100) × 365 = 120.45 M USD.
    const { result } = evaluateCapacityMarket({ priceBeforeUSDPerMWDay: 200, priceAfterUSDPerMWDay: 300, obligationMW: 1000, residentialPeakLoadContributionKW: 1.5 }, { obligationMW: 100, origin: { path: 'capacityMarket.largeLoadObligationMW' } });
    expect(result.costBeforeUSD).toBeCloseTo(73_000_000, 3);
    expect(result.costUSD).toBeCloseTo(120_450_000, 3);
    expect(result.costChangeUSD).toBeCloseTo(47_450_000, 3);
    // The load's own obligation: 300 × 100 × 365 = 10.95 M; the price effect on the rest: 100 × 1000 × 365 = 36.5 M.
    expect(result.largeLoadObligationCostUSD).toBeCloseTo(10_950_000, 3);
    expect(result.priceEffectOnOthersUSD).toBeCloseTo(36_500_000, 3);
  });

  it('reports no change when only the price without the load is given', () => {
    const { result } = evaluateCapacityMarket({ priceBeforeUSDPerMWDay: 217, obligationMW: 1000, residentialPeakLoadContributionKW: 1.5, deliveryDays: 122 }, none);
    // 217 × 1000 × 122 days = 26.474 M USD.
    expect(result.costUSD).toBeCloseTo(26_474_000, 3);
    expect(result.costChangeUSD).toBeNull();
    expect(result.residentialBillChangeUSDPerMonth).toBeNull();
  });

  it("defaults the load's obligation to its coincident peak plus reserve margin, marked as an estimate", () => {
    // 500 MW × 1.178 = 589 MW (PJM IRM 17.8 %, rate-impact-method.md §5.1).
    const defaulted = largeLoadObligation({ priceBeforeUSDPerMWDay: 1, obligationMW: 1, residentialPeakLoadContributionKW: 1 }, 500, 17.8);
    expect(defaulted.obligationMW).toBeCloseTo(589, 9);
    const { sheet } = evaluateCapacityMarket({ priceBeforeUSDPerMWDay: 1, obligationMW: 1, residentialPeakLoadContributionKW: 1 }, defaulted);
    expect(sheet.trace.largeLoadObligationMW?.estimate).toBe(true);
    expect(largeLoadObligation({ priceBeforeUSDPerMWDay: 1, obligationMW: 1, residentialPeakLoadContributionKW: 1, largeLoadObligationMW: 42 }, 500, 17.8).obligationMW).toBe(42);
  });

  it('marks as estimates the inputs the user flagged, by field or by section', () => {
    const market = { priceBeforeUSDPerMWDay: 200, priceAfterUSDPerMWDay: 300, obligationMW: 1000, residentialPeakLoadContributionKW: 1.5 };
    const { sheet } = evaluateCapacityMarket(market, none, { 'capacityMarket.residentialPeakLoadContributionKW': 'mid-range of 1.3–2.1 kW' });
    expect(sheet.trace.residentialPeakLoadContributionKW?.estimate).toBe(true);
    expect(sheet.trace.residentialPeakLoadContributionKW?.source).toMatch(/estimate: mid-range/);
    expect(sheet.trace.priceAfterUSDPerMWDay?.estimate).toBeUndefined();
    const bySection = evaluateCapacityMarket(market, none, { capacityMarket: 'illustrative' }).sheet;
    expect(bySection.trace.obligationMW?.estimate).toBe(true);
  });
});
