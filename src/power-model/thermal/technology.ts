import type { CostRanges } from '../economics/ranges';
import { validateDerating, type ThermalDerating } from './derating';
import { validateEmissions, type ThermalEmissions } from './emissions';
/** Kinds of fuel-burning BTM generator the engine dispatches. */
export const THERMAL_KINDS = ['gas-turbine', 'combined-cycle', 'recip-engine', 'fuel-cell'] as const;
export type ThermalKind = (typeof THERMAL_KINDS)[number];

/**
 * Cost and performance of one thermal technology (one row of data/technologies.json, plus the
 * operating limits the data file does not carry).
 *
 * - `heatRateBtuPerKWh`: full-load heat rate, HHV (EIA AEO2026 Table 3).
 * - `partLoadHeatRateBtuPerKWh`: heat rate at minimum stable load; fuel between the two points is
 *   linear in output (a no-load fuel term plus an incremental rate), see {@link unitFuelLine}.
 * - `minStableLoadFraction`: lowest steady output of one unit as a fraction of its size.
 * - `forcedOutageRate`: fraction of hours a unit is unavailable; dispatch uses the expected
 *   available capacity, units × size × (1 − FOR).
 * - `co2KgPerMMBtu`: 53.06 for pipeline natural gas (40 CFR 98 Table NN-1).
 */
export type ThermalTechnology = {
  id: string;
  name: string;
  kind: ThermalKind;
  unitSizeMW: number;
  heatRateBtuPerKWh: number;
  partLoadHeatRateBtuPerKWh: number;
  minStableLoadFraction: number;
  forcedOutageRate: number;
  variableOMUSDPerMWh: number;
  fixedOMUSDPerKWYear: number;
  capexUSDPerKW: number;
  leadTimeYears: number;
  lifetimeYears: number;
  co2KgPerMMBtu: number;
  /** Published low/high of capex and lead time (mid = the figures above), for the tornado. */
  range?: CostRanges;
  /** Output and heat rate against dry-bulb and elevation (derating.ts); absent = the rating in every hour. */
  derating?: ThermalDerating;
  /** NOx and CO per MMBtu, without and with SCR (emissions.ts; data/technologies.json `emissions`); absent = not known, counted as zero. */
  emissions?: ThermalEmissions;
};

/**
 * Operating limits per kind, which the reference data does not give: our planning estimates
 * (flagged as such wherever they reach a result). Minimum stable load: simple-cycle turbines run
 * down to about 40–50% within emission limits, aeroderivatives lower; a 2×1 combined cycle can
 * shut one train; a plant of many reciprocating engines or fuel-cell modules follows load
 * closely. Part-load factor: heat rate at minimum load ÷ full-load heat rate.
 */
export const THERMAL_OPERATING_ESTIMATES: Record<ThermalKind, { minStableLoadFraction: number; partLoadHeatRateFactor: number }> = {
  'gas-turbine': { minStableLoadFraction: 0.4, partLoadHeatRateFactor: 1.25 },
  'combined-cycle': { minStableLoadFraction: 0.4, partLoadHeatRateFactor: 1.12 },
  'recip-engine': { minStableLoadFraction: 0.3, partLoadHeatRateFactor: 1.1 },
  'fuel-cell': { minStableLoadFraction: 0.3, partLoadHeatRateFactor: 1.05 },
};

/** Natural-gas CO2 factor, kg per MMBtu HHV (40 CFR 98 Subpart NN Table NN-1; EIA). */
export const NATURAL_GAS_CO2_KG_PER_MMBTU = 53.06;

/**
 * Fuel of one running unit as a straight line in its output P (MW): fuel(P) = noLoad + incremental × P,
 * in MMBtu per hour, through (Pmin, HRpart × Pmin) and (Pmax, HRfull × Pmax), with heat rates in
 * Btu/kWh = MMBtu/MWh ÷ 1000.
 */
export function unitFuelLine(tech: ThermalTechnology): { noLoadMMBtuPerHour: number; incrementalMMBtuPerMWh: number } {
  const pMaxMW = tech.unitSizeMW;
  const pMinMW = tech.unitSizeMW * tech.minStableLoadFraction;
  const fuelAtMaxMMBtu = (tech.heatRateBtuPerKWh * pMaxMW) / 1000;
  const fuelAtMinMMBtu = (tech.partLoadHeatRateBtuPerKWh * pMinMW) / 1000;
  if (pMaxMW - pMinMW <= 0) return { noLoadMMBtuPerHour: 0, incrementalMMBtuPerMWh: tech.heatRateBtuPerKWh / 1000 };
  const incremental = (fuelAtMaxMMBtu - fuelAtMinMMBtu) / (pMaxMW - pMinMW);
  return { noLoadMMBtuPerHour: fuelAtMaxMMBtu - incremental * pMaxMW, incrementalMMBtuPerMWh: incremental };
}

/** Marginal cost at full load, USD/MWh = heat rate (Btu/kWh) × gas price (USD/MMBtu) ÷ 1000 + VOM. */
export function fullLoadMarginalCostUSDPerMWh(tech: ThermalTechnology, gasPriceUSDPerMMBtu: number): number {
  return (tech.heatRateBtuPerKWh * gasPriceUSDPerMMBtu) / 1000 + tech.variableOMUSDPerMWh;
}

/** Refuses a technology whose numbers cannot be dispatched, naming the field. */
export function validateThermalTechnology(tech: ThermalTechnology): void {
  const bad = (field: string, problem: string): never => {
    throw new Error(`thermal technology "${tech.id}": ${field} ${problem}`);
  };
  if (!(tech.unitSizeMW > 0)) bad('unitSizeMW', 'must be > 0');
  if (!(tech.heatRateBtuPerKWh >= 3412)) bad('heatRateBtuPerKWh', 'must be ≥ 3412 (100% efficiency)');
  if (!(tech.partLoadHeatRateBtuPerKWh >= tech.heatRateBtuPerKWh)) bad('partLoadHeatRateBtuPerKWh', 'must be ≥ the full-load heat rate');
  if (!(tech.minStableLoadFraction >= 0 && tech.minStableLoadFraction < 1)) bad('minStableLoadFraction', 'must be in [0, 1)');
  if (!(tech.forcedOutageRate >= 0 && tech.forcedOutageRate < 1)) bad('forcedOutageRate', 'must be in [0, 1)');
  for (const field of ['variableOMUSDPerMWh', 'fixedOMUSDPerKWYear', 'capexUSDPerKW', 'leadTimeYears', 'co2KgPerMMBtu'] as const) {
    if (!(tech[field] >= 0) || !Number.isFinite(tech[field])) bad(field, 'must be a finite number ≥ 0');
  }
  if (tech.derating !== undefined) validateDerating(tech.derating, `thermal technology "${tech.id}"`);
  if (tech.emissions !== undefined) validateEmissions(tech.emissions, `thermal technology "${tech.id}"`);
}
