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

// Toy technology worked by hand: discount rate 0 and 20 years → CRF 1/20 = 0.05, so capacity costs
// 1000 USD/kW × 0.05 + 10 USD/kW-yr = 60 USD/kW-yr = 60,000 USD/MW-yr; energy costs
// 2 USD/MWh + 8 MMBtu/MWh × 3 USD/MMBtu = 26 USD/MWh; CO2 8 MMBtu/MWh × 53.06 kg = 0.42448 t/MWh.
const gas: SizingThermalTechnology = {
  technologyId: 'gas',
  capexUSDPerKW: 1000,
  fixedOMUSDPerKWYear: 10,
  variableOMUSDPerMWh: 2,
  heatRateBtuPerKWh: 8000,
  fuelPriceUSDPerMMBtu: 3,
  co2KgPerMMBtu: 53.06,
  unitMW: 50,
  lifetimeYears: 20,
};

const toy = (overrides: Partial<SizingInput> = {}): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  discountRate: 0,
  grid: { importLimitMW: 1000, energyPriceUSDPerMWh: 50, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 0 },
  thermal: [gas],
  reserveUnits: 1,
  timeResolution: { kind: 'fullYear' },
  ...overrides,
});

describe('optimizeSizing', () => {
  it('finds the hand-worked optimum of a toy site: all gas, N+1 by one more gas unit', () => {
    // Serving 1 MW all year costs 60,000 + 26 × 8760 = 287,760 USD by gas and 100,000 + 50 × 8760 = 538,000 by
    // grid, so gas serves the 100 MW. N+1: grid + gas ≥ 100 + 1 × 50 = 150 MW, and spare gas MW (60,000) is cheaper
    // than spare grid MW (100,000): gas 150 MW, grid 0. Cost = 150 × 60,000 + 876,000 MWh × 26 = 31,776,000 USD/yr.
    const result = optimizeSizing(highs, toy());
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(31_776_000, -1);
    expect(result.mix?.gridImportMW).toBeCloseTo(0, 4);
    const [sized] = result.mix?.thermal ?? [];
    expect(sized?.lpCapacityMW).toBeCloseTo(150, 4);
    expect([sized?.technologyId, sized?.units, sized?.unitMW, sized?.capacityMW]).toEqual(['gas', 3, 50, 150]);
    expect(result.annual?.thermalEnergyMWh).toBeCloseTo(876_000, 0);
    expect(result.notes.join(' ')).toMatch(/rounded up to whole units/);
    const costs = result.costBreakdownUSDPerYear;
    const sum = costs === null ? NaN : Object.values(costs).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(result.objectiveUSDPerYear ?? NaN, -1);
  });

  it('moves half the energy to the grid when the CO2 cap allows half the gas', () => {
    // Cap = 0.42448 t/MWh × 438,000 MWh = 185,922.24 t: gas may make 438,000 MWh (50 MW average), the grid
    // brings the other 50 MW flat (G = 50, the least grid capacity for that energy), and N+1 needs
    // gas ≥ 150 − 50 = 100 MW. Cost = 50 × 100,000 + 438,000 × 50 + 100 × 60,000 + 438,000 × 26 = 44,288,000.
    // Every day is alike, so three representative days give the full-year answer (and solve fast: the flat
    // full-year version of this LP is highly degenerate).
    const result = optimizeSizing(
      highs,
      toy({ caps: { co2TonnesPerYear: 185_922.24 }, timeResolution: { kind: 'representativeDays', days: 3 } }),
    );
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(44_288_000, -1);
    expect(result.mix?.gridImportMW).toBeCloseTo(50, 3);
    expect(result.mix?.thermal[0]?.units).toBe(2);
    expect(result.annual?.co2Tonnes).toBeCloseTo(185_922.24, 0);
  });

  it('gives the same optimum on representative days when every day is alike, with weights adding to 365', () => {
    const result = optimizeSizing(highs, toy({ timeResolution: { kind: 'representativeDays', days: 4 } }));
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(31_776_000, -1);
    const days = result.lp.representativeDays ?? [];
    expect(days.reduce((sum, d) => sum + d.weightDays, 0)).toBe(365);
    expect(result.lp.modelledHours).toBe(24 * days.length);
  });

  it('reports a CO2 cap that cannot be met as infeasible, naming it and the excess', () => {
    // No grid, gas only: 876,000 MWh × 0.42448 t/MWh = 371,844.48 t/yr at least, 370,844.48 over a 1,000 t cap.
    const result = optimizeSizing(highs, toy({ grid: undefined, caps: { co2TonnesPerYear: 1000 } }));
    expect(result.status).toBe('infeasible');
    expect(result.mix).toBeNull();
    expect(result.infeasibilities).toHaveLength(1);
    const [co2] = result.infeasibilities;
    expect(co2?.constraint).toBe('co2TonnesPerYear');
    expect(co2?.needed).toBeCloseTo(371_844.48, 0);
    expect(co2?.shortfall).toBeCloseTo(370_844.48, 0);
    expect(co2?.message).toMatch(/CO2 cap of 1,000 t\/yr cannot be met.*371,844 t\/yr, 370,844 t\/yr over/);
  });

  it('reports a grid cap below the load as infeasible when nothing else can serve it', () => {
    // Grid only (no thermal offered), load 100 MW, cap 80 MW: the cap is 20 MW short. Relaxing it by 20/80 = 25%
    // is the smallest relative relaxation (the alternative leaves 175,200 MWh/yr unserved against a zero allowance).
    const result = optimizeSizing(highs, toy({ thermal: [], caps: { gridMW: 80 }, timeResolution: { kind: 'representativeDays', days: 2 } }));
    expect(result.status).toBe('infeasible');
    expect(result.infeasibilities.map((i) => [i.constraint, Math.round(i.needed), Math.round(i.shortfall)])).toEqual([['gridMW', 100, 20]]);
  });

  it('refuses bad input with the field named', () => {
    expect(() => optimizeSizing(highs, toy({ discountRate: -0.1 }))).toThrow(/discountRate must be a finite number ≥ 0/);
    expect(() =>
      optimizeSizing(highs, toy({ grid: { importLimitMW: 10, energyPriceUSDPerMWh: -5, capacityChargeUSDPerMWYear: 0, co2KgPerMWh: 0 } })),
    ).toThrow(/grid\.energyPriceUSDPerMWh must be a finite number ≥ 0/);
    expect(() => optimizeSizing(highs, toy({ thermal: [{ ...gas, unitMW: 0 }] }))).toThrow(/thermal\[0\]\.unitMW must be a finite number > 0/);
    expect(() => optimizeSizing(highs, toy({ caps: { residentialBillUSDPerMonth: 2 } }))).toThrow(/needs residentialBill/);
  });
});
