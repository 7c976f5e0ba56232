import { servedBasis, type ServedBasis } from '../basis/served';
import type { SimulationSummary } from '../simulate';
import { capacityTotals, siteSetLabel, type PortfolioSiteSet } from './site-set';
import { portfolioTimeToPower, type PortfolioTimeToPowerYear } from './time-to-power';

/**
 * Gas volume per energy: 1 Bcf = 1.036 × 10^6 MMBtu. EIA, Heat Content of Natural Gas Consumed,
 * U.S.: 1,036 Btu per cubic foot in 2023 and 2025 (1,037 in 2024),
 * https://www.eia.gov/dnav/ng/ng_cons_heat_a_EPG0_VGTH_btucf_a.htm. Every view and the CLI use this one.
 */
export const MMBTU_PER_BCF = 1.036e6;

/** One site of the portfolio: its nameplate (non-cancelled phases) and its simulated summary. */
export type PortfolioSite = { stargate: boolean; itMW: number; facilityMW: number; summary: SimulationSummary };

/** `unservedHours` of a portfolio counts site-hours (Σ of the sites' unserved hours). */
export type PortfolioTotals = ServedBasis & {
  scenarioId: string;
  siteSet: PortfolioSiteSet;
  /** "7 Stargate sites": the words shown beside every total. */
  siteSetLabel: string;
  siteCount: number;
  siteIds: string[];
  /** Simulated year of each site (its design year unless chosen): the basis of the sums. */
  yearBySite: Record<string, number>;
  /** Nameplate IT MW and facility MW (IT × design PUE) of the listed sites. */
  itMW: number;
  facilityMW: number;
  /** Sum of each site's simulated facility peak in its year (non-coincident). */
  facilityPeakMW: number;
  energyMWh: number;
  gridEnergyMWh: number;
  solarEnergyMWh: number;
  thermalEnergyMWh: number;
  batteryDischargeMWh: number;
  fuelMMBtu: number;
  fuelBcf: number;
  co2Tonnes: number;
  capexUSD: number;
  annualCostUSD: number;
  npvUSD: number;
  /** Sites that leave more than 0.1% of their load unserved. */
  flaggedSiteIds: string[];
  timeToPower: PortfolioTimeToPowerYear[];
};

/**
 * The one portfolio sum every view and the CLI use. `sites` are the sites of `set` (select them
 * with `sitesInSet`); every total is the plain sum over exactly these sites, and the served basis
 * (served share, cost per MWh served and per MWh of load with unserved energy at each site's
 * VOLL) is worked out from the sums, not averaged from the sites' ratios.
 */
export function portfolioTotals(scenarioId: string, set: PortfolioSiteSet, sites: readonly PortfolioSite[]): PortfolioTotals {
  const summaries = sites.map((s) => s.summary);
  const sum = (pick: (s: SimulationSummary) => number) => summaries.reduce((total, s) => total + pick(s), 0);
  const energyMWh = sum((s) => s.energyMWh);
  const unservedEnergyMWh = sum((s) => s.unservedEnergyMWh);
  const unservedValueUSD = sum((s) => s.unservedValueUSD);
  const annualCostUSD = sum((s) => s.annualCostUSD);
  const fuelMMBtu = sum((s) => s.fuelMMBtu);
  // The portfolio's VOLL is the unserved-energy-weighted mean of the sites' (so the value adds up).
  const vollUSDPerMWh = unservedEnergyMWh > 0 ? unservedValueUSD / unservedEnergyMWh : (summaries[0]?.vollUSDPerMWh ?? 0);
  // Sites do not share hours on one clock, so the portfolio's unserved hours are site-hours: Σ over sites.
  const basis = servedBasis({ loadEnergyMWh: energyMWh, unservedEnergyMWh, unservedHours: sum((s) => s.unservedHours), annualCostUSD, vollUSDPerMWh });
  const capacity = capacityTotals(sites);
  return {
    ...basis,
    scenarioId,
    siteSet: set,
    siteSetLabel: siteSetLabel(set, sites.length),
    siteCount: sites.length,
    siteIds: summaries.map((s) => s.siteId),
    yearBySite: Object.fromEntries(summaries.map((s) => [s.siteId, s.year])),
    itMW: capacity.itMW,
    facilityMW: capacity.facilityMW,
    facilityPeakMW: sum((s) => s.facilityPeakMW),
    energyMWh,
    gridEnergyMWh: sum((s) => s.gridEnergyMWh),
    solarEnergyMWh: sum((s) => s.solarEnergyMWh),
    thermalEnergyMWh: sum((s) => s.thermalEnergyMWh),
    batteryDischargeMWh: sum((s) => s.batteryDischargeMWh),
    fuelMMBtu,
    fuelBcf: fuelMMBtu / MMBTU_PER_BCF,
    co2Tonnes: sum((s) => s.co2Tonnes),
    capexUSD: sum((s) => s.capexUSD),
    annualCostUSD,
    npvUSD: sum((s) => s.npvUSD),
    flaggedSiteIds: summaries.filter((s) => s.unservedFlag).map((s) => s.siteId),
    timeToPower: portfolioTimeToPower(summaries),
  };
}
