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
    expect(result.byClass.size).toBe(classes.length);
    expect(result.batteryPaysIn).toEqual([]);
    expect(Math.abs(result.best.objectiveUSD - wholeUSD) / wholeUSD).toBeLessThan(2e-6);
  });

  it('lists the classes where a cheap battery pays instead of answering for them', () => {
    // 30 USD/kW and 25 USD/kWh against a 35 vs 75–100 USD/MWh daily spread: the whole LP of the
    // no-thermal class builds a battery, so that class cannot be answered without one.
    const input = site({ battery: { powerCapexUSDPerKW: 30, energyCapexUSDPerKWh: 25, fixedOMUSDPerKWYear: 2, lifetimeYears: 15, roundTripEfficiency: 0.86, socMinPct: 10 } });
    const classes = reserveClasses(input.thermal, 1);
    const result = solveClassesByDecomposition(highs, input, classes, 60);
    if (result.kind !== 'solved') throw new Error('the decomposition must solve');
    const noThermal = classes[0];
    if (noThermal === undefined) throw new Error('class 0 exists');
    const layout = buildSizingModel(restrictToClass(input, noThermal), false, { largestUnitMW: 0 });
    const whole = solveLp(highs, layout.builder, 60, 'choose');
    expect(whole.colValue?.[layout.batteryMW] ?? 0).toBeGreaterThan(1);
    expect(result.batteryPaysIn).toContain(0);
    expect(result.byClass.has(0)).toBe(false);
  });
});
