import { parseArgs } from 'node:util';
import type { SweepAxis, SweepResult } from '../../runs/jobs/sweep';
import { CliUsageError, type CliCommand } from '../command';
import { runJobInCli } from '../run-job';
import { withCliServices } from '../project-services';
import { projectScenarioArg, projectSiteArg } from './simulate-shared';

const USAGE = 'stargrid sweep --site ID|FILE --scenario NAME|FILE --x NAME=V1,V2,… [--y NAME=V1,V2,…] [--threads N] [--json] [--project FILE]';

/** Parses NAME=V1,V2,… (an economics-sheet input and its values). */
export function parseAxis(text: string, flag: string): SweepAxis {
  const match = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(text);
  if (!match) throw new CliUsageError(`--${flag} must be NAME=V1,V2,… (e.g. gasPriceUSDPerMMBtu=2,4,6); got "${text}"`);
  const values = (match[2] ?? '').split(',').map((v) => Number(v.trim()));
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new CliUsageError(`--${flag} ${match[1]}: value ${bad + 1} is not a number ("${(match[2] ?? '').split(',')[bad]}")`);
  return { name: match[1] ?? '', values };
}

export const sweepCommand: CliCommand = {
  name: 'sweep',
  summary: 'Scenario sweep over one or two inputs (LCOE, annual cost, CO2 at every point), in parallel worker threads',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { site: { type: 'string' }, scenario: { type: 'string' }, x: { type: 'string' }, y: { type: 'string' }, threads: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } },
    });
    if (!values.site) throw new CliUsageError(`--site is required (${USAGE})`);
    if (!values.scenario) throw new CliUsageError(`--scenario is required (${USAGE})`);
    if (!values.x) throw new CliUsageError(`--x is required (${USAGE})`);
    const params: Record<string, unknown> = { x: parseAxis(values.x, 'x') };
    if (values.y !== undefined) params.y = parseAxis(values.y, 'y');
    if (values.threads !== undefined) {
      const threads = Number(values.threads);
      if (!Number.isInteger(threads) || threads < 1) throw new CliUsageError(`--threads must be a whole number ≥ 1, got "${values.threads}"`);
      params.threads = threads;
    }
    const [siteArg, scenarioArg] = [values.site, values.scenario];
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, siteArg);
      const scenarioId = await projectScenarioArg(svc, scenarioArg, siteId);
      const [site, scenario] = [{ id: siteId }, { id: scenarioId }];
      const state = await runJobInCli(svc, { kind: 'sweep', siteId, scenarioId, params }, io, values.json === true);
      if (state.status !== 'done') throw new Error(state.status === 'cancelled' ? 'cancelled' : (state.error ?? 'failed'));
      const r = state.result as SweepResult;
      if (values.json) {
        io.stdout(JSON.stringify(r, null, 2) + '\n');
        return 0;
      }
      io.stdout(`${site.id} × ${scenario.id}: ${r.points.length} points on ${r.threads} threads in ${r.elapsedMs} ms\n`);
      io.stdout(`  ${r.x.name.padEnd(24)}${r.y ? r.y.name.padEnd(24) : ''}LCOE USD/MWh  annual cost MUSD  CO2 t\n`);
      for (const p of r.points) {
        io.stdout(`  ${String(p.x).padEnd(24)}${r.y ? String(p.y).padEnd(24) : ''}${(p.lcoeUSDPerMWh === null ? '—' : p.lcoeUSDPerMWh.toFixed(2)).padStart(12)}  ${(p.annualCostUSD / 1e6).toFixed(2).padStart(16)}  ${Math.round(p.co2Tonnes)}\n`);
      }
      return 0;
    });
  },
};
