import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { optimizeSizing } from '../../../src/power-model/optimize/optimize-sizing';
import type { SizingInput, SizingThermalTechnology } from '../../../src/power-model/optimize/types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// Discount rate 0, 20 years: CRF 0.05; 1000 USD/kW → 50,000 USD/MW-yr; energy 20 USD/MWh; 10 MW units.
const unit: SizingThermalTechnology = {
  technologyId: 'recip',
  capexUSDPerKW: 1000,
  fixedOMUSDPerKWYear: 0,
  variableOMUSDPerMWh: 20,
  heatRateBtuPerKWh: 0,
  fuelPriceUSDPerMMBtu: 0,
  co2KgPerMMBtu: 0,
  unitMW: 10,
  lifetimeYears: 20,
};

describe('two-stage sizing (representative days, then the full year dispatched)', () => {
  it('matches the hand-worked cost when every day is alike', () => {
    // Flat 95 MW, N+1: 95 + 10 = 105 MW → 11 whole units = 110 MW × 50,000 = 5,500,000 USD/yr (whole units are
    // costed in stage 2) + 95 × 8760 × 20 = 16,644,000 USD/yr of energy.
    const input: SizingInput = {
      facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(95),
      discountRate: 0,
      thermal: [unit],
      reserveUnits: 1,
      timeResolution: { kind: 'twoStage', days: 2 },
    };
    const result = optimizeSizing(highs, input);
    expect(result.status).toBe('optimal');
    expect(result.mix?.thermal[0]?.units).toBe(11);
    expect(result.mix?.thermal[0]?.lpCapacityMW).toBeCloseTo(105, 4);
    expect(result.objectiveUSDPerYear).toBeCloseTo(5_500_000 + 16_644_000, -1);
    expect(result.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
    expect(result.notes.join(' ')).toMatch(/Two stages/);
  });

  it('serves in the full year a near-peak hour that the representative days fold away', () => {
    // 100 MW flat, except 160 MW and 159 MW hours on two different days: the peak day is kept, the other is
    // folded into the flat days. The reserve row uses the year's peak (160 + 10 = 170 MW → 17 units), so the
    // full-year dispatch serves the 159 MW hour without additions.
    const load = new Float64Array(HOURS_PER_YEAR).fill(100);
    load[100 * 24 + 18] = 160;
    load[200 * 24 + 18] = 159;
    const result = optimizeSizing(highs, { facilityLoadMW: load, discountRate: 0, thermal: [unit], reserveUnits: 1, timeResolution: { kind: 'twoStage', days: 2 } });
    expect(result.mix?.thermal[0]?.units).toBe(17);
    expect(result.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
    expect(result.notes.join(' ')).not.toMatch(/added/);
  });
});
