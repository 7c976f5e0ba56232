import type { GasService } from '../fuel/gas-supply';
import type { PermitOrder } from '../permits/reservation';

/**
 * A scenario says how a site is supplied: grid settings, the behind-the-meter (BTM) fleet, the
 * dispatch strategy and assumption overrides. Sizes are absolute (MW, MWh, units) or relative to
 * the site's facility peak (`…PeakMultiple`), so one built-in scenario fits every site.
 */

export const BUILT_IN_SCENARIO_IDS = ['grid-only', 'btm-gas', 'hybrid', 'islanded'] as const;
export type BuiltInScenarioId = (typeof BUILT_IN_SCENARIO_IDS)[number];

export const DISPATCH_STRATEGIES = ['grid-first', 'btm-first', 'economic', 'peak-shave'] as const;
export type DispatchStrategy = (typeof DISPATCH_STRATEGIES)[number];

export const SOLAR_MOUNTINGS = ['fixed', 'single-axis'] as const;
export type SolarMounting = (typeof SOLAR_MOUNTINGS)[number];

/** One thermal technology in the fleet: give exactly one of capacityMW, units, peakMultiple. */
export type ThermalFleetEntry = {
  /** Technology id from data/technologies.json, e.g. 'ct-aeroderivative'. */
  technology: string;
  capacityMW?: number;
  units?: number;
  /** Installed MW as a multiple of the facility peak, rounded up to whole units. */
  peakMultiple?: number;
  /** Year the units are ordered; online at orderYear + lead time. Default: the site's first phase year. */
  orderYear?: number;
};

export type ScenarioGrid = {
  /** False: islanded, no grid import at all. Default true. */
  importAllowed?: boolean;
  /** Replaces the site's point-of-interconnection schedule with this limit in every year. */
  importLimitMW?: number;
  /** Grid energized no earlier than this year (a late connection). */
  connectionYear?: number;
  /** Peak-shave cap on grid draw, MW. */
  peakShaveCapMW?: number;
  /** Peak-shave cap as a fraction of the facility peak (used when peakShaveCapMW is absent). */
  peakShaveCapFraction?: number;
  /** Flexible MW on top of the firm import limit, curtailed in the host system's stress hours (grid/flexible.ts). Default 0. */
  flexibleMW?: number;
  /** Cost of a MWh of compute not run when a curtailment leaves load unserved, USD/MWh. Default DEFAULT_WORKLOAD_CURTAILMENT (an estimate). */
  workloadCurtailmentUSDPerMWh?: number;
  /** Model hours (0..8759) the flexible part is curtailed in, replacing the system-load rule (an imported or emergency list). */
  flexibleCurtailmentHours?: number[];
  /** Queue time of the flexible part from the planning year, months. Default DEFAULT_FLEXIBLE_QUEUE (an estimate). */
  flexibleQueueMonths?: number;
  /** Queue time of the firm part from the planning year, months; replaces the site's queue. */
  firmQueueMonths?: number;
};

export type ScenarioBattery = {
  powerMW?: number;
  energyMWh?: number;
  /** Power as a multiple of the facility peak (used when powerMW is absent). */
  powerPeakMultiple?: number;
  /** Energy = power × duration (used when energyMWh is absent). Default 4 h. */
  durationHours?: number;
};

export type ScenarioBtm = {
  thermal?: ThermalFleetEntry[];
  solarMWac?: number;
  /** Solar MWac as a multiple of the facility peak (used when solarMWac is absent). */
  solarPeakMultiple?: number;
  solarMounting?: SolarMounting;
  battery?: ScenarioBattery;
};

/**
 * Air-permit limits on the scenario's BTM thermal fleet (permits/limits.ts); each absent = no
 * limit, and no field at all leaves the dispatch as it was.
 */
