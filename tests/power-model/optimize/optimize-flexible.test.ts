import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemRuleHours } from '../../../src/power-model/grid/flexible';
import type { SystemLoadYear } from '../../../src/power-model/grid/tariff';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { curtailedYearHours } from '../../../src/power-model/optimize/families/flexible-grid';
import { dispatchMix } from '../../../src/power-model/optimize/mix-dispatch';
import { flexibleCandidates } from '../../../src/power-model/optimize/optimize-flexible';
import { optimizeSizing } from '../../../src/power-model/optimize/optimize-sizing';
import type { SizingFlexibleGrid, SizingInput, SizingThermalTechnology } from '../../../src/power-model/optimize/types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// One technology worked by hand: discount rate 0, 10 years → CRF 0.1, so a MW costs
// 900 USD/kW × 0.1 + 10 USD/kW-yr = 100 USD/kW-yr = 100,000 USD/MW-yr; energy 2 USD/MWh VOM +
// 8 MMBtu/MWh × 6 USD/MMBtu = 50 USD/MWh. 1 MW units, so whole units are the LP's MW.
const gas: SizingThermalTechnology = { technologyId: 'gas', capexUSDPerKW: 900, fixedOMUSDPerKWYear: 10, variableOMUSDPerMWh: 2, heatRateBtuPerKWh: 8000, fuelPriceUSDPerMMBtu: 6, co2KgPerMMBtu: 53.06, unitMW: 1, lifetimeYears: 10 };

// Host system, servable level 1000 MW every hour: the room under it is 0 MW in hours 0–9, 20 MW in
// hours 10–3009 and 100 MW in the rest. A flexible X > 0 is cut in hours 0–9; X > 20 in 0–3009 too.
const servableMW = new Float64Array(HOURS_PER_YEAR).fill(1000);
const hostLoadMW = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h < 10 ? 1000 : h < 3010 ? 980 : 900));

const offer = (overrides: Partial<SizingFlexibleGrid> = {}): SizingFlexibleGrid => ({
  maxMW: 40,
  curtailment: { kind: 'systemLoad', hostLoadMW, servableMW },
  workloadCurtailmentUSDPerMWh: 1000,
  firmQueueMonths: 36,
  flexibleQueueMonths: 24,
  energizeValueUSDPerMWMonth: 0,
  capacityChargeUSDPerMWYear: 0,
  ...overrides,
});

// 100 MW flat load; a firm offer of 60 MW at 30 USD/MWh with no capacity charge; no reserve.
const site = (flexible?: SizingFlexibleGrid): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  discountRate: 0,
  grid: { importLimitMW: 60, energyPriceUSDPerMWh: 30, capacityChargeUSDPerMWYear: 0, co2KgPerMWh: 0, ...(flexible === undefined ? {} : { flexible }) },
  thermal: [gas],
  reserveUnits: 0,
  timeResolution: { kind: 'fullYear' },
});

