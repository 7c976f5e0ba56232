import { parseArgs } from 'node:util';
import type { InvariantReport } from '../../../power-model/invariants';
import { portfolioTotals, type PortfolioTotals } from '../../../power-model/portfolio/portfolio';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../../power-model/portfolio/site-set';
import { BUILT_IN_SCENARIO_IDS } from '../../../power-model/scenarios/types';
import type { SimulationSummary } from '../../../power-model/simulate';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { fmt, fmtCostPerMWh, parseSiteSetArg, parseYearArg, projectScenarioArg, servedText } from './simulate-shared';

export type PortfolioScenarioResult = {
  scenarioId: string;
  totals: PortfolioTotals;
  sites: (SimulationSummary & { invariants: InvariantReport })[];
};

function textReport(results: PortfolioScenarioResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const t = r.totals;
    out.push(`${r.scenarioId} — ${t.siteSetLabel}: IT ${fmt(t.itMW)} MW, facility ${fmt(t.facilityMW)} MW, energy ${fmt(t.energyMWh / 1e6, 2)} TWh, ${servedText(t)}`);
    out.push(
      `  fuel ${fmt(t.fuelBcf, 1)} Bcf, CO2 ${fmt(t.co2Tonnes / 1e6, 2)} Mt, capex ${fmt(t.capexUSD / 1e9, 2)} BUSD, annual cost ${fmt(t.annualCostUSD / 1e9, 2)} BUSD, ` +
        `per MWh served ${fmtCostPerMWh(t.lcoeUSDPerMWh)}, per MWh of load with unserved at VOLL ${fmtCostPerMWh(t.costPerMWhLoadUSDPerMWh)}`,
    );
    if (t.flaggedSiteIds.length > 0) out.push(`  UNSERVED > 0.1%: ${t.flaggedSiteIds.join(', ')}`);
    for (const s of r.sites) {
      out.push(
        `  ${(s.unservedFlag ? '! ' : '  ') + s.siteId.padEnd(16)} ${String(s.year)}  served ${(s.servedShare * 100).toFixed(1).padStart(5)}%  unserved ${fmt(s.unservedEnergyMWh).padStart(12)} MWh ${String(s.unservedHours).padStart(4)} h  ` +
          `per MWh served ${fmtCostPerMWh(s.lcoeUSDPerMWh).padStart(12)}  with VOLL ${fmtCostPerMWh(s.costPerMWhLoadUSDPerMWh).padStart(12)}  CO2 ${fmt(s.co2Tonnes).padStart(12)} t  ${s.invariants.ok ? '' : 'INVARIANTS VIOLATED'}`,
      );
    }
  }
  out.push("'!' marks a site that leaves more than 0.1% of its load unserved. Each site runs in its design year unless --year is given.");
  return out.join('\n') + '\n';
}

export const portfolioCommand: CliCommand = {
  name: 'portfolio',
  summary: 'Simulate the Stargate sites (or all) of the project (the bundled sites without --project) under each built-in scenario (or one) in their design years and sum the portfolio.',
  usage: 'stargrid portfolio [--scenario NAME|FILE] [--sites stargate|all] [--year Y] [--json] [--project FILE]',
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { scenario: { type: 'string' }, sites: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } } }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const set = parseSiteSetArg(values.sites) ?? DEFAULT_PORTFOLIO_SITE_SET;
    const year = parseYearArg(values.year);
    const scenarioArg = values.scenario;
    return withCliServices(values.project, async (svc) => {
      const scenarioIds = scenarioArg === undefined ? [...BUILT_IN_SCENARIO_IDS] : [await projectScenarioArg(svc, scenarioArg, null)];
      const { sites: listed } = await svc.call('sites:list', {});
      const damaged = listed.filter((s) => s.status === 'damaged');
      if (damaged.length > 0) throw new CliUsageError(`--project: site ${damaged.map((s) => `"${s.id}"`).join(', ')} cannot be read (${damaged[0]?.damaged ?? 'damaged'}); repair or delete it first`);
      const sites = sitesInSet(listed, set);
      // Site after site, every scenario of a site in turn: a site's prepared weather, solar and load
      // serve all its scenarios and can then leave memory (the model service keeps a few sites).
      const simulated = scenarioIds.map(() => [] as { stargate: boolean; itMW: number; facilityMW: number; summary: PortfolioScenarioResult['sites'][number] }[]);
      for (const site of sites) {
        for (const [i, scenarioId] of scenarioIds.entries()) {
          const run = await svc.call('model:simulate', { siteId: site.id, scenarioId, hourly: false, ...(year !== undefined ? { year } : {}) }, `${site.id} × ${scenarioId}`);
          simulated[i]?.push({ stargate: site.stargate, itMW: site.itMW, facilityMW: site.facilityMW, summary: { ...run.summary, invariants: run.invariants } });
        }
      }
      const results: PortfolioScenarioResult[] = scenarioIds.map((scenarioId, i) => {
        const rows = simulated[i] ?? [];
        return { scenarioId, totals: portfolioTotals(scenarioId, set, rows), sites: rows.map((s) => s.summary) };
      });
      const allOk = results.every((r) => r.sites.every((s) => s.invariants.ok));
      if (values.json === true) io.stdout(JSON.stringify({ siteSet: set, scenarios: results }, null, 2) + '\n');
      else io.stdout(textReport(results));
      return allOk ? 0 : 1;
    });
  },
};
