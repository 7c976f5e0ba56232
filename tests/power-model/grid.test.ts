import { describe, expect, it } from 'vitest';
import { gridBillQuantities } from '../../src/power-model/grid/bill';
import { hourlyPriceUSDPerMWh, importLimitMW, type GridSpec } from '../../src/power-model/grid/supply';
import { HOURS_PER_YEAR } from '../../src/power-model/hours';
import { testSite } from './simulate-fixture';

const grid: GridSpec = testSite().grid;

describe('grid', () => {
  it('takes the import limit of the latest POI step at or before the year', () => {
    expect(importLimitMW(grid, 2025)).toBe(0);
    expect(importLimitMW(grid, 2026)).toBe(500);
    expect(importLimitMW(grid, 2030)).toBe(1300);
  });

  it('gives no import before a late connection year or when import is not allowed', () => {
    expect(importLimitMW({ ...grid, connectionYear: 2029 }, 2028)).toBe(0);
    expect(importLimitMW({ ...grid, connectionYear: 2029 }, 2029)).toBe(1300);
    expect(importLimitMW({ ...grid, importAllowed: false }, 2030)).toBe(0);
  });

  it('prices on-peak hours of a time-of-use tariff at the on-peak price', () => {
    const prices = hourlyPriceUSDPerMWh({ kind: 'time-of-use', offPeakUSDPerMWh: 40, onPeakUSDPerMWh: 100, onPeakStartHour: 14, onPeakEndHour: 20 });
    expect(prices[14]).toBe(100);
    expect(prices[19]).toBe(100);
    expect(prices[20]).toBe(40);
    // 6 on-peak hours a day: mean = (6 × 100 + 18 × 40) / 24 = 55 USD/MWh.
    expect(prices.reduce((a, b) => a + b, 0) / HOURS_PER_YEAR).toBeCloseTo(55, 9);
  });

  it('bills the minimum demand when the monthly peak is below it', () => {
    // 300 MW flat at 50 USD/MWh: 2,628,000 MWh, 131.4 MUSD; contract 1,000 MW at 80% → billed 800 MW each month.
    const importMW = new Float64Array(HOURS_PER_YEAR).fill(300);
    const bill = gridBillQuantities(importMW, new Float64Array(HOURS_PER_YEAR).fill(50), [4000, 5000], 1000, 0.8);
    expect(bill.energyMWh).toBeCloseTo(2_628_000, 6);
    expect(bill.energyCostUSD).toBeCloseTo(131_400_000, 3);
    expect(bill.billedDemandAvgMW).toBeCloseTo(800, 9);
    expect(bill.coincidentPeakMW).toBeCloseTo(300, 9);
  });
});
