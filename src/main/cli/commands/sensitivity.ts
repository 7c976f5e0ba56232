import { parseArgs } from 'node:util';
import type { TornadoResult } from '../../../power-model/sensitivity/tornado';
import { CliUsageError, type CliCommand } from '../command';
import { runJobInCli } from '../run-job';
import { withCliServices } from '../project-services';
import { projectScenarioArg, projectSiteArg } from './simulate-shared';

const USAGE = 'stargrid sensitivity --site ID|FILE [--scenario NAME|FILE] [--json] [--project FILE]';

export const sensitivityCommand: CliCommand = {
  name: 'sensitivity',
  summary: 'Tornado: how LCOE, annual cost and CO2 move when each key input moves over its range',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, strict: true, options: { site: { type: 'string' }, scenario: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } } });
    if (!values.site) throw new CliUsageError(`--site is required (${USAGE})`);
    const siteArg = values.site;
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, siteArg);
      const scenarioId = await projectScenarioArg(svc, values.scenario ?? 'hybrid', siteId);
      const [site, scenario] = [{ id: siteId }, { id: scenarioId }];
      const state = await runJobInCli(svc, { kind: 'sensitivity', siteId, scenarioId, params: {} }, io, values.json === true);
      if (state.status !== 'done') throw new Error(state.status === 'cancelled' ? 'cancelled' : (state.error ?? 'failed'));
      const result = state.result as TornadoResult;
      if (values.json) {
        io.stdout(JSON.stringify(result, null, 2) + '\n');
        return 0;
      }
      io.stdout(`${site.id} × ${scenario.id}: LCOE ${result.base.lcoeUSDPerMWh?.toFixed(2)} USD/MWh at the reference\n`);
      for (const bar of result.bars) {
        io.stdout(
          `  ${bar.label.padEnd(34)} ${bar.rangeSource.padEnd(12)} LCOE ${bar.low.lcoeUSDPerMWh?.toFixed(2)} … ${bar.high.lcoeUSDPerMWh?.toFixed(2)} USD/MWh\n`,
        );
      }
      return 0;
    });
  },
};
