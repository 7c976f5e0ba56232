/** Inputs and results of the least-cost sizing LP (`optimizeSizing`). */

import type { SizingFuel, SizingPermits } from './limits-types';

export type { SizingDistillate, SizingFuel, SizingGasStorage, SizingPermits } from './limits-types';

/** A dispatchable thermal technology the optimizer may build in whole units of `unitMW`. */
export type SizingThermalTechnology = {
  technologyId: string;
  capexUSDPerKW: number;
  fixedOMUSDPerKWYear: number;
  variableOMUSDPerMWh: number;
  heatRateBtuPerKWh: number;
  fuelPriceUSDPerMMBtu: number;
  co2KgPerMMBtu: number;
  unitMW: number;
  lifetimeYears: number;
  /** Carried through to the result for the reliability check; the LP does not use them. */
  forcedOutageRate?: number;
  mttrHours?: number;
  /** Most MW of this technology that may be built; omitted = no limit. */
  maxMW?: number;
  /**
   * Output fraction of the rating on the site's hot day (the 0.4% design dry-bulb, at its
   * elevation; thermal/derating.ts): the N+k reserve counts X × firmFraction MW and a unit out as
   * unitMW × firmFraction. Default 1.
   */
  firmFraction?: number;
  /**
   * MW available per MW built, each hour of the year (8760 values: ambient × altitude derating,
   * thermal/derating.ts hourlyDerating): every hourly row caps output at X × this. Omitted = 1.
   * The heat rate stays at its rating in the LP (the re-check's simulation applies its hourly
   * correction too).
   */
  outputFractionByHour?: Float64Array;
  /**
   * Heat rate per its rating, each hour of the year (8760 values, thermal/derating.ts
   * hourlyDerating): the fuel family's pipeline rows and the distillate family burn HR × this, so
   * the gas a hot hour takes is what the re-check's dispatch burns. Omitted = 1. Cost and
   * emissions stay at the rated heat rate.
   */
  heatRateFractionByHour?: Float64Array;
  /** NOx and CO, lb per MMBtu of fuel (thermal/emissions.ts, with SCR where the scenario has it); default 0. */
  noxLbPerMMBtu?: number;
  coLbPerMMBtu?: number;
  /**
   * Burns pipeline gas, so a gas-supply interruption can take it and dual fuel can keep it
   * running (the worst-day target, families/worst-day.ts); default true.
   */
  gasFired?: boolean;
  /**
   * Can be made dual fuel (it burns distillate: data/technologies.json `emissions.distillate`; a
   * fuel cell cannot); default true. The worst-day target offers dual fuel only where both hold.
   */
  dualFuelCapable?: boolean;
  /**
   * NOx and CO, lb per MMBtu of No. 2 distillate this technology burns on dual fuel (thermal/
   * emissions.ts `distillate`, with SCR where the scenario has it; AP-42 Tables 3.1-1 and 3.4-1);
   * absent = it cannot burn distillate (families/distillate.ts gives it no distillate column).
   */
  distillate?: { noxLbPerMMBtu: number; coLbPerMMBtu: number };
};

/**
 * 'n-plus-k': the N+k reserve on independent unit failures (families/reserve.ts), "N+1 on paper".
 * 'worst-day': that reserve and, besides, every design common-mode event of `worstDay` ridden
 * through with the largest unit out (families/worst-day.ts), "firm on the worst day".
 */
export const RELIABILITY_TARGETS = ['n-plus-k', 'worst-day'] as const;
export type ReliabilityTarget = (typeof RELIABILITY_TARGETS)[number];

/**
 * One design common-mode event the worst-day target must ride through (optimize/worst-day-events.ts
 * derives them from the Monte Carlo's common-mode settings and the site's weather):
 * - 'gasSupply': `shareOfGasLost` of the gas-fired MW (not dual fuel) loses its fuel; the grid stays;
 * - 'gridOutage': the grid is out (its MW count for nothing); the gas keeps flowing.
 * The campus load `loadMW` is met for `durationHours` with the largest unit out, thermal MW at
 * `thermalOutputFraction` of their rating (by technologyId; absent = 1).
 */
export type WorstDayEvent = {
  kind: 'gasSupply' | 'gridOutage';
  /** In words, for notes and the view: e.g. "gas-supply interruption at −6.1 °C". */
  label: string;
  loadMW: number;
  durationHours: number;
  /** Dry-bulb the thermal fractions were taken at, °C. */
  dryBulbC: number;
  thermalOutputFraction: Readonly<Record<string, number>>;
  /** 0..1; 0 for a grid outage. */
  shareOfGasLost: number;
};

