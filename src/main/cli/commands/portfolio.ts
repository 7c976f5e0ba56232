import { parseArgs } from 'node:util';
import type { InvariantReport } from '../../../power-model/invariants';
import { portfolioTotals, type PortfolioTotals } from '../../../power-model/portfolio/portfolio';
import { BUILT_IN_SCENARIO_IDS } from '../../../power-model/scenarios/types';
import type { SimulationSummary } from '../../../power-model/simulate';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { fmt, projectScenarioArg } from './simulate-shared';

export type PortfolioScenarioResult = {
  scenarioId: string;
  totals: PortfolioTotals;
  sites: (SimulationSummary & { invariants: InvariantReport })[];
};

function textReport(results: PortfolioScenarioResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const t = r.totals;
    out.push(`${r.scenarioId}: ${t.siteCount} sites, IT ${fmt(t.installedItMW)} MW, energy ${fmt(t.energyMWh / 1e6, 2)} TWh, unserved ${fmt(t.unservedEnergyMWh / 1e6, 2)} TWh`);
    out.push(`  fuel ${fmt(t.fuelBcf, 1)} Bcf, CO2 ${fmt(t.co2Tonnes / 1e6, 2)} Mt, capex ${fmt(t.capexUSD / 1e9, 2)} BUSD, annual cost ${fmt(t.annualCostUSD / 1e9, 2)} BUSD, LCOE ${fmt(t.lcoeUSDPerMWh, 2)} USD/MWh`);
    for (const s of r.sites) {
      out.push(`  ${s.siteId.padEnd(16)} ${String(s.year)}  LCOE ${fmt(s.lcoeUSDPerMWh, 1).padStart(8)} USD/MWh  unserved ${fmt(s.unservedEnergyMWh).padStart(12)} MWh  CO2 ${fmt(s.co2Tonnes).padStart(12)} t  ${s.invariants.ok ? '' : 'INVARIANTS VIOLATED'}`);
    }
  }
  return out.join('\n') + '\n';
}

export const portfolioCommand: CliCommand = {
  name: 'portfolio',
  summary: 'Simulate every site of the project (the bundled sites without --project) under each built-in scenario (or one scenario) and sum the portfolio.',
  usage: 'stargrid portfolio [--scenario NAME|FILE] [--json] [--project FILE]',
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { scenario: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } } }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const scenarioArg = values.scenario;
    return withCliServices(values.project, async (svc) => {
      const scenarioIds = scenarioArg === undefined ? [...BUILT_IN_SCENARIO_IDS] : [await projectScenarioArg(svc, scenarioArg, null)];
      const { sites } = await svc.call('sites:list', {});
      const results: PortfolioScenarioResult[] = [];
      for (const scenarioId of scenarioIds) {
        const summaries = [];
        for (const site of sites) {
          const run = await svc.call('model:simulate', { siteId: site.id, scenarioId, hourly: false }, `${site.id} × ${scenarioId}`);
          summaries.push({ ...run.summary, invariants: run.invariants });
        }
        results.push({ scenarioId, totals: portfolioTotals(scenarioId, summaries), sites: summaries });
      }
      const allOk = results.every((r) => r.sites.every((s) => s.invariants.ok));
      if (values.json === true) io.stdout(JSON.stringify({ scenarios: results }, null, 2) + '\n');
      else io.stdout(textReport(results));
      return allOk ? 0 : 1;
    });
  },
};
