import type { SimulationSummary } from '../simulate';

/**
 * Gas volume per energy: 1 Bcf ≈ 1.036 × 10^6 MMBtu (EIA: U.S. natural gas averaged about
 * 1,036 Btu per cubic foot in 2023; https://www.eia.gov/tools/faqs/faq.php?id=45).
 */
export const MMBTU_PER_BCF = 1.036e6;

export type PortfolioTotals = {
  scenarioId: string;
  siteCount: number;
  installedItMW: number;
  /** Sum of each site's facility peak (non-coincident). */
  facilityPeakMW: number;
  energyMWh: number;
  gridEnergyMWh: number;
  solarEnergyMWh: number;
  thermalEnergyMWh: number;
  batteryDischargeMWh: number;
  unservedEnergyMWh: number;
  fuelMMBtu: number;
  fuelBcf: number;
  co2Tonnes: number;
  capexUSD: number;
  annualCostUSD: number;
  /** Annual cost ÷ energy served across the portfolio. */
  lcoeUSDPerMWh: number;
  npvUSD: number;
  /** Shortfall MW by year, summed over sites (a site with no row for a year adds 0). */
  shortfallByYear: { year: number; demandMW: number; availableMW: number; shortfallMW: number }[];
};

/** Sums site summaries of one scenario (sites may have been simulated for different years). */
export function portfolioTotals(scenarioId: string, sites: SimulationSummary[]): PortfolioTotals {
  const sum = (pick: (s: SimulationSummary) => number) => sites.reduce((total, s) => total + pick(s), 0);
  const byYear = new Map<number, { demandMW: number; availableMW: number; shortfallMW: number }>();
  for (const site of sites) {
    for (const row of site.timeToPower) {
      const acc = byYear.get(row.year) ?? { demandMW: 0, availableMW: 0, shortfallMW: 0 };
      acc.demandMW += row.demandMW;
      acc.availableMW += row.availableMW;
      acc.shortfallMW += row.shortfallMW;
      byYear.set(row.year, acc);
    }
  }
  const energyMWh = sum((s) => s.energyMWh);
  const unservedEnergyMWh = sum((s) => s.unservedEnergyMWh);
  const annualCostUSD = sum((s) => s.annualCostUSD);
  const fuelMMBtu = sum((s) => s.fuelMMBtu);
  const servedMWh = energyMWh - unservedEnergyMWh;
  return {
    scenarioId,
    siteCount: sites.length,
    installedItMW: sum((s) => s.installedItMW),
    facilityPeakMW: sum((s) => s.facilityPeakMW),
    energyMWh,
    gridEnergyMWh: sum((s) => s.gridEnergyMWh),
    solarEnergyMWh: sum((s) => s.solarEnergyMWh),
    thermalEnergyMWh: sum((s) => s.thermalEnergyMWh),
    batteryDischargeMWh: sum((s) => s.batteryDischargeMWh),
    unservedEnergyMWh,
    fuelMMBtu,
    fuelBcf: fuelMMBtu / MMBTU_PER_BCF,
    co2Tonnes: sum((s) => s.co2Tonnes),
    capexUSD: sum((s) => s.capexUSD),
    annualCostUSD,
    lcoeUSDPerMWh: servedMWh > 0 ? annualCostUSD / servedMWh : 0,
    npvUSD: sum((s) => s.npvUSD),
    shortfallByYear: [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, ...v })),
  };
}
