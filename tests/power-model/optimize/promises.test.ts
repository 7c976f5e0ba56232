import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { checkPromises } from '../../../src/power-model/optimize/promises';
import type { SizedMix, SizingInput } from '../../../src/power-model/optimize/types';

const input = (caps: SizingInput['caps']): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  discountRate: 0.07,
  thermal: [],
  solar: { capexUSDPerKWac: 1000, fixedOMUSDPerKWacYear: 20, lifetimeYears: 30, acresPerMWac: 7.9, outputMWPerMWac: new Float64Array(HOURS_PER_YEAR) },
  caps,
  timeResolution: { kind: 'fullYear' },
});
const mix: SizedMix = { gridImportMW: 50, thermal: [{ technologyId: 'x', units: 2, unitMW: 10, capacityMW: 20, lpCapacityMW: 15 }], solarMWac: 100, batteryMW: 0, batteryMWh: 0 };
const figures = { co2Tonnes: 1_050_000, unservedEnergyMWh: 0, gridPeakMW: 50, availability: 0.938, availabilityTarget: 0.99982 };

describe('checkPromises', () => {
  it('reports a CO2 cap the dispatch breaks as not met, by the excess', () => {
    const checks = checkPromises(input({ co2TonnesPerYear: 0 }), mix, figures, { grid: true, behindTheMeter: true });
    const co2 = checks.find((c) => c.promise === 'co2TonnesPerYear');
    expect(co2).toMatchObject({ met: false, limit: 0, actual: 1_050_000, excess: 1_050_000 });
    expect(co2?.message).toMatch(/over the limit of 0\.000 t CO2\/yr by 1,050,000/);
  });

  it('reports an availability short of its target with the missing fraction and hours', () => {
    // 0.99982 − 0.938 = 0.06182 of the year = 541.5 h.
    const checks = checkPromises(input({}), mix, figures, { grid: true, behindTheMeter: true });
    const availability = checks.find((c) => c.promise === 'availability');
    expect(availability?.met).toBe(false);
    expect(availability?.excess).toBeCloseTo(0.06182, 12);
    expect(availability?.message).toMatch(/by 541\.5 h\/yr/);
  });

  it('holds land from the solar built (100 MWac × 7.9 acres = 790 acres) against its cap', () => {
    expect(checkPromises(input({ landAcres: 790 }), mix, figures, { grid: true, behindTheMeter: true }).find((c) => c.promise === 'landAcres')?.met).toBe(true);
    expect(checkPromises(input({ landAcres: 700 }), mix, figures, { grid: true, behindTheMeter: true }).find((c) => c.promise === 'landAcres')?.excess).toBeCloseTo(90, 9);
  });

  it('finds a grid in a scenario without grid, and plant behind the meter in a grid-only one', () => {
    const checks = checkPromises(input({}), mix, figures, { grid: false, behindTheMeter: false });
    expect(checks.find((c) => c.promise === 'noGrid')).toMatchObject({ met: false, excess: 50 });
    // 20 MW thermal + 100 MWac solar + 0 MW battery.
    expect(checks.find((c) => c.promise === 'nothingBehindTheMeter')).toMatchObject({ met: false, excess: 120 });
  });

  it('never calls a bill cap met when there was no bill relation to hold it', () => {
    const bill = checkPromises(input({ residentialBillUSDPerMonth: 1 }), mix, figures, { grid: true, behindTheMeter: true }).find((c) => c.promise === 'residentialBillUSDPerMonth');
    expect(bill?.met).toBeNull();
  });
});
