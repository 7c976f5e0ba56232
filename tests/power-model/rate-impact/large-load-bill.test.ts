import { describe, expect, it } from 'vitest';
import { largeLoadBill } from '../../../src/power-model/rate-impact/large-load-bill';
import type { LargeLoadInput } from '../../../src/power-model/rate-impact/types';

const load: LargeLoadInput = {
  contractMW: 1000,
  coincidentPeakMW: 600,
  gridPeakMW: 700,
  gridEnergyMWh: 5_000_000,
  tariff: { energyUSDPerMWh: 40, demandUSDPerKWMonth: 10, minimumDemandPct: 85 },
};

describe('largeLoadBill', () => {
  it('bills the minimum demand when the actual peak is below the contract share', () => {
    // max(700, 0.85 × 1000) = 850 MW; demand 850 × 1000 kW × 10 USD × 12 = 102 M USD; energy 5 TWh × 40 = 200 M USD.
    const bill = largeLoadBill(load);
    expect(bill.billedDemandMW).toBeCloseTo(850, 9);
    expect(bill.demandUSD).toBeCloseTo(102_000_000, 3);
    expect(bill.energyUSD).toBeCloseTo(200_000_000, 3);
  });

  it('bills the actual peak when it exceeds the contract share', () => {
    // max(950, 850) = 950 MW.
    expect(largeLoadBill({ ...load, gridPeakMW: 950 }).billedDemandMW).toBeCloseTo(950, 9);
  });

  it('applies the minimum month by month when monthly peaks are given', () => {
    // Six months at 900 MW and six at 500 MW (→ 850): mean billed (6 × 900 + 6 × 850) / 12 = 875 MW.
    const monthlyPeakMW = [900, 900, 900, 900, 900, 900, 500, 500, 500, 500, 500, 500];
    const bill = largeLoadBill({ ...load, monthlyPeakMW });
    expect(bill.billedDemandMW).toBeCloseTo(875, 9);
    expect(bill.demandUSD).toBeCloseTo(875 * 12 * 1000 * 10, 3);
  });
});
