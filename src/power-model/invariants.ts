import { HOURS_PER_YEAR } from './hours';
import { COST_LINE_NAMES, type SimulationResult } from './simulate';
import { DEFAULT_BATTERY_LIMITS } from './storage/battery';

export type InvariantReport = {
  ok: boolean;
  /** max |supply + unserved − load| over the year, MW (tolerance 1e-6). */
  maxBalanceErrorMW: number;
  /** max (grid import − limit), MW (≤ 1e-9 to pass). */
  maxGridExcessMW: number;
  /** Hours whose state of charge left [min, max] (tolerance 1e-9 MWh). */
  socViolationHours: number;
  /** |Σ cost lines − annual cost|, USD (tolerance 1e-6 of the total, at least 1 USD). */
  costLinesErrorUSD: number;
};

/**
 * Checks the invariants every simulation must hold: each hour supply + unserved = load, grid
 * import within its limit, battery state of charge within its bounds; and the annual cost lines
 * add to the total. The CLI reports it; the tests assert it for every site and scenario.
 */
export function checkInvariants(result: SimulationResult): InvariantReport {
  const f = result.flows;
  const energyMWh = result.summary.batteryEnergyMWh;
  const minSoc = energyMWh * DEFAULT_BATTERY_LIMITS.minSocFraction - 1e-9;
  const maxSoc = energyMWh * DEFAULT_BATTERY_LIMITS.maxSocFraction + 1e-9;
  let maxBalanceErrorMW = 0;
  let maxGridExcessMW = 0;
  let socViolationHours = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const supply = (f.gridToLoadMW[h] ?? 0) + (f.solarToLoadMW[h] ?? 0) + (f.thermalToLoadMW[h] ?? 0) + (f.batteryToLoadMW[h] ?? 0);
    const balance = Math.abs(supply + (f.unservedMW[h] ?? 0) - (result.facilityMW[h] ?? 0));
    if (!(balance <= maxBalanceErrorMW)) maxBalanceErrorMW = balance;
    const excess = (f.gridToLoadMW[h] ?? 0) + (f.gridToBatteryMW[h] ?? 0) - (result.gridLimitByHourMW?.[h] ?? result.gridLimitMW);
    if (excess > maxGridExcessMW) maxGridExcessMW = excess;
    const soc = f.batterySocMWh[h] ?? 0;
    if (soc < minSoc || soc > maxSoc) socViolationHours++;
  }
  const lines = COST_LINE_NAMES.reduce((sum, name) => sum + (result.economics.values[name] ?? Number.NaN), 0);
  const costLinesErrorUSD = Math.abs(lines - result.summary.annualCostUSD);
  const ok =
    maxBalanceErrorMW < 1e-6 &&
    maxGridExcessMW <= 1e-9 &&
    socViolationHours === 0 &&
    costLinesErrorUSD <= Math.max(1, 1e-6 * Math.abs(result.summary.annualCostUSD));
  return { ok, maxBalanceErrorMW, maxGridExcessMW, socViolationHours, costLinesErrorUSD };
}