/**
 * The worst-day target's events and what dual fuel costs: per MW of dual-fuel capability, a
 * liquid-fuel system (USD/kW) and tanks holding the event's hours of fuel at the unit's heat rate
 * (USD per MMBtu stored), annualized over `lifetimeYears`.
 */
export type SizingWorstDay = {
  events: readonly WorstDayEvent[];
  dualFuel: { systemUSDPerKW: number; tankUSDPerMMBtu: number; lifetimeYears: number };
};

export type SizingSolar = {
  capexUSDPerKWac: number;
  fixedOMUSDPerKWacYear: number;
  lifetimeYears: number;
  /** Land per MWac, acres. */
  acresPerMWac: number;
  /** Hourly output per MWac installed, MW/MWac (0..1), 8760 values. */
  outputMWPerMWac: Float64Array;
  maxMWac?: number;
};

export type SizingBattery = {
  powerCapexUSDPerKW: number;
  energyCapexUSDPerKWh: number;
  fixedOMUSDPerKWYear: number;
  lifetimeYears: number;
  /** AC round-trip efficiency, split √η on charge and √η on discharge. */
  roundTripEfficiency: number;
  /** Reserve never used, percent of energy capacity. */
  socMinPct: number;
  maxMW?: number;
  maxMWh?: number;
};

export type SizingGrid = {
  /** Physical limit of the point of interconnection, MW (a site fact, not a policy cap). */
  importLimitMW: number;
  /** Energy price, USD/MWh: one flat price or 8760 hourly prices (≥ 0). */
  energyPriceUSDPerMWh: number | Float64Array;
  /** Demand/capacity charge per MW of contracted grid capacity, USD/MW-yr. */
  capacityChargeUSDPerMWYear: number;
  /** Grid emissions, kg CO2/MWh imported. */
  co2KgPerMWh: number;
  /**
   * A flexible offer on top of the firm limit (`importLimitMW` is then the utility's firm offer):
   * the flexible MW is a decision (families/flexible-grid.ts, optimize-flexible.ts). Absent, or
   * `maxMW` 0: no flexible service, the LP is exactly the firm one.
   */
  flexible?: SizingFlexibleGrid;
};

/**
 * Which hours the flexible part is cut to firm: the host-system rule (grid/flexible.ts
 * systemRuleHours: hour h is cut when hostLoadMW[h] + X > servableMW[h], X the flexible MW, both
 * on the model calendar), or a fixed list of model hours (an imported or emergency list).
 */
export type SizingFlexibleCurtailment =
  | { kind: 'systemLoad'; hostLoadMW: Float64Array; servableMW: Float64Array; description?: string }
  | { kind: 'listed'; hours: readonly number[] };

/** The flexible grid offer and what it is worth (issue 16): see families/flexible-grid.ts. */
export type SizingFlexibleGrid = {
  /** Most flexible MW the utility offers above the firm limit. */
  maxMW: number;
  curtailment: SizingFlexibleCurtailment;
  /** Cost of compute not run in a curtailed hour, USD/MWh (grid/flexible.ts DEFAULT_WORKLOAD_CURTAILMENT). */
  workloadCurtailmentUSDPerMWh: number;
  /** Queue time of firm and of flexible service, months: the flexible MW energize (firm − flexible) months earlier. */
  firmQueueMonths: number;
  flexibleQueueMonths: number;
  /** Value of a MW of compute online a month earlier, USD/MW-month (user-set; DEFAULT_ENERGIZE_VALUE an estimate). */
  energizeValueUSDPerMWMonth: number;
  /** Years over which that one-off value is annualized by the capital recovery factor; default 20 (the economics horizon). */
  energizeRecoveryYears?: number;
  /** Charge per MW of flexible service, USD/MW-yr; default the firm capacity charge. */
  capacityChargeUSDPerMWYear?: number;
  /** Flexible MW solved for under the system rule (thinned breakpoints, 0 and maxMW included); default 6. */
  candidates?: number;
  /** Flexible MW held at this value (one candidate of the search, or a chosen plan re-dispatched); absent = decided. */
  fixedMW?: number;
};

