import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { arbitrageBoundUSDPerYearPerMW, priceBattery } from '../../../src/power-model/optimize/battery-pricing';
import { optimizeSizing } from '../../../src/power-model/optimize/optimize-sizing';
import { buildSizingModel } from '../../../src/power-model/optimize/sizing-model';
import type { SizingBattery, SizingInput } from '../../../src/power-model/optimize/types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// Discount rate 0, 10 years → CRF 0.1. Power: 0 USD/kW capex + 1 USD/kW-yr O&M = 1,000 USD/yr per MW;
// energy: 1 USD/kWh × 0.1 = 100 USD/yr per MWh. Round trip 0.81 → √η = 0.9 each way.
const battery: SizingBattery = {
  powerCapexUSDPerKW: 0,
  energyCapexUSDPerKWh: 1,
  fixedOMUSDPerKWYear: 1,
  lifetimeYears: 10,
  roundTripEfficiency: 0.81,
  socMinPct: 0,
};

const gridOnly = (overrides: Partial<SizingInput> = {}): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  discountRate: 0,
  grid: { importLimitMW: 1000, energyPriceUSDPerMWh: 50, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 0 },
  thermal: [],
  reserveUnits: 0,
  timeResolution: { kind: 'fullYear' },
  ...overrides,
});

describe('priceBattery', () => {
  const layout = () => buildSizingModel(gridOnly(), false);

  it('finds that no battery pays when every hour has the same energy value', () => {
    // Equal prices: each MWh cycled loses 19% and the battery costs > 0, so the least net cost is
    // the empty battery's, 0.
    const flat = new Float64Array(HOURS_PER_YEAR).fill(50);
    const pricing = priceBattery(highs, layout(), battery, 0, flat, 60);
    expect(pricing.netCostUSDPerYearPerMW).toBeCloseTo(0, 6);
  });

  it('finds the hand-worked value of a 1 MW battery buying at 0 and selling at 1000 USD/MWh', () => {
    // Hours 0–11 of each day worth 0, hours 12–23 worth 1000 USD/MWh. 1 MW charges 12 MWh a day,
    // stores 0.9 × 12 = 10.8 MWh (E = 10.8 MWh, 1,080 USD/yr), and returns 0.9 × 10.8 = 9.72 MWh
    // over 12 hours (≤ 1 MW each): 9,720 USD a day, 3,547,800 USD/yr. Net: 1,000 + 1,080 −
    // 3,547,800 = −3,545,720 USD/yr per MW. (A smaller E cannot help: the energy per MW is capped
    // by the 12 charging hours, and the MWh costs 100 USD/yr against 900 USD/yr of value.)
    const stepped = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h % 24 < 12 ? 0 : 1000));
    const pricing = priceBattery(highs, layout(), battery, 0, stepped, 60);
    expect(pricing.netCostUSDPerYearPerMW).toBeCloseTo(-3_545_720, 0);
  });
});

describe('arbitrageBoundUSDPerYearPerMW', () => {
  it('charges in the cheapest hours and discharges in the dearest, worked by hand', () => {
    // Values 10, 10, 100, 100 USD/MWh, round trip 0.81, 1 MW: charging hours 0 and 1 fully (2 MWh,
    // 20 USD) returns 1.62 MWh, all sold at 100 (room 2 MWh): 162 − 20 = 142 USD.
    expect(arbitrageBoundUSDPerYearPerMW(Float64Array.from([100, 10, 100, 10]), 0.81)).toBeCloseTo(142, 9);
  });

  it('finds nothing to earn when no spread beats the round-trip loss', () => {
    // 0.81 × 110 = 89.1 < 100: every cycle loses.
    expect(arbitrageBoundUSDPerYearPerMW(Float64Array.from([100, 110, 105, 100]), 0.81)).toBe(0);
  });
});

