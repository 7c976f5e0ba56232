import { parseArgs } from 'node:util';
import type { ReliabilityJobResult } from '../../runs/jobs/reliability';
import { CliUsageError, type CliCommand } from '../command';
import { runJobInCli } from '../run-job';
import { withCliServices } from '../project-services';
import { projectScenarioArg, projectSiteArg } from './simulate-shared';

const USAGE = 'stargrid reliability --site ID|FILE --scenario NAME|FILE [--years N] [--seed S] [--threads T] [--json] [--project FILE]';

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new CliUsageError(`--${name} must be a whole number ≥ 1, got "${text}"`);
  return n;
}

const pct = (x: number) => `${(x * 100).toFixed(4)}%`;

export const reliabilityCommand: CliCommand = {
  name: 'reliability',
  summary: 'Monte Carlo availability of a site × scenario (N, N+1, N+2) with confidence intervals and Tier III/IV verdicts',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, strict: true, options: { site: { type: 'string' }, scenario: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' }, threads: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } } });
    if (!values.site) throw new CliUsageError(`--site is required (${USAGE})`);
    if (!values.scenario) throw new CliUsageError(`--scenario is required (${USAGE})`);
    const years = positiveInt(values.years, 'years', 1000);
    const seed = positiveInt(values.seed, 'seed', 1);
    const params: Record<string, unknown> = { years, seed };
    if (values.threads !== undefined) params.threads = positiveInt(values.threads, 'threads', 1);
    const [siteArg, scenarioArg] = [values.site, values.scenario];
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, siteArg);
      const scenarioId = await projectScenarioArg(svc, scenarioArg, siteId);
      const state = await runJobInCli(svc, { kind: 'reliability', siteId, scenarioId, params }, io, values.json === true && !process.stderr.isTTY);
      if (state.status !== 'done') throw new Error(state.status === 'cancelled' ? 'cancelled' : (state.error ?? 'failed'));
      const result = state.result as ReliabilityJobResult;
      if (values.json) {
        io.stdout(JSON.stringify(result, null, 2) + '\n');
        return 0;
      }
      const grid = result.gridOutage === null ? 'no grid' : `grid outages ${result.gridOutage.eventsPerYear}/yr of ${result.gridOutage.meanDurationHours} h mean (${result.gridOutageSource ?? ''})`;
      io.stdout(`${siteId} × ${scenarioId} (${result.year}): ${years} simulated years (seed ${seed}) on ${result.threads} thread(s) in ${(result.elapsedMs / 1000).toFixed(1)} s, ${result.units} thermal units; ${grid}\n`);
      if (result.commonMode !== null) {
        const g = result.commonMode.gasSupply;
        const w = result.commonMode.gridWeather;
        io.stdout(
          `  common-mode events (estimates, data/common-mode-events.json): gas supply ${g.eventsPerYear}/yr of ${g.meanDurationHours} h taking ${(g.shareOfGasUnitsAffected * 100).toFixed(0)}% of gas MW, ` +
            `starting in ${g.triggerHours} cold hours; grid outages in extreme weather ${w.eventsPerYear}/yr of ${w.meanDurationHours} h, starting in ${w.triggerHours} hours\n`,
        );
      }
      const width = Math.max(4, ...result.cases.map((c) => c.label.length));
      for (const c of result.cases) {
        const r = c.result;
        const causes = c.commonMode && r.lossByCause.length > 0 ? `; lost energy by cause: ${r.lossByCause.map((x) => `${x.cause} ${(x.shareOfUnservedEnergy * 100).toFixed(0)}%`).join(', ')}` : '';
        const tiers = r.tiers.map((t) => `${t.tier} ${t.verdict}`).join(', ');
        const lossYears = r.yearsSimulated - (r.unservedHoursHistogram.years[0] ?? 0);
        io.stdout(
          `  ${c.label.padEnd(width)} availability ${pct(r.availability.mean)} [${pct(r.availability.low95)}–${pct(r.availability.high95)}], ` +
            `LOLH ${r.lossOfLoadHoursPerYear.mean.toFixed(3)} h/yr, EUE ${r.expectedUnservedEnergyMWhPerYear.mean.toFixed(1)} MWh/yr, ${lossYears} of ${r.yearsSimulated} years with loss; ` +
            `rides through ${r.unitFailuresRiddenThrough} unit failure(s) at once; ${tiers}${causes}\n`,
        );
      }
      return 0;
    });
  },
};
