import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { optimizeSizing } from '../../../src/power-model/optimize/optimize-sizing';
import { reserveClasses, reserveRequirementMW } from '../../../src/power-model/optimize/reserve-margin';
import type { SizingInput, SizingThermalTechnology } from '../../../src/power-model/optimize/types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// Two toy technologies worked by hand, discount rate 0 and 20 years (CRF = 0.05), no fuel:
// big:   100 MW units, 1000 USD/kW × 0.05 = 50 USD/kW-yr = 50,000 USD/MW-yr, 20 USD/MWh;
// small:  10 MW units, 1200 USD/kW × 0.05 = 60 USD/kW-yr = 60,000 USD/MW-yr, 20 USD/MWh.
const technology = (technologyId: string, unitMW: number, capexUSDPerKW: number): SizingThermalTechnology => ({
  technologyId,
  capexUSDPerKW,
  fixedOMUSDPerKWYear: 0,
  variableOMUSDPerMWh: 20,
  heatRateBtuPerKWh: 0,
  fuelPriceUSDPerMMBtu: 0,
  co2KgPerMMBtu: 0,
  unitMW,
  lifetimeYears: 20,
});
const big = technology('big', 100, 1000);
const small = technology('small', 10, 1200);

// Every day alike (flat 100 MW), so two representative days give the full-year optimum.
const toy = (overrides: Partial<SizingInput> = {}): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  discountRate: 0,
  thermal: [big, small],
  reserveUnits: 1,
  timeResolution: { kind: 'representativeDays', days: 2 },
  ...overrides,
});

// Energy is the same whichever serves it: 100 MW × 8760 h × 20 USD/MWh = 17,520,000 USD/yr.
const ENERGY_USD = 17_520_000;

describe('N+k reserve on the largest unit built', () => {
  it('builds the small-unit technology when the big unit’s reserve penalty outweighs its cheaper MW', () => {
    // Big built: 100 + 1 × 100 = 200 MW, all big (cheapest MW) → 200 × 50,000 = 10,000,000.
    // Small only: 100 + 1 × 10 = 110 MW → 110 × 60,000 = 6,600,000. Small wins: 6,600,000 + 17,520,000.
    // (Reserving on the largest unit OFFERED would have asked 200 MW whatever is built and picked big.)
    const result = optimizeSizing(highs, toy());
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(6_600_000 + ENERGY_USD, -1);
    const [sizedBig, sizedSmall] = result.mix?.thermal ?? [];
    expect(sizedBig?.lpCapacityMW).toBeCloseTo(0, 4);
    expect(sizedSmall?.lpCapacityMW).toBeCloseTo(110, 4);
    expect(sizedSmall?.units).toBe(11);
  });

  it('builds the big unit when its MW are cheap enough to pay for the bigger reserve', () => {
    // Big at 500 USD/kW: 25,000 USD/MW-yr × 200 MW = 5,000,000 < small's 6,600,000.
    const result = optimizeSizing(highs, toy({ thermal: [technology('big', 100, 500), small] }));
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(5_000_000 + ENERGY_USD, -1);
    expect(result.mix?.thermal.map((t) => t.units)).toEqual([2, 0]);
  });

  it('solves one LP with no reserve beyond the peak when k = 0', () => {
    // C ≥ 100 MW only: all big, 100 × 50,000 = 5,000,000.
    const result = optimizeSizing(highs, toy({ reserveUnits: 0 }));
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(5_000_000 + ENERGY_USD, -1);
    expect(result.lp.reserveClasses).toBe(1);
  });

  it('covers k units of the largest unit built with N+2', () => {
    // Small only: 100 + 2 × 10 = 120 MW × 60,000 = 7,200,000; big: 300 MW × 50,000 = 15,000,000.
    const result = optimizeSizing(highs, toy({ reserveUnits: 2 }));
    expect(result.objectiveUSDPerYear).toBeCloseTo(7_200_000 + ENERGY_USD, -1);
    // Classes of largest unit built: none, 10 MW, 100 MW.
    expect(result.lp.reserveClasses).toBe(3);
  });

  it('names the reserve and its shortfall when the largest unit built cannot be covered', () => {
    // Small only, at most 105 MW: the requirement is 100 + 10 = 110 MW, 5 MW short.
    const result = optimizeSizing(highs, toy({ thermal: [{ ...small, maxMW: 105 }] }));
    expect(result.status).toBe('infeasible');
    expect(result.infeasibilities.map((i) => [i.constraint, i.limit, Math.round(i.needed), Math.round(i.shortfall)])).toEqual([['reserveMargin', 110, 105, 5]]);
    expect(result.infeasibilities[0]?.message).toMatch(/must reach 110 MW \(peak load 100 MW \+ 1 × 10 MW, the largest unit built at that rating\)/);
  });

  it('counts thermal MW and the unit out at their hot-day rating', () => {
    // Small units give 0.8 of their rating on the design day: 0.8 X ≥ 100 + 1 × (10 × 0.8) = 108 MW,
    // X = 135 MW × 60,000 = 8,100,000 USD/yr. Big (rated in the heat) needs 200 MW × 50,000 =
    // 10,000,000, and in its class small MW cost 60,000 / 0.8 = 75,000 per firm MW, so small alone wins.
    const result = optimizeSizing(highs, toy({ thermal: [big, { ...small, firmFraction: 0.8 }] }));
    expect(result.status).toBe('optimal');
    expect(result.objectiveUSDPerYear).toBeCloseTo(8_100_000 + ENERGY_USD, -1);
    expect(result.mix?.thermal[1]?.lpCapacityMW).toBeCloseTo(135, 4);
    expect(result.mix?.thermal[1]?.units).toBe(14);
  });
});

describe('reserveRequirementMW', () => {
  it('adds k times the largest unit among the technologies with capacity', () => {
    expect(reserveRequirementMW(100, 2, [100, 10, 50], [0, 30, 1e-9])).toBe(120);
    expect(reserveRequirementMW(100, 1, [100, 10], [0, 0])).toBe(100);
  });
});

describe('reserveClasses', () => {
  it('splits designs by their largest unit, each class allowing the technologies no larger', () => {
    const classes = reserveClasses([big, small, { ...technology('mid', 10, 900) }, { ...technology('capped', 50, 900), maxMW: 0 }], 1);
    expect(classes).toEqual([
      { largestUnitMW: 0, allowed: [] },
      { largestUnitMW: 10, allowed: [1, 2] },
      { largestUnitMW: 100, allowed: [0, 1, 2, 3] },
    ]);
    expect(reserveClasses([big, small], 0)).toEqual([{ largestUnitMW: 100, allowed: [0, 1] }]);
  });
});
