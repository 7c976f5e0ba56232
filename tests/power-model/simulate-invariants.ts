import { expect } from 'vitest';
import { COST_LINE_NAMES, type SimulationResult } from '../../src/power-model/simulate';
import { HOURS_PER_YEAR } from '../../src/power-model/hours';

/**
 * The invariants every simulation must hold, hour by hour: supply + unserved = load (1e-6 MW),
 * grid import ≤ its limit, state of charge within its bounds; and the cost lines add to the total.
 */
export function expectInvariants(result: SimulationResult): void {
  const f = result.flows;
  const { batteryEnergyMWh } = result.summary;
  let balanceError = 0;
  let gridExcess = 0;
  let socLow = 0;
  let socHigh = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const supply = (f.gridToLoadMW[h] ?? 0) + (f.solarToLoadMW[h] ?? 0) + (f.thermalToLoadMW[h] ?? 0) + (f.batteryToLoadMW[h] ?? 0);
    balanceError = Math.max(balanceError, Math.abs(supply + (f.unservedMW[h] ?? 0) - (result.facilityMW[h] ?? 0)));
    gridExcess = Math.max(gridExcess, (f.gridToLoadMW[h] ?? 0) + (f.gridToBatteryMW[h] ?? 0) - result.gridLimitMW);
    const soc = f.batterySocMWh[h] ?? 0;
    socLow = Math.min(socLow, soc - 0.05 * batteryEnergyMWh);
    socHigh = Math.max(socHigh, soc - 0.95 * batteryEnergyMWh);
    for (const name of ['gridToLoadMW', 'solarToLoadMW', 'thermalToLoadMW', 'batteryToLoadMW', 'unservedMW', 'solarCurtailedMW'] as const) {
      if (!((f[name][h] ?? 0) >= 0)) throw new Error(`${name}[${h}] is negative`);
    }
  }
  expect(balanceError).toBeLessThan(1e-6);
  expect(gridExcess).toBeLessThanOrEqual(1e-9);
  expect(socLow).toBeGreaterThanOrEqual(-1e-9);
  expect(socHigh).toBeLessThanOrEqual(1e-9);
  const lines = COST_LINE_NAMES.reduce((sum, name) => sum + (result.economics.values[name] ?? Number.NaN), 0);
  expect(lines).toBeCloseTo(result.summary.annualCostUSD, 0);
  const summaryLines = Object.values(result.summary.annualCostLinesUSDPerYear).reduce((a, b) => a + b, 0);
  expect(summaryLines).toBeCloseTo(result.summary.annualCostUSD, 0);
}
