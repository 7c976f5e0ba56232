import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/main/data/load-sites';
import { ModelRunner } from '../../../src/main/model/runner';
import { summarizeSite } from '../../../src/main/services/site-summary';
import { UNSERVED_FLAG_SHARE } from '../../../src/power-model/basis/served';
import { checkInvariants } from '../../../src/power-model/invariants';
import { portfolioTotals } from '../../../src/power-model/portfolio/portfolio';
import { PORTFOLIO_SITE_SETS, sitesInSet } from '../../../src/power-model/portfolio/site-set';
import { builtInScenarios } from '../../../src/power-model/scenarios/resolve';
import type { SimulationSummary } from '../../../src/power-model/simulate';

const { sites } = loadSites();
const runner = new ModelRunner();

describe('every bundled site under every built-in scenario', () => {
  it('finds the bundled sites', () => {
    expect(sites.length).toBeGreaterThanOrEqual(8);
  });

  for (const site of sites) {
    it(`holds every hourly invariant at ${site.id}`, () => {
      for (const scenario of builtInScenarios()) {
        const result = runner.simulate(site, scenario);
        // supply + unserved = load (1e-6 MW), import ≤ limit, SoC in bounds, cost lines add up.
        const report = checkInvariants(result);
        expect(report, `${site.id} × ${scenario.id}`).toMatchObject({ ok: true, socViolationHours: 0 });
        expect(report.maxBalanceErrorMW).toBeLessThan(1e-6);
        const s = result.summary;
        // A cost per MWh is either a positive number for a positive cost, or undefined (null) with its reason.
        if (s.lcoeUSDPerMWh === null) expect(s.lcoeNote, `${site.id} × ${scenario.id}`).toMatch(/nothing served|no load/);
        else expect(s.lcoeUSDPerMWh > 0 || s.annualCostUSD === 0, `${site.id} × ${scenario.id}: LCOE ${s.lcoeUSDPerMWh} with cost ${s.annualCostUSD}`).toBe(true);
        if (s.annualCostUSD > 0) expect(s.costPerMWhLoadUSDPerMWh).toBeGreaterThan(0);
        // More than 0.1% unserved is flagged, and nothing else is.
        expect(s.unservedFlag, `${site.id} × ${scenario.id}`).toBe(s.unservedEnergyMWh / s.energyMWh > UNSERVED_FLAG_SHARE);
        expect(s.servedEnergyMWh + s.unservedEnergyMWh).toBeCloseTo(s.energyMWh, 3);
      }
    });
  }
});

describe('one basis over the bundled portfolio', () => {
  const results = new Map<string, SimulationSummary[]>();
  for (const scenario of builtInScenarios()) results.set(scenario.id, sites.map((site) => runner.simulate(site, scenario).summary));

  it('simulates each site in one year, its design year, in every scenario', () => {
    for (const [i, site] of sites.entries()) {
      const years = new Set([...results.values()].map((summaries) => summaries[i]?.year));
      expect(years.size, site.id).toBe(1);
      expect([...years][0], site.id).toBe(results.get('grid-only')?.[i]?.designYear);
    }
    // Hand-read from data/sites: Abilene's 1 GW phase 2 in 2026; Doña Ana's only phase in Dec 2026 → 2027;
    // Milam 2027; Shackelford's buildings 2-10 in 2028; Piketon's 9.2 GW in 2035.
    const year = (id: string) => results.get('hybrid')?.find((s) => s.siteId === id)?.year;
    expect([year('abilene'), year('dona-ana'), year('milam'), year('shackelford'), year('piketon')]).toEqual([2026, 2027, 2027, 2028, 2035]);
  });

  it('sums exactly the listed sites into the portfolio totals, for each site set', () => {
    for (const set of PORTFOLIO_SITE_SETS) {
      for (const [scenarioId, summaries] of results) {
        const listed = sitesInSet(
          sites.map((site, i) => ({ ...summarizeSite(site), summary: summaries[i] as SimulationSummary })),
          set,
        );
        const totals = portfolioTotals(scenarioId, set, listed);
        const sum = (pick: (s: SimulationSummary) => number) => listed.reduce((t, l) => t + pick(l.summary), 0);
        expect(totals.siteIds).toEqual(listed.map((l) => l.summary.siteId));
        expect(totals.energyMWh).toBeCloseTo(sum((s) => s.energyMWh), 3);
        expect(totals.annualCostUSD).toBeCloseTo(sum((s) => s.annualCostUSD), 0);
        expect(totals.co2Tonnes).toBeCloseTo(sum((s) => s.co2Tonnes), 3);
        expect(totals.unservedEnergyMWh).toBeCloseTo(sum((s) => s.unservedEnergyMWh), 3);
        expect(totals.itMW).toBeCloseTo(listed.reduce((t, l) => t + l.itMW, 0), 6);
        // The chart's last-year demand is the table's facility total of the same sites (design PUE basis).
        expect(totals.timeToPower.at(-1)?.demandMW).toBeCloseTo(totals.facilityMW, 3);
        expect(totals.timeToPower.every((y) => y.energizableMW <= y.demandMW + 1e-6)).toBe(true);
        expect(totals.flaggedSiteIds).toEqual(listed.filter((l) => l.summary.unservedFlag).map((l) => l.summary.siteId));
      }
    }
    expect(sitesInSet(sites, 'stargate')).toHaveLength(7);
  });
});