export type ScenarioPermits = {
  /** Operating hours a year per unit (every unit of every thermal block). */
  hoursPerUnit?: number;
  /** NOx, short tons a year, from fuel × the technology's lb/MMBtu (data/technologies.json `emissions`). */
  noxTonsPerYear?: number;
  /** CO, short tons a year. */
  coTonsPerYear?: number;
  /** CO2 from the fleet's fuel, metric tonnes a year. */
  co2TonnesPerYear?: number;
  /** SCR on every unit that takes one: lower NOx factor, its capex and O&M added. Default false. */
  scr?: boolean;
  /**
   * 'chronological' (default): the units run until a budget is spent, whenever that is.
   * 'priority': the budgets go first to the hours the grid and solar cannot cover (largest
   * shortfall first), then to the dearest grid hours (permits/reservation.ts).
   */
  order?: PermitOrder;
};

/**
 * Gas deliverability to the site (fuel/gas-supply.ts); no field = unlimited firm gas, as before.
 * Read by the dispatch and — for common-mode events — by the reliability model:
 * - `pipelineMMBtuPerDay` / `pipelineMMBtuPerHour`: the lateral's daily quantity and hourly
 *   maximum (either alone is fine: no hourly figure = only the day binds; no daily = 24 × hourly).
 * - `service`: 'firm' (default) or 'interruptible' — cut to zero on every gas day whose coldest
 *   hour is below `interruptBelowC` (default −5 °C, an estimate, fuel/gas-supply.ts).
 * - `storageHoursAtFullLoad`: on-site backup fuel (dual fuel / tanks), in hours of the whole
 *   thermal fleet at full load (units × size × ISO heat rate); full at the start of the year,
 *   burned only when the pipeline falls short. 0 or absent = none.
 * - `storageRefillMMBtuPerDay`: fuel trucked in each day, up to the tank (default 0).
 * - `distillateHoursAtFullLoad`: No. 2 distillate in tanks for the units that can burn it (dual
 *   fuel, fuel/distillate.ts), in hours of those units at full load; burned after the pipeline and
 *   the gas storage, at its own price and emission factors, counted against the permits; its
 *   tank and dual-fuel kit priced. 0 or absent = none.
 * - `distillateRefillMMBtuPerDay`: distillate trucked back each gas day, up to the tank (default
 *   the catalog's estimate, data/technologies.json fuel.distillate.refillMMBtuPerDay; 0 = none).
 */
export type ScenarioFuel = {
  pipelineMMBtuPerDay?: number;
  pipelineMMBtuPerHour?: number;
  service?: GasService;
  interruptBelowC?: number;
  storageHoursAtFullLoad?: number;
  storageRefillMMBtuPerDay?: number;
  distillateHoursAtFullLoad?: number;
  distillateRefillMMBtuPerDay?: number;
};

/** A scenario as written in a file or saved in a project; a `base` fills what it leaves out. */
export type ScenarioSpec = {
  id: string;
  name: string;
  base?: BuiltInScenarioId;
  description?: string;
  strategy?: DispatchStrategy;
  grid?: ScenarioGrid;
  btm?: ScenarioBtm;
  permits?: ScenarioPermits;
  fuel?: ScenarioFuel;
  /** Assumption name → value, in the assumption's declared unit (see the economics sheet). */
  overrides?: Record<string, number>;
};

/** A scenario with its base merged in and every choice made. */
export type ResolvedScenario = {
  id: string;
  name: string;
  base: BuiltInScenarioId | undefined;
  description: string;
  strategy: DispatchStrategy;
  grid: ScenarioGrid & { importAllowed: boolean };
  btm: { thermal: ThermalFleetEntry[]; solarMWac?: number; solarPeakMultiple?: number; solarMounting: SolarMounting; battery: ScenarioBattery };
  /** Absent (as in every built-in) = no permit budget and unlimited firm gas. */
  permits?: ScenarioPermits;
  fuel?: ScenarioFuel;
  overrides: Record<string, number>;
};
