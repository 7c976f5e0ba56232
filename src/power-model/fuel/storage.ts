import type { ThermalBlockSpec } from '../thermal/fleet';

/**
 * What on-site backup fuel costs, our estimates (no public cost figure could be checked offline):
 * - `tankUSDPerMMBtu`: field-erected distillate tanks with containment and truck unloading cost
 *   on the order of 50–100 USD per barrel of capacity; a barrel of No. 2 oil holds 5.8 MMBtu
 *   (EIA heat content), so 9–17 USD per MMBtu stored — 15 taken, the upper part, for containment.
 * - `dualFuelUSDPerKW`: the liquid-fuel system of a dual-fuel turbine or engine (fuel forwarding,
 *   nozzles, water injection to hold NOx on oil), about 2% of a 2,000–2,500 USD/kW turbine.
 * - `lifetimeYears`: tanks and fuel systems last as long as the units they serve.
 */
export const FUEL_STORAGE_COST_ESTIMATE = {
  tankUSDPerMMBtu: 15,
  dualFuelUSDPerKW: 50,
  lifetimeYears: 30,
  note: 'estimate: tanks at 15 USD per MMBtu stored (50–100 USD/bbl of capacity ÷ 5.8 MMBtu/bbl, upper part) plus a dual-fuel system at 50 USD/kW; no public figure could be checked offline',
} as const;

/** MW of the fleet at nameplate: units × unit size, over every block. */
export function fleetNameplateMW(specs: readonly ThermalBlockSpec[]): number {
  return specs.reduce((sum, s) => sum + s.units * s.technology.unitSizeMW, 0);
}

/**
 * MMBtu of backup fuel that runs the whole fleet `hours` at full load: Σ units × unit size (MW) ×
 * ISO full-load heat rate (Btu/kWh = MMBtu/MWh × 1000) ÷ 1000 × hours. At ISO rating, so a hot
 * hour's derated burn makes the tank last a little longer and a cold hour's a little shorter.
 */
export function storageMMBtuForHours(specs: readonly ThermalBlockSpec[], hours: number): number {
  return hours * specs.reduce((sum, s) => sum + (s.units * s.technology.unitSizeMW * s.technology.heatRateBtuPerKWh) / 1000, 0);
}

/** Capital cost of the backup fuel system, USD: tank MMBtu × USD/MMBtu + fleet kW × dual-fuel USD/kW. */
export function storageCapexUSD(storageMMBtu: number, fleetMW: number): number {
  if (storageMMBtu <= 0) return 0;
  return storageMMBtu * FUEL_STORAGE_COST_ESTIMATE.tankUSDPerMMBtu + fleetMW * 1000 * FUEL_STORAGE_COST_ESTIMATE.dualFuelUSDPerKW;
}

/**
 * An on-site tank at the start of a gas day, MMBtu: what it held plus the day's delivery by truck,
 * never above its capacity — min(capacity, level + perDay). The one refill rule of backup gas
 * (LNG/CNG, `storageRefillMMBtuPerDay`) and of distillate (`distillate.refillMMBtuPerDay`): trucks
 * come once a gas day, so a tank drawn in an interruption fills again over the days after it.
 */
export function refillTank(levelMMBtu: number, capacityMMBtu: number, perDayMMBtu: number): number {
  return Math.min(capacityMMBtu, levelMMBtu + perDayMMBtu);
}
