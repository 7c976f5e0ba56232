import type { EmissionFactors, ThermalEmissions } from '../thermal/emissions';
import type { ThermalBlockSpec } from '../thermal/fleet';
import type { ThermalTechnology } from '../thermal/technology';

/**
 * No. 2 distillate (diesel / fuel oil) held in on-site tanks as backup fuel for dual-fuel units,
 * the one place its figures reach the engine (from data/technologies.json `fuel.distillate`, read
 * by src/main/model/technologies.ts into the catalog and the site model):
 * - `priceUSDPerMMBtu`: delivered price (EIA No. 2 prices + trucking; an estimate, see the data).
 * - `co2KgPerMMBtu`: 73.96 (40 CFR 98 Table C-1, distillate No. 2).
 * - `tankUSDPerMMBtu`: tank capital per MMBtu of capacity (estimate).
 * - `dualFuelUSDPerKW`: the liquid-fuel kit per kW of dual-fuel capacity (estimate).
 * - `refillMMBtuPerDay`: what trucks bring back into the tank each gas day after it is drawn
 *   (estimate; absent = DISTILLATE_REFILL_ESTIMATE).
 * - `sources`: where each figure comes from, as text ("estimate: …" for ours).
 * NOx and CO on distillate are per technology (`emissions.distillate`, AP-42 Tables 3.1-1 and 3.4-1).
 */
export type DistillateFuel = {
  priceUSDPerMMBtu: number;
  co2KgPerMMBtu: number;
  tankUSDPerMMBtu: number;
  dualFuelUSDPerKW: number;
  refillMMBtuPerDay?: number;
  sources: Record<'priceUSDPerMMBtu' | 'co2KgPerMMBtu' | 'tankUSDPerMMBtu' | 'dualFuelUSDPerKW', string> & { refillMMBtuPerDay?: string };
};

/**
 * Distillate trucked in per gas day when the data gives no figure, MMBtu/day — our estimate (the
 * same as data/technologies.json fuel.distillate.refillMMBtuPerDay): 10 tank trucks a day ×
 * 8,000 gal (a DOT-406 cargo tank under the 80,000 lb federal gross weight limit) × 0.1387
 * MMBtu/gal (EIA heat content of distillate fuel oil, 5.825 MMBtu per 42-gal barrel, Monthly
 * Energy Review Table A1) = 11,096, rounded. A 1 GW turbine fleet burns about 225,000 MMBtu a day
 * at full load, so trucks refill slowly: a tank drawn in a cold snap takes weeks to fill again.
 */
export const DISTILLATE_REFILL_ESTIMATE = {
  trucksPerDay: 10,
  gallonsPerTruck: 8000,
  mmbtuPerGallon: 5.825 / 42,
  refillMMBtuPerDay: 11_100,
  note: 'estimate: 10 trucks/day × 8,000 gal × 0.1387 MMBtu/gal (EIA heat content of distillate, 5.825 MMBtu/bbl)',
} as const;

/** Refill rate of the distillate tank, MMBtu per gas day: the scenario's figure, else the data's, else the estimate. */
export function distillateRefillMMBtuPerDay(d: Pick<DistillateFuel, 'refillMMBtuPerDay'> | undefined, scenarioMMBtuPerDay?: number): number {
  return scenarioMMBtuPerDay ?? d?.refillMMBtuPerDay ?? DISTILLATE_REFILL_ESTIMATE.refillMMBtuPerDay;
}

/** Tanks and dual-fuel kits last as long as the units they serve (estimate). */
export const DUAL_FUEL_LIFETIME_YEARS = 30;

/**
 * NOx and CO per MMBtu of distillate a technology burns, with SCR when chosen and the technology
 * has an SCR figure on oil; null when it cannot burn distillate (no `emissions.distillate`).
 */
export function distillateFactors(emissions: ThermalEmissions | undefined, scr: boolean): EmissionFactors | null {
  const d = emissions?.distillate;
  if (d === undefined) return null;
  return scr && d.scr !== undefined ? d.scr : d.uncontrolled;
}

/** True when the technology can run on distillate (it has distillate emission factors). */
export function burnsDistillate(tech: ThermalTechnology): boolean {
  return tech.emissions?.distillate !== undefined;
}

/** MW of the fleet that can run on distillate: units × unit size of every dual-fuel-capable block. */
export function dualFuelMW(specs: readonly ThermalBlockSpec[]): number {
  return specs.reduce((sum, s) => sum + (burnsDistillate(s.technology) ? s.units * s.technology.unitSizeMW : 0), 0);
}

/**
 * MMBtu of distillate that runs the dual-fuel part of the fleet `hours` at full load:
 * Σ units × size (MW) × ISO heat rate (Btu/kWh ÷ 1000 = MMBtu/MWh) × hours, over the blocks that
 * can burn it.
 */
export function distillateTankMMBtuForHours(specs: readonly ThermalBlockSpec[], hours: number): number {
  return hours * specs.reduce((sum, s) => sum + (burnsDistillate(s.technology) ? (s.units * s.technology.unitSizeMW * s.technology.heatRateBtuPerKWh) / 1000 : 0), 0);
}

/** Capital cost of dual fuel, USD: tank MMBtu × tank USD/MMBtu + dual-fuel MW × 1000 × kit USD/kW (0 without a tank). */
export function dualFuelCapexUSD(d: Pick<DistillateFuel, 'tankUSDPerMMBtu' | 'dualFuelUSDPerKW'>, tankMMBtu: number, dualMW: number): number {
  if (!(tankMMBtu > 0)) return 0;
  return tankMMBtu * d.tankUSDPerMMBtu + dualMW * 1000 * d.dualFuelUSDPerKW;
}

/**
 * Capital of one kW made dual fuel with `hours` of distillate at full load, USD/kW — the figure
 * to price a dual-fuel MW by: kit USD/kW + hours × heat rate (Btu/kWh ÷ 1e6 = MMBtu per kWh) ×
 * tank USD/MMBtu.
 */
export function dualFuelCapexUSDPerKW(d: Pick<DistillateFuel, 'tankUSDPerMMBtu' | 'dualFuelUSDPerKW'>, heatRateBtuPerKWh: number, hours: number): number {
  return d.dualFuelUSDPerKW + (hours * heatRateBtuPerKWh * d.tankUSDPerMMBtu) / 1e6;
}

/** Fuel cost of a MWh made on distillate at the full-load heat rate, USD/MWh = heat rate (Btu/kWh) × price ÷ 1000. */
export function distillateFuelUSDPerMWh(d: DistillateFuel, heatRateBtuPerKWh: number): number {
  return (heatRateBtuPerKWh * d.priceUSDPerMMBtu) / 1000;
}

/** Refuses figures the dispatch cannot use, naming the field. */
export function validateDistillate(d: DistillateFuel): void {
  for (const field of ['priceUSDPerMMBtu', 'co2KgPerMMBtu', 'tankUSDPerMMBtu', 'dualFuelUSDPerKW'] as const) {
    if (!(Number.isFinite(d[field]) && d[field] >= 0)) throw new Error(`fuel.distillate.${field}: must be a finite number ≥ 0, got ${d[field]}`);
  }
  if (d.refillMMBtuPerDay !== undefined && !(Number.isFinite(d.refillMMBtuPerDay) && d.refillMMBtuPerDay >= 0)) throw new Error(`fuel.distillate.refillMMBtuPerDay: must be a finite number ≥ 0, got ${d.refillMMBtuPerDay}`);
}
