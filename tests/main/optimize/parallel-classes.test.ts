import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { parallelClassesAvailable, solveClassesInParallel } from '../../../src/main/optimize/parallel-classes';
import { solveClassesByDecomposition } from '../../../src/power-model/optimize/decomposition/decomposed-classes';
import { reserveClasses } from '../../../src/power-model/optimize/reserve-margin';
import { syntheticCampus } from '../../fixtures/synthetic-campus';

describe('solveClassesInParallel', () => {
  it('gives the answer of the classes solved one after another, on two threads', async () => {
    // Six representative days with a cheap battery under a CO2 cap: the classes split between a
    // battery sized by the storage decomposition and classes answered without it.
    const input = syntheticCampus(
      { kind: 'representativeDays', days: 6 },
      { caps: { co2TonnesPerYear: 2_300_000 }, battery: { powerCapexUSDPerKW: 30, energyCapexUSDPerKWh: 25, fixedOMUSDPerKWYear: 2, lifetimeYears: 15, roundTripEfficiency: 0.86, socMinPct: 10 } },
    );
    const classes = reserveClasses(input.thermal, 1);
    expect(parallelClassesAvailable()).toBe(true);
    const sequential = solveClassesByDecomposition(await highsLoader(), input, classes, 120);
    const parallel = await solveClassesInParallel(input, classes, 120, 2);
    if (sequential.kind !== 'solved' || parallel.kind !== 'solved' || sequential.best === null || parallel.best === null) throw new Error('both must solve');
    // Both are within the storage decomposition's stated gap (1e-5) of the same optimum.
    expect(Math.abs(parallel.best.objectiveUSD - sequential.best.objectiveUSD) / sequential.best.objectiveUSD).toBeLessThan(1e-5);
    expect(parallel.best.largestUnitMW).toBe(sequential.best.largestUnitMW);
    expect(parallel.lowerBoundUSD).toBeLessThanOrEqual(parallel.best.objectiveUSD);
    // The best class's layout is rebuilt on this thread and reads back the design's columns.
    expect(parallel.best.layout.builder.columnCount).toBe(parallel.best.colValue.length);
  }, 180_000);
});
