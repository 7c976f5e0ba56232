/** The sizing LP's inputs for the scenario's air permit and gas deliverability (families/permits.ts, fuel.ts, distillate.ts, gas-storage.ts). */

import type { ModelClock } from '../fuel/gas-day';

/**
 * Air-permit limits on the behind-the-meter fleet (the scenario's `permits`), each absent = none:
 * operating hours a year per unit, NOx and CO in short tons a year, the fleet's own CO2 in metric
 * tonnes a year (the grid's CO2 is not the permit's: that is `caps.co2TonnesPerYear`).
 */
export type SizingPermits = { hoursPerUnit?: number; noxTonsPerYear?: number; coTonsPerYear?: number; co2TonnesPerYear?: number };

/**
 * Firm gas deliverability to the site (the scenario's `fuel`), MMBtu; each absent = no limit.
 * `clock`: where the model hours sit on the clock; with it the daily rows of a full-year LP are
 * NAESB gas days (9:00–9:00 Central, fuel/gas-day.ts gasDaysFor, the days the dispatch counts),
 * without it calendar days of the model. `distillate`: dual fuel (families/distillate.ts).
 */
export type SizingFuel = {
  pipelineMMBtuPerHour?: number;
  pipelineMMBtuPerDay?: number;
  clock?: ModelClock;
  distillate?: SizingDistillate;
  /**
   * Interruptible transport: 1 in each year hour of a gas day on which the pipeline is cut (no
   * pipeline gas at all; fuel/gas-supply.ts interruptedHours, the dispatch's rule), 8760 values;
   * absent = firm service.
   */
  pipelineCutHours?: Uint8Array;
  /** On-site backup gas (LNG/CNG, the scenario's `storageHoursAtFullLoad`; families/gas-storage.ts). */
  storage?: SizingGasStorage;
};

/**
 * On-site backup gas as the scenario stores it (fuel/storage.ts, permits/costs.ts):
 * - `hoursAtFullLoad`: the tank runs the whole fleet built this many hours at full load (MMBtu =
 *   h × Σ_t HR_t/1000 × X_t), full at hour 0, drawn only when the pipeline cannot deliver;
 * - `refillMMBtuPerDay`: trucked back at the start of each gas day, up to the tank (0 = none);
 * - `tankUSDPerMMBtu`, `systemUSDPerKW`, `lifetimeYears`: the tank and its system per kW of the
 *   fleet, annualized over the lifetime (estimates: fuel/storage.ts FUEL_STORAGE_COST_ESTIMATE).
 */
export type SizingGasStorage = { hoursAtFullLoad: number; refillMMBtuPerDay: number; tankUSDPerMMBtu: number; systemUSDPerKW: number; lifetimeYears: number };

/**
 * No. 2 distillate for the technologies that can burn it (SizingThermalTechnology.distillate), as
 * the scenario stores it (fuel/distillate.ts, data/technologies.json fuel.distillate):
 * - `tankHoursAtFullLoad`: the tank holds this many hours of the dual-fuel MW built at full load
 *   (MMBtu = h × Σ_t HR_t/1000 × X_t), full at hour 0;
 * - `refillMMBtuPerDay`: trucked back at the start of each gas day, up to the tank (0 = none);
 * - `priceUSDPerMMBtu`, `co2KgPerMMBtu`: what a MMBtu burned costs and emits in place of gas;
 * - `tankUSDPerMMBtu`, `dualFuelUSDPerKW`, `lifetimeYears`: the tank and the liquid-fuel kit,
 *   annualized over the lifetime.
 */
export type SizingDistillate = {
  tankHoursAtFullLoad: number;
  refillMMBtuPerDay: number;
  priceUSDPerMMBtu: number;
  co2KgPerMMBtu: number;
  tankUSDPerMMBtu: number;
  dualFuelUSDPerKW: number;
  lifetimeYears: number;
};
