import { ModelInputError } from '../input-error';
import { inRange, MAX_SITE_MW, rangeText, type Range } from '../limits';
import { validateFlexibleGrid } from '../grid/flexible';
import type { ResolvedScenario } from './types';

/**
 * What a scenario's sizes accept (the scenario schema in src/api is built from this table):
 * absolute capacities up to 10 × MAX_SITE_MW (limits.ts: past that a figure is a typing error),
 * relative sizes up to 10 × the facility peak, whole units up to 100,000, storage durations of
 * more than 0 and at most 1,000 hours (the longest pumped-hydro and iron-air projects are
 * around 100 h).
 */
export const SCENARIO_LIMITS = {
  capacityMW: { min: 0, max: 10 * MAX_SITE_MW },
  energyMWh: { min: 0, max: 10 * MAX_SITE_MW * 1000 },
  peakMultiple: { min: 0, max: 10 },
  units: { min: 0, max: 100_000 },
  durationHours: { min: 0, max: 1000, minExclusive: true },
  peakShaveCapFraction: { min: 0, max: 2 },
} as const satisfies Record<string, Range>;

function check(field: string, value: number | undefined, range: Range): void {
  if (value !== undefined && !inRange(value, range)) throw new ModelInputError(field, `${rangeText(range)}, got ${value}`);
}

/**
 * Refuses a resolved scenario whose sizes the engine cannot use, naming the field as the
 * scenario file spells it (`btm.thermal.0.capacityMW`). Technology ids and overrides are
 * checked where they are used (sizing, the economics sheet).
 */
export function validateScenario(scenario: ResolvedScenario): void {
  const L = SCENARIO_LIMITS;
  check('grid.importLimitMW', scenario.grid.importLimitMW, L.capacityMW);
  check('grid.peakShaveCapMW', scenario.grid.peakShaveCapMW, L.capacityMW);
  check('grid.peakShaveCapFraction', scenario.grid.peakShaveCapFraction, L.peakShaveCapFraction);
  validateFlexibleGrid(scenario.grid);
  scenario.btm.thermal.forEach((entry, i) => {
    check(`btm.thermal.${i}.capacityMW`, entry.capacityMW, L.capacityMW);
    check(`btm.thermal.${i}.peakMultiple`, entry.peakMultiple, L.peakMultiple);
    check(`btm.thermal.${i}.units`, entry.units, L.units);
    if (entry.units !== undefined && !Number.isInteger(entry.units)) throw new ModelInputError(`btm.thermal.${i}.units`, `must be a whole number, got ${entry.units}`);
  });
  check('btm.solarMWac', scenario.btm.solarMWac, L.capacityMW);
  check('btm.solarPeakMultiple', scenario.btm.solarPeakMultiple, L.peakMultiple);
  const b = scenario.btm.battery;
  check('btm.battery.powerMW', b.powerMW, L.capacityMW);
  check('btm.battery.energyMWh', b.energyMWh, L.energyMWh);
  check('btm.battery.powerPeakMultiple', b.powerPeakMultiple, L.peakMultiple);
  check('btm.battery.durationHours', b.durationHours, L.durationHours);
}
