import { parseArgs } from 'node:util';
import { checkInvariants, type InvariantReport } from '../../../power-model/invariants';
import { portfolioTotals, type PortfolioTotals } from '../../../power-model/portfolio/portfolio';
import { builtInScenarios } from '../../../power-model/scenarios/resolve';
import type { SimulationSummary } from '../../../power-model/simulate';
import { SheetError } from '../../../power-model/sheets/types';
import { loadBundledSites } from '../../bundled-sites';
import { ModelRunner } from '../../model/runner';
import { CliUsageError, type CliCommand } from '../command';
import { fmt, resolveScenarioArg } from './simulate-shared';

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
  summary: 'Simulate every bundled site under each built-in scenario (or one scenario) and sum the portfolio.',
  usage: 'stargrid portfolio [--scenario NAME|FILE] [--json]',
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { scenario: { type: 'string' }, json: { type: 'boolean' } } }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const scenarios = values.scenario === undefined ? builtInScenarios() : [resolveScenarioArg(values.scenario)];
    const sites = loadBundledSites();
    const runner = new ModelRunner();
    const results: PortfolioScenarioResult[] = scenarios.map((scenario) => {
      const summaries = sites.map((site) => {
        try {
          const result = runner.simulate(site, scenario);
          return { ...result.summary, invariants: checkInvariants(result) };
        } catch (error) {
          if (error instanceof SheetError && error.inputName !== undefined && error.inputName in scenario.overrides) throw new CliUsageError(`scenario "${scenario.id}" overrides: ${error.message}`);
          throw error;
        }
      });
      return { scenarioId: scenario.id, totals: portfolioTotals(scenario.id, summaries), sites: summaries };
    });
    const allOk = results.every((r) => r.sites.every((s) => s.invariants.ok));
    if (values.json === true) io.stdout(JSON.stringify({ scenarios: results }, null, 2) + '\n');
    else io.stdout(textReport(results));
    return allOk ? 0 : 1;
  },
};
