import { describe, expect, it } from 'vitest';
import { computeRateImpact, householdBill } from '../../../src/power-model/rate-impact/index';
import type { RateImpactInput } from '../../../src/power-model/rate-impact/types';
import { handWorkedCost, handWorkedUtility } from './hand-worked-utility';

const load = { contractMW: 250, coincidentPeakMW: 250, gridPeakMW: 250, gridEnergyMWh: 2_000_000, tariff: { energyUSDPerMWh: 0, demandUSDPerKWMonth: 10, minimumDemandPct: 0 } };
// A market where the load's 250 MW obligation raises the price 100 → 110 USD/MW-day.
const market = { priceBeforeUSDPerMWDay: 100, priceAfterUSDPerMWDay: 110, obligationMW: 10_000, largeLoadObligationMW: 250 };

describe('householdBill: one figure with every channel the model computes', () => {
  it('adds the capacity-market price effect to the cost-of-service change when the market passes through', () => {
    // Cost of service (hand-worked-utility, demand charge 10 USD/kW-month): −0.60 USD/month (rate-impact.test.ts).
    // Capacity: (110 − 100) × 365 / 12 × 1.5 kW = 0.45625 USD/month, passed through. Total −0.14375.
    const input: RateImpactInput = { utility: handWorkedUtility, largeLoad: load, incrementalCost: handWorkedCost, capacityMarket: { ...market, residentialPeakLoadContributionKW: 1.5, passThroughToResidential: true } };
    const bill = householdBill(computeRateImpact(input), input, 2028, false);
    expect(bill.year).toBe(2028);
    expect(bill.channels.costOfService.includedUSDPerMonth).toBeCloseTo(-0.6, 9);
    expect(bill.channels.capacityMarket.includedUSDPerMonth).toBeCloseTo(0.45625, 9);
    expect(bill.totalUSDPerMonth).toBeCloseTo(-0.14375, 9);
  });

  it('shows a capacity effect the utility does not pass through, but leaves it out of the total', () => {
    const input: RateImpactInput = { utility: handWorkedUtility, largeLoad: load, incrementalCost: handWorkedCost, capacityMarket: { ...market, residentialPeakLoadContributionKW: 1.5, passThroughToResidential: false } };
    const result = computeRateImpact(input);
    const bill = householdBill(result, input, 2028, false);
    expect(bill.channels.capacityMarket).toMatchObject({ includedUSDPerMonth: 0 });
    expect(bill.channels.capacityMarket.computedUSDPerMonth).toBeCloseTo(0.45625, 9);
    // Vertically integrated: −0.60 USD/month from cost of service alone (rate-impact.test.ts), energy inside it.
    expect(bill.totalUSDPerMonth).toBeCloseTo(-0.6, 9);
    expect(bill.channels.energyPassThrough.includedUSDPerMonth).toBe(0);
  });

  it('gives the market cost and leaves the bill line out when the input has no residential peak-load contribution', () => {
    const input: RateImpactInput = { capacityMarket: market };
    const result = computeRateImpact(input);
    // Cost with the load: 110 × (10,000 + 250) × 365 = 411,537,500 USD/yr; change = that − 100 × 10,000 × 365.
    expect(result.capacityMarket?.costUSD).toBeCloseTo(411_537_500, 3);
    expect(result.capacityMarket?.costChangeUSD).toBeCloseTo(411_537_500 - 365_000_000, 3);
    expect(result.capacityMarket?.residentialBillChangeUSDPerMonth).toBeNull();
    const bill = householdBill(result, input, 2028, false);
    expect(bill.totalUSDPerMonth).toBeNull();
    expect(bill.channels.capacityMarket.note).toMatch(/no residential peak-load contribution/);
  });
});
