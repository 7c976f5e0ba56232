import type { SimulationSummary } from '../simulate';

/**
 * One year of the portfolio's time-to-power. `energizableMW` is the demand the sites can energize:
 * Σ min(available, demand) per site, so one site's surplus never hides another's shortfall;
 * `shortfallMW` = demandMW − energizableMW = Σ of the sites' shortfalls; `sitesShort` counts the
 * sites still short that year.
 */
export type PortfolioTimeToPowerYear = { year: number; demandMW: number; energizableMW: number; shortfallMW: number; sitesShort: number };

/**
 * Time-to-power summed by year over sites. Before a site's first year it adds nothing; after its
 * last year its last row carries on (the campus is built out and stays), so totals never dip just
 * because one site's horizon ends earlier. Demand is each phase's facility MW at design PUE, the
 * same basis as the sites' nameplate facility MW, so the last year's demand equals the table's
 * facility total of the same sites.
 */
export function portfolioTimeToPower(summaries: readonly Pick<SimulationSummary, 'timeToPower'>[]): PortfolioTimeToPowerYear[] {
  const years = [...new Set(summaries.flatMap((s) => s.timeToPower.map((r) => r.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const total: PortfolioTimeToPowerYear = { year, demandMW: 0, energizableMW: 0, shortfallMW: 0, sitesShort: 0 };
    for (const s of summaries) {
      const row = s.timeToPower.filter((r) => r.year <= year).at(-1);
      if (!row) continue;
      const energizable = Math.min(row.availableMW, row.demandMW);
      total.demandMW += row.demandMW;
      total.energizableMW += energizable;
      total.shortfallMW += row.demandMW - energizable;
      // Under 0.5 MW is float dust of the phase sums, not a shortfall.
      if (row.demandMW - energizable >= 0.5) total.sitesShort += 1;
    }
    return total;
  });
}