describe('optimizeSizing with a flexible grid offer', () => {
  it('solves 0, the breakpoint 20 MW and the 40 MW offer: the only place the cut hours change', () => {
    expect(flexibleCandidates(offer())).toEqual([0, 20, 40]);
  });

  it('with no energize value and free flexible service takes the flexible MW the curtailment cost allows (20 of 40 MW)', () => {
    // By hand (USD/yr):
    // X = 0: 40 MW gas all year: 40 × 100,000 + 40 × 8760 × 50 + 60 × 8760 × 30 = 37,288,000.
    // X = 20: cut in hours 0–9 only. 20 MW gas all year (2,000,000 + 8,760,000); grid 80 MW in 8750 h
    //   and 60 MW in 10 h (21,018,000); the 20 MW short in the 10 cut hours is cheaper curtailed
    //   (10 h × 1000 = 10,000 USD/MW) than built (100,000 + 500): 200 MWh × 1000 = 200,000 → 31,978,000.
    // X = 40: cut in 3010 h; in them 40 MW short: gas (100,000 + 3010 × 50 = 250,500 USD/MW) beats
    //   curtailing (3,010,000 USD/MW): 4,000,000 + 6,020,000 gas; grid 5750 × 100 × 30 + 3010 × 60 × 30
    //   = 22,668,000 → 32,688,000.
    const result = optimizeSizing(highs, site(offer()));
    expect(result.status).toBe('optimal');
    const flexible = result.flexible;
    expect(flexible?.flexibleMW).toBe(20);
    expect(result.objectiveUSDPerYear).toBeCloseTo(31_978_000, -1); // within 10 USD: solver tolerance
    expect(flexible?.curtailedHours).toBe(10);
    expect(flexible?.workloadCurtailedMWh).toBeCloseTo(200, 4);
    expect(flexible?.monthsEarlier).toBe(12);
    expect(result.mix?.gridImportMW).toBeCloseTo(60, 6);
    expect(result.mix?.thermal[0]?.lpCapacityMW).toBeCloseTo(20, 4);
    const cost = Object.fromEntries((flexible?.frontier ?? []).map((c) => [c.flexibleMW, c.costUSDPerYear ?? NaN]));
    expect(cost[0]).toBeCloseTo(37_288_000, -1);
    expect(cost[40]).toBeCloseTo(32_688_000, -1);
    expect(flexible?.frontier.map((c) => c.onsiteMW)).toEqual([40, 20, 40]);
  });

  it('with a high value of energizing earlier takes the whole offer', () => {
    // 100,000 USD/MW-month × 12 months earlier × CRF(0, 20 years) = 0.05 → 60,000 USD/yr per MW:
    // X = 40: 32,688,000 − 2,400,000 = 30,288,000 beats X = 20: 31,978,000 − 1,200,000 = 30,778,000.
    const result = optimizeSizing(highs, site(offer({ energizeValueUSDPerMWMonth: 100_000 })));
    expect(result.flexible?.flexibleMW).toBe(40);
    expect(result.objectiveUSDPerYear).toBeCloseTo(30_288_000, -1);
    expect(result.flexible?.energizeCreditUSDPerYear).toBeCloseTo(2_400_000, 6);
    expect(result.flexible?.curtailedHours).toBe(3010);
  });

  it('with a flexible offer of 0 gives exactly the answer without one', () => {
    const without = optimizeSizing(highs, site());
    const zero = optimizeSizing(highs, site(offer({ maxMW: 0 })));
    expect(zero.objectiveUSDPerYear).toBe(without.objectiveUSDPerYear);
    expect(zero.mix).toEqual(without.mix);
    expect(zero.flexible).toBeUndefined();
  });

  it('reads a firm offer of 0 MW as a flexible-only connection, not as no offer', () => {
    // Firm 0, flexible up to 40 MW, by hand (USD/yr):
    // X = 0: 100 MW gas all year: 10,000,000 + 100 × 8760 × 50 = 53,800,000 (what "no offer" gave).
    // X = 20: 80 MW gas all year (8,000,000 + 35,040,000); grid 20 MW in 8750 h (5,250,000); the 20 MW
    //   short in the 10 cut hours curtailed (200 MWh × 1000 = 200,000) → 48,490,000.
    // X = 40: 60 MW gas all year (6,000,000 + 26,280,000); grid 40 MW in 5750 h (6,900,000); the
    //   40 MW short in 3010 cut hours from gas (40 × 250,500 = 10,020,000) → 49,200,000.
    const input = site(offer());
    const grid = input.grid;
    if (grid === undefined) throw new Error('the site has a grid');
    const result = optimizeSizing(highs, { ...input, grid: { ...grid, importLimitMW: 0 } });
    expect(result.status).toBe('optimal');
    expect(result.flexible?.flexibleMW).toBe(20);
    expect(result.objectiveUSDPerYear).toBeCloseTo(48_490_000, -1);
    expect(result.mix?.gridImportMW).toBe(0);
    expect(result.mix?.thermal[0]?.lpCapacityMW).toBeCloseTo(80, 4);
    const cost = Object.fromEntries((result.flexible?.frontier ?? []).map((c) => [c.flexibleMW, c.costUSDPerYear ?? NaN]));
    expect(cost[0]).toBeCloseTo(53_800_000, -1);
    expect(cost[40]).toBeCloseTo(49_200_000, -1);
  });

  it('under a listed-hours rule decides the flexible MW in one LP: the whole offer, curtailing the 10 listed hours', () => {
    // Hours 0–9 listed: X = 40 is cut only there; the 40 MW short is curtailed (10,000 USD/MW against
    // 100,500 built): 400 MWh × 1000 + grid 8750 × 100 × 30 + 10 × 60 × 30 = 26,668,000.
    const listed = offer({ curtailment: { kind: 'listed', hours: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] } });
    const result = optimizeSizing(highs, site(listed));
    expect(result.flexible?.flexibleMW).toBeCloseTo(40, 6);
    expect(result.objectiveUSDPerYear).toBeCloseTo(26_668_000, -1);
    expect(result.flexible?.workloadCurtailedMWh).toBeCloseTo(400, 4);
  });

  it('cuts the same hours as the simulation\'s rule and schedules the curtailed workload for the re-check', () => {
    const flexible = offer();
    const system = { mapped: { loadMW: hostLoadMW, seriesId: 'TEST', description: 'synthetic' } } as unknown as SystemLoadYear;
    for (const x of [0.5, 20, 20.5, 40]) {
      expect(Array.from(curtailedYearHours(flexible, x))).toEqual(Array.from(systemRuleHours(system, { winterMW: 1000, summerMW: 1000, shoulderMW: 1000 }, x).curtailed));
    }
    const result = optimizeSizing(highs, site(flexible));
    if (result.mix === null) throw new Error('no mix');
    const dispatched = dispatchMix(highs, site(flexible), result.mix);
    const workload = dispatched.schedule?.workloadCurtailmentMW;
    // The dispatch of the whole-unit mix curtails 20 MW in each of the 10 cut hours, and nothing elsewhere.
    expect(workload?.slice(0, 10).every((mw) => Math.abs(mw - 20) < 1e-6)).toBe(true);
    expect(workload?.slice(10).every((mw) => mw === 0)).toBe(true);
    expect(dispatched.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
  });
});