/** Optional policy caps; each one left out is not imposed. */
export type SizingCaps = {
  co2TonnesPerYear?: number;
  gridMW?: number;
  landAcres?: number;
  residentialBillUSDPerMonth?: number;
};

/**
 * Linearized residential bill change (from the rate-impact engine): bill change per household,
 * USD/month = usdPerMonthPerMW × the campus's grid draw at the utility's coincident peak, MW.
 */
export type ResidentialBillRelation = {
  usdPerMonthPerMW: number;
  /**
   * Model hours (0..8759) of the utility's coincident peaks; the draw in the worst of them
   * counts. Omitted: the contracted grid capacity counts (the draw can reach it any hour).
   */
  coincidentPeakHours?: readonly number[];
};

/**
 * fullYear: every hour of the year (class of largest unit picked on representative days first);
 * representativeDays: `days` clustered days; twoStage: sized on `days` representative days, then
 * the full year dispatched with the rounded capacities fixed (see `optimizeTwoStage`).
 */
export type SizingTimeResolution =
  | { kind: 'fullYear' }
  | { kind: 'representativeDays'; days: number; seed?: number }
  | { kind: 'twoStage'; days: number; seed?: number };

export type SizingInput = {
  /** Hourly facility load, MW, 8760 values. */
  facilityLoadMW: Float64Array;
  /** Real discount rate for the capital recovery factor, per year (e.g. 0.07). */
  discountRate: number;
  grid?: SizingGrid;
  thermal: readonly SizingThermalTechnology[];
  solar?: SizingSolar;
  battery?: SizingBattery;
  /** k of N+k: grid + thermal MW ≥ peak load + k × the largest unit built; default 1. */
  reserveUnits?: number;
  /** Default 'n-plus-k'; 'worst-day' needs `worstDay`. */
  reliabilityTarget?: ReliabilityTarget;
  worstDay?: SizingWorstDay;
  /** Unserved energy allowed, MWh/yr, and its penalty, USD/MWh; default: none allowed. */
  unserved?: { allowanceMWhPerYear: number; valueOfLostLoadUSDPerMWh: number };
  caps?: SizingCaps;
  permits?: SizingPermits;
  fuel?: SizingFuel;
  residentialBill?: ResidentialBillRelation;
  timeResolution: SizingTimeResolution;
  /** Solver time limit, seconds; default 300 for the full year, 60 for representative days and two stages. */
  timeLimitSeconds?: number;
  /**
   * HiGHS LP algorithm: 'ipm' (interior point, then crossover), 'simplex', or 'choose' (HiGHS
   * decides). Default: 'ipm' for the full year, where it was measured faster on the hourly
   * model with a battery, and 'choose' for representative days.
   */
  solver?: 'choose' | 'simplex' | 'ipm';
  /**
   * Told, between solves, how far the run is (0..1) and what it is doing; it may throw to stop the
   * run there (a cancelled job does). Solves themselves are not interrupted.
   */
  onProgress?: (fraction: number, message: string) => void;
};

/**
 * 'notMet': the LP was solved, but the re-check of its whole-unit mix breaks a promise (a cap, the
 * unserved allowance, the availability target or the scenario's structure); the job says which and
 * by how much. The engine's `optimizeSizing` itself never returns it.
 */
export type SizingStatus = 'optimal' | 'notMet' | 'infeasible' | 'timeLimit' | 'unbounded' | 'error';

/** A constraint that cannot be met and by how much, in plain words. */
export type Infeasibility = {
  constraint:
    | 'co2TonnesPerYear'
    | 'gridMW'
    | 'landAcres'
    | 'residentialBillUSDPerMonth'
    | 'reserveMargin'
    | 'unservedEnergy'
    | 'noxTonsPerYear'
    | 'coTonsPerYear'
    | 'fleetCo2TonnesPerYear'
    | 'hoursPerUnit'
    | 'worstDayGasSupply'
    | 'worstDayGridOutage';
  limit: number;
  needed: number;
  shortfall: number;
  unit: string;
  message: string;
};

export type SizedThermal = {
  technologyId: string;
  /** Whole units: the LP's MW divided by unitMW, rounded up. */
  units: number;
  unitMW: number;
  /** units × unitMW. */
  capacityMW: number;
  /** The LP's continuous answer before rounding. */
  lpCapacityMW: number;
  /**
   * Worst-day target only: rated MW able to run on stored distillate through a gas-supply
   * interruption (the LP's answer; whole dual-fuel units are ⌈this / unitMW⌉); absent = none.
   */
  dualFuelMW?: number;
};

