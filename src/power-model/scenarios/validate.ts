import { GAS_SERVICES } from '../fuel/gas-supply';
import { ModelInputError } from '../input-error';
import { PERMIT_ORDERS } from '../permits/reservation';
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
  /** A year has at most 8,784 hours. */
  hoursPerUnit: { min: 0, max: 8784 },
  /** Short or metric tons a year: 10 million is far above any single facility's permit. */
  tonsPerYear: { min: 0, max: 1e7 },
  /** Metric tonnes of CO2 a year: 100 million, above the largest US power plant's (~20 Mt). */
  co2TonnesPerYear: { min: 0, max: 1e8 },
  /** MMBtu a day: 10 Bcf/d ≈ 10.4 million MMBtu/d, more than the largest US pipelines carry. */
  pipelineMMBtuPerDay: { min: 0, max: 1.04e7, minExclusive: true },
  pipelineMMBtuPerHour: { min: 0, max: 1.04e7 / 24, minExclusive: true },
  interruptBelowC: { min: -60, max: 40 },
  storageHoursAtFullLoad: { min: 0, max: 8784 },
  storageRefillMMBtuPerDay: { min: 0, max: 1.04e7 },
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
  const p = scenario.permits ?? {};
  check('permits.hoursPerUnit', p.hoursPerUnit, L.hoursPerUnit);
  check('permits.noxTonsPerYear', p.noxTonsPerYear, L.tonsPerYear);
  check('permits.coTonsPerYear', p.coTonsPerYear, L.tonsPerYear);
  check('permits.co2TonnesPerYear', p.co2TonnesPerYear, L.co2TonnesPerYear);
  if (p.order !== undefined && !PERMIT_ORDERS.includes(p.order)) throw new ModelInputError('permits.order', `must be one of ${PERMIT_ORDERS.join(', ')}, got ${String(p.order)}`);
  if (scenario.fuel?.service !== undefined && !GAS_SERVICES.includes(scenario.fuel.service)) throw new ModelInputError('fuel.service', `must be one of ${GAS_SERVICES.join(', ')}, got ${String(scenario.fuel.service)}`);
  const f = scenario.fuel ?? {};
  check('fuel.pipelineMMBtuPerDay', f.pipelineMMBtuPerDay, L.pipelineMMBtuPerDay);
  check('fuel.pipelineMMBtuPerHour', f.pipelineMMBtuPerHour, L.pipelineMMBtuPerHour);
  check('fuel.interruptBelowC', f.interruptBelowC, L.interruptBelowC);
  check('fuel.storageHoursAtFullLoad', f.storageHoursAtFullLoad, L.storageHoursAtFullLoad);
  check('fuel.storageRefillMMBtuPerDay', f.storageRefillMMBtuPerDay, L.storageRefillMMBtuPerDay);
  check('fuel.distillateHoursAtFullLoad', f.distillateHoursAtFullLoad, L.storageHoursAtFullLoad);
  check('fuel.distillateRefillMMBtuPerDay', f.distillateRefillMMBtuPerDay, L.storageRefillMMBtuPerDay);
  if (f.service === 'interruptible' && f.pipelineMMBtuPerDay === undefined && f.pipelineMMBtuPerHour === undefined) {
    throw new ModelInputError('fuel.service', 'interruptible service needs a pipeline capacity (pipelineMMBtuPerDay or pipelineMMBtuPerHour)');
  }
}
