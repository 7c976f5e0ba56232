/**
 * Benchmark: the reliability Monte Carlo on Shackelford islanded (the largest fleet among the
 * bundled sites × built-in scenarios: 163 reciprocating engines, solar and a battery).
 *
 * `run`: on one thread, interleaved so that both see the same machine load, (a) N, N+1, N+2 in one
 * pass with independent failures only (issue 14's case) and (b) the nine designs of a common-mode
 * run — N, N+1, N+2 with and without the events, dual fuel, a battery, a grid backup — with the
 * events of data/common-mode-events.json (issue 15's case). Medians of three runs, per wall-clock
 * and per CPU-second. `runThreaded`: the reliability job with the years split across one worker
 * thread per core, start-up included, against the goals (50,000 years/s for (a), 10,000 for (b)).
 */
import { availableParallelism } from 'node:os';
import { loadCommonModeEvents } from '../src/main/data/load-common-mode';
import { loadSites } from '../src/main/data/load-sites';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { ModelRunner } from '../src/main/model/runner';
import { commonModeFrom, designsFor, reliabilityInputFrom, reliabilityJob, type ReliabilityJobResult } from '../src/main/runs/jobs/reliability';
import { redundancyDesigns, type Design } from '../src/power-model/reliability/designs';
import { simulateSinglePass } from '../src/power-model/reliability/single-pass';
import type { ReliabilityInput } from '../src/power-model/reliability/types';
import { resolveScenario } from '../src/power-model/scenarios/resolve';
import { median } from './stats';

function shackelford() {
  const site = loadSites().sites.find((s) => s.id === 'shackelford');
  if (!site) throw new Error('bundled site shackelford missing');
  return site;
}

/** Shackelford islanded as the reliability job builds it; with `commonMode`, the data file's events and the default mitigations. */
export function shackelfordIslanded(years: number, commonMode = false): { input: ReliabilityInput; designs: Design[] } {
  const site = shackelford();
  const result = new ModelRunner().simulate(site, resolveScenario({ id: 'islanded', name: 'islanded' }));
  if (!commonMode) return { input: reliabilityInputFrom(site, result, loadTechnologies(), years, 1), designs: redundancyDesigns([0, 1, 2]) };
  const events = commonModeFrom(result.dryBulbC, loadCommonModeEvents(), undefined);
  const peakMW = result.facilityMW.reduce((max, mw) => Math.max(max, mw), 0);
  const input = reliabilityInputFrom(site, result, loadTechnologies(), years, 1, events, peakMW);
  return { input, designs: designsFor(input, undefined) };
}

type Rate = { wall: number; cpu: number };

function timed(years: number, work: () => void): Rate {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpuStarted);
  return { wall: years / ((performance.now() - started) / 1000), cpu: years / ((used.user + used.system) / 1e6) };
}

export async function run(): Promise<void> {
  const years = Number(process.env.BENCH_MC_YEARS ?? 3000);
  const plain = shackelfordIslanded(years);
  const common = shackelfordIslanded(years, true);
  const rates: Record<'plain' | 'common', Rate[]> = { plain: [], common: [] };
  let lolh: number[] = [];
  for (let r = 0; r < 3; r++) {
    rates.plain.push(timed(years, () => simulateSinglePass({ ...plain.input, designs: plain.designs })));
    rates.common.push(
      timed(years, () => {
        lolh = simulateSinglePass({ ...common.input, designs: common.designs }).tallies.map((t) => t.lossOfLoadHours / t.years);
      }),
    );
  }
  const show = (xs: Rate[]) => `median ${median(xs.map((x) => x.wall)).toFixed(0)} simulated years/s wall-clock, ${median(xs.map((x) => x.cpu)).toFixed(0)} per CPU-second`;
  console.log(`reliability, Shackelford islanded (${plain.input.units.length} units), one thread, ${years} years per run:`);
  console.log(`  N/N+1/N+2, independent failures only: ${show(rates.plain)}`);
  console.log(`  ${common.designs.length} designs with and without common-mode events: ${show(rates.common)}`);
  console.log(`  ratio common-mode / plain (CPU-seconds): ${(median(rates.common.map((x) => x.cpu)) / median(rates.plain.map((x) => x.cpu))).toFixed(2)}`);
  console.log(`  loss-of-load h/yr: ${common.designs.map((d, i) => `${d.label} ${(lolh[i] ?? NaN).toFixed(2)}`).join('; ')}`);
}

export async function runThreaded(): Promise<void> {
  const years = Number(process.env.BENCH_MC_THREADED_YEARS ?? 20_000);
  const site = shackelford();
  const threads = availableParallelism();
  const ctx = { progress: () => undefined, shouldCancel: () => false };
  for (const [what, params, goal] of [
    ['N/N+1/N+2, independent failures only', { commonMode: { enabled: false } }, 50_000],
    ['with common-mode events and mitigations', {}, 10_000],
  ] as const) {
    const started = performance.now();
    const result = (await reliabilityJob({ kind: 'reliability', site, scenario: { id: 'islanded', name: 'islanded' }, params: { years, seed: 1, threads, ...params } }, ctx)) as ReliabilityJobResult;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `reliability job, Shackelford islanded, ${what}: ${years} years on ${result.threads} worker threads (start-up included): ${(years / seconds).toFixed(0)} simulated years/s wall-clock (${seconds.toFixed(1)} s); ` +
        `goal ${goal.toLocaleString('en-US')} years/s: ratio ${(years / seconds / goal).toFixed(3)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
  await runThreaded();
}