/** The mix in the shape of a scenario's supply. */
export type SizedMix = {
  gridImportMW: number;
  thermal: SizedThermal[];
  solarMWac: number;
  batteryMW: number;
  batteryMWh: number;
  /** Flexible grid MW above `gridImportMW` (the firm part), when a flexible offer was made. */
  flexibleGridMW?: number;
};

export type SizingCostBreakdown = {
  gridCapacityUSD: number;
  gridEnergyUSD: number;
  thermalCapitalAndFixedUSD: number;
  thermalFuelAndVariableUSD: number;
  solarUSD: number;
  batteryUSD: number;
  unservedPenaltyUSD: number;
  /** With a flexible offer: its charge less the energize credit (negative when the credit is larger), and compute not run. */
  flexibleGridUSD?: number;
  workloadCurtailmentUSD?: number;
  /** Worst-day target, or the scenario's distillate: dual-fuel systems and tanks, annualized. */
  dualFuelUSD?: number;
  /** The scenario's distillate: what burning it costs over the gas it replaced (its fuel is in thermalFuelAndVariableUSD at the gas price). */
  distillatePremiumUSD?: number;
  /** The scenario's on-site backup gas: tank and system on the thermal MW, annualized (families/gas-storage.ts). */
  gasStorageUSD?: number;
};

export type SizingResult = {
  status: SizingStatus;
  /** Minimized annualized cost of the LP (continuous) mix, USD/yr; null when not solved. */
  objectiveUSDPerYear: number | null;
  costBreakdownUSDPerYear: SizingCostBreakdown | null;
  mix: SizedMix | null;
  annual: {
    co2Tonnes: number;
    gridEnergyMWh: number;
    thermalEnergyMWh: number;
    solarEnergyMWh: number;
    unservedEnergyMWh: number;
    landAcres: number;
    gridCoincidentPeakMW: number;
    residentialBillChangeUSDPerMonth: number | null;
    /** With a flexible offer: load not served in the hours its flexible part is cut, MWh (priced as compute not run, not unserved). */
    workloadCurtailedMWh?: number;
    /** With distillate (dual fuel) in the LP: MMBtu burned in place of gas, and the tank size the mix gets. */
    distillateMMBtu?: number;
    distillateTankMMBtu?: number;
    /** Backup gas drawn from the on-site tank in place of pipeline gas, MMBtu a year, and the tank, MMBtu. */
    gasStorageDrawnMMBtu?: number;
    gasStorageTankMMBtu?: number;
  } | null;
  infeasibilities: Infeasibility[];
  solveTimeMs: number;
  buildTimeMs: number;
  /** Size of the (kept) LP solved, and how many LPs, one per class of largest unit built, were solved. */
  lp: { columns: number; rows: number; modelledHours: number; representativeDays: { day: number; weightDays: number }[] | null; reserveClasses: number };
  /**
   * What is proven about the objective: the lower bound (USD/yr) no design can beat in the LP's
   * cost model, where one is proven (null where it is not: representative days, a class picked on
   * them, classes answered by different methods), and in words what the answer is the optimum of.
   */
  bound: { lowerBoundUSDPerYear: number | null; scope: string };
  notes: string[];
  /** The flexible grid decision and its frontier (optimize-flexible.ts); absent without a flexible offer. */
  flexible?: FlexibleAnswer;
};

/** One flexible MW solved for: what it costs and what it buys. */
export type FlexibleCandidate = {
  flexibleMW: number;
  status: SizingStatus;
  /** Firm grid MW contracted and on-site MW built (thermal + solar + battery power) at this flexible MW. */
  firmMW: number;
  onsiteMW: number;
  /** Objective of this candidate's LP, USD/yr (the energize credit included); null when not solved. */
  costUSDPerYear: number | null;
  curtailedHours: number;
  workloadCurtailedMWh: number;
  monthsEarlier: number;
};

export type FlexibleAnswer = FlexibleCandidate & {
  offerMW: number;
  /** Annualized credit of energizing earlier, USD/yr (value × months earlier × MW × CRF). */
  energizeCreditUSDPerYear: number;
  workloadCurtailmentUSD: number;
  rule: string;
  /** Every candidate solved, by flexible MW: the answer's table. */
  frontier: FlexibleCandidate[];
};