describe('optimizeSizing on the full year with a battery on offer', () => {
  it('skips the battery LP when flat prices leave nothing to shift, with the no-battery optimum', () => {
    // Grid only, N+0: G = 100 MW at 100,000 USD/MW-yr plus 876,000 MWh × 50 USD/MWh =
    // 10,000,000 + 43,800,000 = 53,800,000 USD/yr; the battery could only lose energy.
    const result = optimizeSizing(highs, gridOnly({ battery }));
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(53_800_000, -1);
    expect(result.mix?.batteryMW).toBe(0);
    expect(result.notes.join(' ')).toMatch(/priced at each class's hourly energy duals/);
  });

  it('sizes the battery when cheap and dear hours make one pay, at the hand-worked optimum', () => {
    // Price 10 USD/MWh in hours 0–11, 200 in 12–23, 100 MW flat. Each day the battery charges c MW
    // for 12 h and returns 0.81 × 12c MWh over the 12 dear hours; serving all of them from storage
    // takes 0.81 × 12c = 1,200 MWh, c = 123.457 MW = B, E = 0.9 × 12c = 1,333.33 MWh. Grid G = 100 +
    // 123.457 = 223.457 MW (charging on top of the load). Cost per year: 223.457 × 100,000 + B ×
    // 1,000 + E × 100 + 365 × 12 × 223.457 × 10 = 22,345,679 + 123,457 + 133,333 + 9,787,407 =
    // 32,389,877 USD. (HiGHS's whole LP of this input gives the same: 32,389,876.5 USD/yr.)
    const price = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h % 24 < 12 ? 10 : 200));
    const result = optimizeSizing(highs, gridOnly({ battery, grid: { importLimitMW: 1000, energyPriceUSDPerMWh: price, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 0 } }));
    expect(result.status).toBe('optimal');
    expect(result.mix?.batteryMW ?? 0).toBeCloseTo(123.457, 2);
    expect(result.mix?.batteryMWh ?? 0).toBeCloseTo(1333.33, 1);
    // Within the decomposition's stated gap (1e-5) of the hand-worked cost.
    expect(Math.abs((result.objectiveUSDPerYear ?? 0) - 32_389_877) / 32_389_877).toBeLessThan(1e-5);
    expect(result.notes.join(' ')).toMatch(/sized by the storage decomposition/);
    expect(result.notes.join(' ')).not.toMatch(/no battery size pays/);
  });
});

describe('optimizeSizing on the full year when only a battery can meet the CO2 cap', () => {
  // 100 MW flat; solar gives 1 MW/MWac in hours 6–17 and nothing at night; the grid emits 0.5 t/MWh.
  // Without a battery the night (12 h × 100 MW × 365 d = 438,000 MWh) must come from the grid:
  // at least 219,000 t/yr. A 100,000 t cap is out of reach without storage and within reach with it.
  const daylight = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h % 24 >= 6 && h % 24 < 18 ? 1 : 0));
  const site = (maxMWac?: number): SizingInput =>
    gridOnly({
      grid: { importLimitMW: 1000, energyPriceUSDPerMWh: 50, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 500 },
      solar: { capexUSDPerKWac: 1000, fixedOMUSDPerKWacYear: 10, lifetimeYears: 30, acresPerMWac: 5, outputMWPerMWac: daylight, ...(maxMWac === undefined ? {} : { maxMWac }) },
      battery,
      caps: { co2TonnesPerYear: 100_000 },
    });

  it('does not call the cap infeasible because the no-battery decomposition found it so', () => {
    const result = optimizeSizing(highs, site());
    expect(result.status).toBe('optimal');
    expect(result.annual?.co2Tonnes ?? Infinity).toBeLessThanOrEqual(100_000 * (1 + 1e-6));
    expect(result.mix?.batteryMWh ?? 0).toBeGreaterThan(1);
    expect(result.notes.join(' ')).toMatch(/sized by the storage decomposition/);
  });

  it('reports the cap infeasible, named, when even the battery cannot reach it', () => {
    // 150 MWac of solar makes 150 × 12 × 365 = 657,000 MWh/yr; the day load takes 438,000 of it, so
    // at most 219,000 MWh reach the night, and the battery returns 0.81 of that, 177,390 MWh: the
    // night still draws ≥ 438,000 − 177,390 = 260,610 MWh from the grid, 130,305 t > 100,000 t.
    const result = optimizeSizing(highs, site(150));
    expect(result.status).toBe('infeasible');
    expect(result.infeasibilities.map((i) => i.constraint)).toContain('co2TonnesPerYear');
  });
});
