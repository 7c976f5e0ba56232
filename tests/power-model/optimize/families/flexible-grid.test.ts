import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { curtailedYearHours, energizeCreditPerMW, flexibleOffer, monthsEarlier } from '../../../../src/power-model/optimize/families/flexible-grid';
import type { SizingFlexibleGrid, SizingInput } from '../../../../src/power-model/optimize/types';

const servableMW = new Float64Array(HOURS_PER_YEAR).fill(500);
// Room under the servable level: 10 MW in hour 0, 30 MW in hour 1, 200 MW elsewhere.
const hostLoadMW = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h === 0 ? 490 : h === 1 ? 470 : 300));
const flexible: SizingFlexibleGrid = {
  maxMW: 100,
  curtailment: { kind: 'systemLoad', hostLoadMW, servableMW },
  workloadCurtailmentUSDPerMWh: 1300,
  firmQueueMonths: 48,
  flexibleQueueMonths: 24,
  energizeValueUSDPerMWMonth: 10_000,
};

const count = (mask: Uint8Array): number => mask.reduce((sum, v) => sum + v, 0);

describe('flexible-grid family', () => {
  it('cuts an hour when host load plus the flexible MW passes the servable level, strictly', () => {
    expect(count(curtailedYearHours(flexible, 0))).toBe(0);
    expect(Array.from(curtailedYearHours(flexible, 10).slice(0, 3))).toEqual([0, 0, 0]); // 490 + 10 = 500, not past it
    expect(Array.from(curtailedYearHours(flexible, 10.5).slice(0, 3))).toEqual([1, 0, 0]);
    expect(count(curtailedYearHours(flexible, 31))).toBe(2);
    expect(count(curtailedYearHours(flexible, 201))).toBe(HOURS_PER_YEAR);
  });

  it('cuts the listed hours whatever the flexible MW, and none without flexible MW', () => {
    const listed = { ...flexible, curtailment: { kind: 'listed' as const, hours: [5, 7, 7] } };
    expect(count(curtailedYearHours(listed, 1))).toBe(2);
    expect(count(curtailedYearHours(listed, 0))).toBe(0);
  });

  it('credits value × months earlier annualized by the capital recovery factor', () => {
    // 10,000 USD/MW-month × 24 months = 240,000 USD/MW once; at 0% over 20 years CRF = 0.05 → 12,000 USD/yr.
    expect(monthsEarlier(flexible)).toBe(24);
    expect(energizeCreditPerMW(flexible, 0)).toBeCloseTo(12_000, 9);
    // At 7% over 20 years CRF = 0.07 × 1.07^20 / (1.07^20 − 1) = 0.0943929 → 22,654.3 USD/yr.
    expect(energizeCreditPerMW(flexible, 0.07)).toBeCloseTo(22_654.3, 1);
    // A flexible queue longer than the firm one earns nothing.
    expect(energizeCreditPerMW({ ...flexible, flexibleQueueMonths: 60 }, 0.07)).toBe(0);
  });

  it('offers nothing for a zero flexible offer, and a flexible-only connection on a firm offer of 0', () => {
    const input = (importLimitMW: number, maxMW: number): SizingInput =>
      ({ grid: { importLimitMW, energyPriceUSDPerMWh: 0, capacityChargeUSDPerMWYear: 0, co2KgPerMWh: 0, flexible: { ...flexible, maxMW } } }) as unknown as SizingInput;
    expect(flexibleOffer(input(100, 0))).toBeNull();
    // Firm 0 MW is an offer of flexible service alone, not "no offer" (issue 16).
    expect(flexibleOffer(input(0, 50))?.maxMW).toBe(50);
    expect(flexibleOffer(input(100, 50))?.maxMW).toBe(50);
  });
});
