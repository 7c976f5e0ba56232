import { parseArgs } from 'node:util';
import { checkInvariants, type InvariantReport } from '../../../power-model/invariants';
import { portfolioTotals, type PortfolioTotals } from '../../../power-model/portfolio/portfolio';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../../power-model/portfolio/site-set';
import { builtInScenarios } from '../../../power-model/scenarios/resolve';
import type { SimulationSummary } from '../../../power-model/simulate';
import { SheetError } from '../../../power-model/sheets/types';
import { loadBundledSites } from '../../bundled-sites';
import { ModelRunner } from '../../model/runner';
import { summarizeSite } from '../../services/site-summary';
import { CliUsageError, type CliCommand } from '../command';
import { fmt, fmtCostPerMWh, parseSiteSetArg, parseYearArg, resolveScenarioArg, servedText } from './simulate-shared';

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
  summary: 'Simulate the Stargate sites (or all) under each built-in scenario (or one) in their design years and sum the portfolio.',
  usage: 'stargrid portfolio [--scenario NAME|FILE] [--sites stargate|all] [--year Y] [--json]',
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { scenario: { type: 'string' }, sites: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } } }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const set = parseSiteSetArg(values.sites) ?? DEFAULT_PORTFOLIO_SITE_SET;
    const year = parseYearArg(values.year);
    const scenarios = values.scenario === undefined ? builtInScenarios() : [resolveScenarioArg(values.scenario)];
    const sites = sitesInSet(loadBundledSites(), set);
    const runner = new ModelRunner();
    const results: PortfolioScenarioResult[] = scenarios.map((scenario) => {
      const simulated = sites.map((site) => {
        try {
          const result = runner.simulate(site, scenario, year === undefined ? {} : { year });
          const nameplate = summarizeSite(site);
          return { stargate: site.stargate, itMW: nameplate.itMW, facilityMW: nameplate.facilityMW, summary: { ...result.summary, invariants: checkInvariants(result) } };
        } catch (error) {
          if (error instanceof SheetError && error.inputName !== undefined && error.inputName in scenario.overrides) throw new CliUsageError(`scenario "${scenario.id}" overrides: ${error.message}`);
          throw error;
        }
      });
      return { scenarioId: scenario.id, totals: portfolioTotals(scenario.id, set, simulated), sites: simulated.map((s) => s.summary) };
    });
    const allOk = results.every((r) => r.sites.every((s) => s.invariants.ok));
    if (values.json === true) io.stdout(JSON.stringify({ siteSet: set, scenarios: results }, null, 2) + '\n');
    else io.stdout(textReport(results));
    return allOk ? 0 : 1;
  },
};
