import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../../src/power-model/dispatch/dispatch';
import { gasDaysFor, type ModelClock } from '../../../../src/power-model/fuel/gas-day';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { capitalRecoveryFactor } from '../../../../src/power-model/optimize/capital-recovery';
import { readSolution } from '../../../../src/power-model/optimize/read-solution';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { NO_BATTERY } from '../../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../../src/power-model/thermal/fleet';
import { flatDispatchUnit, flatSizingUnit } from '../../flat-unit-fixture';
import { AERO_CT } from '../../simulate-fixture';

// An islanded 120 MW plant (fixed) at a flat 10 MMBtu/MWh serving 100 MW, at a Central site in
// 2026 (gas days: fuel/gas-day.ts), on an interruptible lateral cut through gas day 10 (24 hours):
// that day needs 24 × 100 × 10 = 24,000 MMBtu from the on-site tank.
const CENTRAL: ModelClock = { utcOffsetHours: -6, year: 2026 };
const DAYS = gasDaysFor(CENTRAL);
const CUT = new Uint8Array(HOURS_PER_YEAR).fill(1, DAYS.startHours[10], DAYS.startHours[11]);
const CT = flatSizingUnit('ct');

function input(hoursAtFullLoad: number): SizingInput {
  return {
    facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
    discountRate: 0.07,
    thermal: [CT],
    reserveUnits: 0,
    unserved: { allowanceMWhPerYear: 1e6, valueOfLostLoadUSDPerMWh: 10_000 },
    fuel: {
      pipelineMMBtuPerDay: 30_000,
      clock: CENTRAL,
      pipelineCutHours: CUT,
      // fuel/storage.ts FUEL_STORAGE_COST_ESTIMATE: tanks 15 USD/MMBtu, system 50 USD/kW, 30 years.
      storage: { hoursAtFullLoad, refillMMBtuPerDay: 0, tankUSDPerMMBtu: 15, systemUSDPerKW: 50, lifetimeYears: 30 },
    },
    timeResolution: { kind: 'fullYear' },
  };
}

async function solve(sizing: SizingInput) {
  const highs = await highsLoader();
  const layout = buildSizingModel(sizing, false, { largestUnitMW: 0, fixedCapacity: { gridMW: 0, thermalMW: [120], solarMWac: 0, batteryMW: 0, batteryMWh: 0 } });
  const solution = solveLp(highs, layout.builder, 120, 'choose');
  expect(solution.status).toBe('optimal');
  return readSolution(sizing, layout, solution.colValue ?? new Float64Array(0));
}

describe('backup gas family', () => {
  it('carries a cut gas day from the tank, and prices tank and system on the MW built', async () => {
    // Tank: 30 h × 120 MW × 10 MMBtu/MWh = 36,000 MMBtu ≥ the 24,000 the cut day needs.
    const read = await solve(input(30));
    expect(read.annual?.gasStorageTankMMBtu).toBeCloseTo(36_000, 6);
    expect(read.annual?.gasStorageDrawnMMBtu).toBeCloseTo(24_000, 3);
    expect(read.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
    // 120,000 kW × (50 + 30 h × 10,000 Btu/kWh ÷ 1e6 × 15 USD/MMBtu = 54.5 USD/kW) × CRF(7%, 30 y).
    expect(read.costBreakdownUSDPerYear?.gasStorageUSD).toBeCloseTo(120_000 * 54.5 * capitalRecoveryFactor(0.07, 30), 2);
  });

  it('leaves unserved what a small tank cannot carry, as the dispatch does', async () => {
    // Tank: 10 h × 1,200 MMBtu/h = 12,000 MMBtu = 1,200 MWh of the cut day's 2,400: 1,200 MWh unserved.
    const read = await solve(input(10));
    expect(read.annual?.gasStorageDrawnMMBtu).toBeCloseTo(12_000, 3);
    expect(read.annual?.unservedEnergyMWh).toBeCloseTo(1200, 3);

    // The dispatch, the same plant (12 × 10 MW, flat heat rate) and tank, cut by the same rule
    // (−10 °C in one hour of gas day 10): the same 1,200 MWh unserved.
    const unit = flatDispatchUnit('ct', { variableOMUSDPerMWh: AERO_CT.variableOMUSDPerMWh });
    const dryBulbC = new Float64Array(HOURS_PER_YEAR).fill(20);
    dryBulbC[(DAYS.startHours[10] ?? 0) + 5] = -10;
    const result = dispatchYear({
      strategy: 'economic',
      facilityMW: new Float64Array(HOURS_PER_YEAR).fill(100),
      solarMW: new Float64Array(HOURS_PER_YEAR),
      gridLimitMW: 0,
      gridPriceUSDPerMWh: new Float64Array(HOURS_PER_YEAR),
      gridCarbonKgPerMWh: 0,
      peakShaveCapMW: 0,
      thermal: buildThermalFleet([{ technology: unit, units: 12, orderYear: 2020 }], 2030, 4),
      battery: NO_BATTERY,
      gasPriceUSDPerMMBtu: 4,
      limits: { dryBulbC, gas: { pipelineMMBtuPerDay: 30_000, pipelineMMBtuPerHour: Infinity, service: 'interruptible', interruptBelowC: -5, storageMMBtu: 12_000, storageRefillMMBtuPerDay: 0, clock: CENTRAL } },
    });
    let unserved = 0;
    for (let h = 0; h < HOURS_PER_YEAR; h++) unserved += result.flows.unservedMW[h] ?? 0;
    expect(unserved).toBeCloseTo(1200, 3);
  });
});
