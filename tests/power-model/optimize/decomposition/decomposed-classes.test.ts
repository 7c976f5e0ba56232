import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveClassesByDecomposition } from '../../../../src/power-model/optimize/decomposition/decomposed-classes';
import { reserveClasses, restrictToClass } from '../../../../src/power-model/optimize/reserve-margin';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// Twelve representative days keep each whole LP to a fraction of a second; the decomposition
// treats their weighted hours as it treats the full year's.
const site = (overrides: Partial<SizingInput> = {}): SizingInput => syntheticCampus({ kind: 'representativeDays', days: 12 }, { caps: { co2TonnesPerYear: 2_300_000 }, ...overrides });

describe('solveClassesByDecomposition', () => {
  it('keeps the cheapest class, the same as the whole LP of every class', () => {
    const input = site({ battery: undefined });
    const classes = reserveClasses(input.thermal, 1);
    const result = solveClassesByDecomposition(highs, input, classes, 60);
    if (result.kind !== 'solved' || result.best === null) throw new Error('the decomposition must solve');
    // The whole LP of each class, the cheapest kept: what `optimizeSizing` did before.
    const wholeUSD = Math.min(
      ...classes.map((c) => solveLp(highs, buildSizingModel(restrictToClass(input, c), false, { largestUnitMW: c.largestUnitMW }).builder, 60, 'choose').objective ?? Infinity),
    );
    // Every class is answered or pruned (its proven lower bound reached the best answer).
    expect(result.answeredIn.length + result.prunedIn.length).toBe(classes.length);
    expect(result.batterySizedIn).toEqual([]);
    expect(Math.abs(result.best.objectiveUSD - wholeUSD) / wholeUSD).toBeLessThan(2e-6);
    expect(result.lowerBoundUSD).toBeLessThanOrEqual(result.best.objectiveUSD);
  });

  it('sizes the battery where a cheap one pays, equal to the whole LP of every class within the stated gap', () => {
    // 30 USD/kW and 25 USD/kWh against a 35 vs 75–100 USD/MWh daily spread: the whole LP builds a
    // battery. Six representative days keep the whole LP of each class to a fraction of a second.
    const input = syntheticCampus(
      { kind: 'representativeDays', days: 6 },
      { caps: { co2TonnesPerYear: 2_300_000 }, battery: { powerCapexUSDPerKW: 30, energyCapexUSDPerKWh: 25, fixedOMUSDPerKWYear: 2, lifetimeYears: 15, roundTripEfficiency: 0.86, socMinPct: 10 } },
    );
    const classes = reserveClasses(input.thermal, 1);
    const result = solveClassesByDecomposition(highs, input, classes, 120);
    if (result.kind !== 'solved' || result.best === null) throw new Error('the decomposition must solve');
    const whole = classes.map((c) => {
      const layout = buildSizingModel(restrictToClass(input, c), false, { largestUnitMW: c.largestUnitMW });
      const solution = solveLp(highs, layout.builder, 60, 'choose');
      return { objective: solution.objective ?? Infinity, batteryMW: solution.colValue?.[layout.batteryMW] ?? 0 };
    });
    const wholeUSD = Math.min(...whole.map((w) => w.objective));
    expect(Math.max(...whole.map((w) => w.batteryMW))).toBeGreaterThan(1);
    expect(result.batterySizedIn.length).toBeGreaterThan(0);
    // The stated gap: the answer is within STORAGE_RELATIVE_GAP (1e-5) of the proven lower bound,
    // and the whole LP's optimum lies between them (HiGHS's own tolerance adds ~1e-7).
    expect((result.best.objectiveUSD - result.lowerBoundUSD) / result.best.objectiveUSD).toBeLessThan(1e-5 + 1e-7);
    expect(result.lowerBoundUSD).toBeLessThanOrEqual(wholeUSD * (1 + 1e-7));
    expect(result.best.objectiveUSD).toBeGreaterThanOrEqual(wholeUSD * (1 - 1e-7));
  });

  it.each([
    ['without a battery', undefined],
    ['with a cheap battery', { powerCapexUSDPerKW: 30, energyCapexUSDPerKWh: 25, fixedOMUSDPerKWYear: 2, lifetimeYears: 15, roundTripEfficiency: 0.86, socMinPct: 10 }],
  ] as const)('caps derated hours as the whole LP does, %s', (_, battery) => {
    // Every afternoon (13:00–18:59) takes the turbines to 50% (CT) and 60% (CC) of their rating
    // and the engines to 70%; nights give the CT 110%. Far harsher than data/technologies.json's
    // curves so that the derated hours bind on any representative days; the point is that both
    // methods see the same hours.
    const fraction = (hot: number, cold: number) =>
      Float64Array.from({ length: 8760 }, (_, h) => {
        const hour = h % 24;
        if (hour >= 13 && hour <= 18) return hot;
        return hour < 6 ? cold : 1;
      });
    // The grid held to 400 MW so that thermal output, not only its reserve, carries afternoons.
    const plain = syntheticCampus({ kind: 'representativeDays', days: 6 }, { caps: { co2TonnesPerYear: 2_300_000, gridMW: 400 }, battery });
    const hotByTechnology: Record<string, [number, number]> = { 'gas-ct': [0.5, 1.1], 'gas-cc': [0.6, 1.05], recip: [0.7, 1] };
    const input: SizingInput = { ...plain, thermal: plain.thermal.map((t) => ({ ...t, outputFractionByHour: fraction(...(hotByTechnology[t.technologyId] ?? [1, 1])) })) };
    const classes = reserveClasses(input.thermal, 1);
    const result = solveClassesByDecomposition(highs, input, classes, 120);
    if (result.kind !== 'solved' || result.best === null) throw new Error('the decomposition must solve');
    const wholeOf = (sizing: SizingInput) =>
      Math.min(...classes.map((c) => solveLp(highs, buildSizingModel(restrictToClass(sizing, c), false, { largestUnitMW: c.largestUnitMW }).builder, 60, 'choose').objective ?? Infinity));
    const wholeUSD = wholeOf(input);
    // Within the stated gaps (1e-5 with a battery, 2e-6 without) of the whole derated LP.
    expect(Math.abs(result.best.objectiveUSD - wholeUSD) / wholeUSD).toBeLessThan(battery === undefined ? 2e-6 : 1e-5 + 1e-7);
    // With the battery on offer the storage decomposition sized it (its duals carry the derating).
    expect(result.batterySizedIn.length > 0).toBe(battery !== undefined);
    // Derating costs something: the same campus at its rating is cheaper.
    expect(wholeOf(plain)).toBeLessThan(wholeUSD);
  });

  it('meets an air-permit NOx limit as the whole LP of every class does', () => {
    // NOx factors of the order of AP-42 Table 3.1-1 (turbines) and 3.2 (engines), lb/MMBtu; the
    // limit is 40% of what the campus emits unconstrained, so it binds.
    const nox: Record<string, number> = { 'gas-ct': 0.03, 'gas-cc': 0.01, recip: 0.2 };
    const base = syntheticCampus({ kind: 'representativeDays', days: 6 }, { battery: undefined, caps: {} });
    const thermal = base.thermal.map((t) => ({ ...t, noxLbPerMMBtu: nox[t.technologyId] ?? 0 }));
    const classes = reserveClasses(thermal, 1);
    const wholeOf = (sizing: SizingInput) =>
      Math.min(...classes.map((c) => solveLp(highs, buildSizingModel(restrictToClass(sizing, c), false, { largestUnitMW: c.largestUnitMW }).builder, 60, 'choose').objective ?? Infinity));
    const free = solveClassesByDecomposition(highs, { ...base, thermal }, classes, 120);
    if (free.kind !== 'solved' || free.best === null) throw new Error('the unconstrained decomposition must solve');
    const layout = free.best.layout;
    let freeNoxTons = 0;
    layout.thermalHour.forEach((hours, t) => {
      const tonsPerMWh = ((thermal[t]?.heatRateBtuPerKWh ?? 0) / 1000) * (thermal[t]?.noxLbPerMMBtu ?? 0) / 2000;
      hours.forEach((column, i) => (freeNoxTons += (layout.hourWeight[i] ?? 0) * tonsPerMWh * (free.best?.colValue[column] ?? 0)));
    });
    expect(freeNoxTons).toBeGreaterThan(0);
    const input: SizingInput = { ...base, thermal, permits: { noxTonsPerYear: 0.4 * freeNoxTons } };
    const result = solveClassesByDecomposition(highs, input, classes, 120);
    if (result.kind !== 'solved' || result.best === null) throw new Error('the decomposition must solve under the NOx limit');
    const wholeUSD = wholeOf(input);
    expect(Math.abs(result.best.objectiveUSD - wholeUSD) / wholeUSD).toBeLessThan(2e-6);
    // The limit binds: the campus costs more than without it.
    expect(wholeUSD).toBeGreaterThan(free.best.objectiveUSD * (1 + 1e-6));
  });
});
