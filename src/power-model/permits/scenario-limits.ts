import { DEFAULT_INTERRUPT_BELOW_C, validateGasSupply, type GasSupply } from '../fuel/gas-supply';
import type { ModelClock } from '../fuel/gas-day';
import { storageMMBtuForHours } from '../fuel/storage';
import { distillateRefillMMBtuPerDay, distillateTankMMBtuForHours, validateDistillate, type DistillateFuel } from '../fuel/distillate';
import type { ResolvedScenario } from '../scenarios/types';
import type { ThermalBlockSpec } from '../thermal/fleet';
import type { ThermalLimits } from './limiter';
import { hasPermitBudget, type PermitLimits } from './limits';

/** The scenario's permit limits in engine form (SCR false unless chosen). */
export function permitLimits(scenario: ResolvedScenario): PermitLimits {
  const p = scenario.permits ?? {};
  return {
    scr: p.scr === true,
    ...(p.order === undefined ? {} : { order: p.order }),
    ...(p.hoursPerUnit === undefined ? {} : { hoursPerUnit: p.hoursPerUnit }),
    ...(p.noxTonsPerYear === undefined ? {} : { noxTonsPerYear: p.noxTonsPerYear }),
    ...(p.coTonsPerYear === undefined ? {} : { coTonsPerYear: p.coTonsPerYear }),
    ...(p.co2TonnesPerYear === undefined ? {} : { co2TonnesPerYear: p.co2TonnesPerYear }),
  };
}

/**
 * The scenario's gas deliverability in engine form, or undefined when it sets none (unlimited firm
 * gas). A daily figure alone leaves the hour free; an hourly figure alone gives 24 × it a day.
 * Storage in MMBtu from hours of the sized fleet at full load (fuel/storage.ts). With `clock` the
 * daily quantity is per NAESB gas day (fuel/gas-day.ts), else per calendar day of the model.
 * Distillate (dual fuel) in MMBtu from hours of the units that can burn it at full load, priced
 * from `distillate` (the site's catalog figures), refilled by truck at the scenario's rate, else the
 * catalog's (fuel/distillate.ts distillateRefillMMBtuPerDay); a scenario that asks for it where the
 * catalog has none is refused.
 */
export function gasSupply(scenario: ResolvedScenario, fleet: readonly ThermalBlockSpec[], clock?: ModelClock, distillate?: DistillateFuel): GasSupply | undefined {
  const f = scenario.fuel;
  const distHours = f?.distillateHoursAtFullLoad ?? 0;
  if (f === undefined || (f.pipelineMMBtuPerDay === undefined && f.pipelineMMBtuPerHour === undefined && !((f.storageHoursAtFullLoad ?? 0) > 0) && !(distHours > 0))) return undefined;
  if (distHours > 0 && distillate === undefined) throw new Error('fuel.distillateHoursAtFullLoad: this site has no distillate fuel figures (data/technologies.json fuel.distillate)');
  if (distillate !== undefined) validateDistillate(distillate);
  const perHour = f.pipelineMMBtuPerHour ?? Infinity;
  const supply: GasSupply = {
    pipelineMMBtuPerDay: f.pipelineMMBtuPerDay ?? 24 * perHour,
    pipelineMMBtuPerHour: perHour,
    service: f.service ?? 'firm',
    interruptBelowC: f.interruptBelowC ?? DEFAULT_INTERRUPT_BELOW_C,
    storageMMBtu: storageMMBtuForHours(fleet, f.storageHoursAtFullLoad ?? 0),
    storageRefillMMBtuPerDay: f.storageRefillMMBtuPerDay ?? 0,
    ...(clock === undefined ? {} : { clock }),
    ...(distHours > 0 && distillate !== undefined ? { distillate: { tankMMBtu: distillateTankMMBtuForHours(fleet, distHours), priceUSDPerMMBtu: distillate.priceUSDPerMMBtu, co2KgPerMMBtu: distillate.co2KgPerMMBtu, refillMMBtuPerDay: distillateRefillMMBtuPerDay(distillate, f.distillateRefillMMBtuPerDay) } } : {}),
  };
  validateGasSupply(supply);
  return supply;
}

/**
 * What the dispatch must keep for this scenario: undefined when it sets no permit budget and no
 * gas limit (SCR alone changes emission factors and cost, not the dispatch), so a scenario
 * without these fields dispatches exactly as before.
 */
export function thermalLimitsFor(scenario: ResolvedScenario, fleet: readonly ThermalBlockSpec[], dryBulbC: Float64Array, clock?: ModelClock, distillate?: DistillateFuel): ThermalLimits | undefined {
  const permits = permitLimits(scenario);
  const gas = gasSupply(scenario, fleet, clock, distillate);
  if (!hasPermitBudget(permits) && gas === undefined) return undefined;
  return { dryBulbC, ...(hasPermitBudget(permits) ? { permits } : {}), ...(gas === undefined ? {} : { gas }) };
}
