import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutValueAt, lagrangianCut } from '../../../../src/power-model/optimize/decomposition/lagrangian-cut';
import { storageProblemOf } from '../../../../src/power-model/optimize/decomposition/storage-benders';
import { solveStorageDispatch, type StorageCapacities, type StorageProblem } from '../../../../src/power-model/optimize/decomposition/storage-dispatch';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// Four hours worked by hand, one cyclic period: load 100 MW, grid at 10, 10, 100, 100 USD/MWh
// (200 MW), battery 50 MW with 40 MWh usable, 0.9 kept on charge and 0.9 on discharge.
const fourHours: StorageProblem = {
  weight: Float64Array.from([1, 1, 1, 1]),
  loadMW: Float64Array.from([100, 100, 100, 100]),
  solarMWPerMWac: null,
  gridPriceUSDPerMWh: Float64Array.from([10, 10, 100, 100]),
  coincidentPeak: null,
  thermalCostUSDPerMWh: [],
  thermalAvailable: [],
  unservedCostUSDPerMWh: null,
  annualRow: null,
  periods: [{ first: 0, hours: 4 }],
  efficiency: 0.9,
};
const battery: StorageCapacities = { gridMW: 200, coincidentPeakMW: Infinity, thermalMW: [], solarMWac: 0, batteryMW: 50, usableMWh: 40 };
const cheapest = { costWeight: 1, resourceWeight: 0 };
const artificial = { costUSDPerMWh: 1e5, resourcePerMWh: 0 };

describe('solveStorageDispatch', () => {
  it('fills the battery in the cheap hours and empties it in the dear ones, at the hand-worked cost', () => {
    // A stored MWh costs 10 / 0.9 = 11.1 USD and returns 0.9 × 100 = 90 USD: fill to 40 MWh
    // (44.4 MWh charged over hours 0–1, under 50 MW each) and return 36 MWh in hours 2–3.
    // Cost: (200 + 44.44) × 10 + (200 − 36) × 100 = 2,444.44 + 16,400 = 18,844.44 USD.
    const d = solveStorageDispatch(fourHours, battery, cheapest, artificial);
    expect(d.costUSD).toBeCloseTo(18_844.444, 2);
    expect(Math.max(...d.storedMWh)).toBeCloseTo(40, 9);
    expect(d.chargeMW[0]! + d.chargeMW[1]!).toBeCloseTo(44.444, 3);
    expect(d.dischargeMW[2]! + d.dischargeMW[3]!).toBeCloseTo(36, 9);
    expect(d.artificialMWh).toBe(0);
  });

  it('returns duals whose Lagrangian cut touches the cost at these capacities and stays below it elsewhere', () => {
    // Charging at 10 USD/MWh values stored energy at 10 / 0.9 = 11.1; discharging against 100 values
    // it at 90; the jump while full is the rent of a usable MWh: 78.9 USD per cycle.
    const d = solveStorageDispatch(fourHours, battery, cheapest, artificial);
    const cut = lagrangianCut(fourHours, battery, cheapest, d.balanceDual, d.storedDual, 1);
    expect(cutValueAt(cut, battery, 1)).toBeCloseTo(d.valueUSD, 6);
    expect(cut.coefficients.batteryMWh).toBeCloseTo(-(90 - 10 / 0.9), 6);
    // Weak duality: below the dispatch's cost at any other design.
    for (const other of [
      { ...battery, batteryMW: 10, usableMWh: 100 },
      { ...battery, usableMWh: 0 },
      { ...battery, gridMW: 150, batteryMW: 80, usableMWh: 60 },
    ]) {
      const there = solveStorageDispatch(fourHours, other, cheapest, artificial);
      expect(cutValueAt(cut, other, 1)).toBeLessThanOrEqual(there.valueUSD + 1e-6);
    }
  });

  it('equals the whole LP of the dispatch at fixed capacities on 12 representative days with a CO2 price', () => {
    // The synthetic campus's design with a battery, dispatched by HiGHS with the capacities fixed;
    // the CO2 row priced at 40 USD/t in both (the LP gets it in its costs).
    const input: SizingInput = syntheticCampus({ kind: 'representativeDays', days: 12 }, { caps: {} });
    const fixed = { gridMW: 900, thermalMW: [150, 420, 40], solarMWac: 500, batteryMW: 150, batteryMWh: 600 };
    const layout = buildSizingModel(input, false, { columnSplitting: false, fixedCapacity: fixed });
    const lambda = 40;
    const builder = layout.builder;
    const co2 = [...layout.thermalCo2TonnesPerMWh];
    for (let i = 0; i < layout.hourWeight.length; i++) {
      const w = layout.hourWeight[i] ?? 0;
      const grid = layout.gridHour[i] ?? -1;
      builder.colCost[grid] = (builder.colCost[grid] ?? 0) + w * lambda * layout.gridCo2TonnesPerMWh;
      layout.thermalHour.forEach((columns, t) => {
        const column = columns[i] ?? -1;
        builder.colCost[column] = (builder.colCost[column] ?? 0) + w * lambda * (co2[t] ?? 0);
      });
    }
    const whole = solveLp(highs, builder, 60, 'choose');
    const capacityUSD = [layout.gridMW, ...layout.thermalMW, layout.solarMWac, layout.batteryMW, layout.batteryMWh].reduce((sum, column) => sum + (builder.colCost[column] ?? 0) * (builder.colLower[column] ?? 0), 0);
    const problem = storageProblemOf({ ...input, caps: { co2TonnesPerYear: 1 } }, layout);
    const d = solveStorageDispatch(problem, { gridMW: 900, coincidentPeakMW: Infinity, thermalMW: [150, 420, 40], solarMWac: 500, batteryMW: 150, usableMWh: 0.9 * 600 }, { costWeight: 1, resourceWeight: lambda }, { costUSDPerMWh: 1e5, resourcePerMWh: 100 });
    expect(whole.status).toBe('optimal');
    // HiGHS's optimality tolerance is about 1e-7 relative.
    expect(Math.abs(d.valueUSD - ((whole.objective ?? 0) - capacityUSD)) / d.valueUSD).toBeLessThan(1e-7);
  });
});
