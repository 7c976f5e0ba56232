/**
 * Which sites a portfolio total covers. `stargate` (the default): the sites branded Stargate;
 * `all`: every site of the project. Every total is shown with the set it covers beside it.
 */
export const PORTFOLIO_SITE_SETS = ['stargate', 'all'] as const;
export type PortfolioSiteSet = (typeof PORTFOLIO_SITE_SETS)[number];
export const DEFAULT_PORTFOLIO_SITE_SET: PortfolioSiteSet = 'stargate';

export function isPortfolioSiteSet(value: string): value is PortfolioSiteSet {
  return PORTFOLIO_SITE_SETS.some((s) => s === value);
}

/** The sites of `set`, in their given order. */
export function sitesInSet<T extends { stargate: boolean }>(sites: readonly T[], set: PortfolioSiteSet): T[] {
  return set === 'all' ? [...sites] : sites.filter((s) => s.stargate);
}

/** The words that name a set beside its totals: "7 Stargate sites", "8 sites (all)". */
export function siteSetLabel(set: PortfolioSiteSet, count: number): string {
  const noun = count === 1 ? 'site' : 'sites';
  return set === 'stargate' ? `${count} Stargate ${noun}` : `${count} ${noun} (all)`;
}

/** Nameplate capacity of a set: IT MW and facility MW (IT × design PUE), cancelled phases left out by the caller. */
export type CapacityTotals = { siteCount: number; itMW: number; facilityMW: number };

export function capacityTotals(sites: readonly { itMW: number; facilityMW: number }[]): CapacityTotals {
  return { siteCount: sites.length, itMW: sites.reduce((s, r) => s + r.itMW, 0), facilityMW: sites.reduce((s, r) => s + r.facilityMW, 0) };
}
