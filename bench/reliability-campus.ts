/**
 * Benchmark: the reliability Monte Carlo on Shackelford islanded (the largest fleet among the
 * bundled sites × built-in scenarios: 163 reciprocating engines, solar and a battery).
 *
 * `run`: on one thread, (a) N, N+1, N+2 in one pass with independent failures only (issue 14's
 * case) and (b) the nine designs of a common-mode run — N, N+1, N+2 with and without the events,
 * dual fuel, a battery, a grid backup — with the events of data/common-mode-events.json (issue 15's
 * case); with `BENCH_MC_BASELINE=<git ref>`, that commit's single pass interleaved with this one
 * so both see the same load. Medians of five runs, per wall-clock and per CPU-second of the thread
 * that runs it (the figure that depends least on the machine's load), and the load average. `runThreaded`: the reliability
 * job with the years split across one thread per core, against the goals (50,000 years/s for (a),
 * 10,000 for (b)).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCommonModeEvents } from '../src/main/data/load-common-mode';
import { loadSites } from '../src/main/data/load-sites';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { ModelRunner } from '../src/main/model/runner';
import { commonModeFrom, designsFor, reliabilityInputFrom, reliabilityJob } from '../src/main/runs/jobs/reliability';
import { closeHelpers } from '../src/main/runs/jobs/reliability-threads';
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
type SinglePass = typeof simulateSinglePass;

/**
 * CPU-seconds of this thread: on Linux from /proc/thread-self/schedstat (nanoseconds on a CPU), so
 * the compiler and garbage-collector threads, and a busy machine, do not blur the figure; elsewhere
 * the whole process's (process.cpuUsage).
 */
function threadCpuSeconds(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  }
}

function timed(years: number, work: () => void): Rate {
  const started = performance.now();
  const cpuStarted = threadCpuSeconds();
  work();
  return { wall: years / ((performance.now() - started) / 1000), cpu: years / (threadCpuSeconds() - cpuStarted) };
}

async function timedAsync(years: number, work: () => Promise<void>): Promise<Rate & { seconds: number }> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpuStarted);
  const seconds = (performance.now() - started) / 1000;
  return { wall: years / seconds, cpu: years / ((used.user + used.system) / 1e6), seconds };
}

const show = (xs: Rate[]) => `median ${median(xs.map((x) => x.wall)).toFixed(0)} simulated years/s wall-clock, ${median(xs.map((x) => x.cpu)).toFixed(0)} per CPU-second`;
const machineLoad = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) on ${availableParallelism()} cores`;

/**
 * The single pass of another commit (`BENCH_MC_BASELINE`, a git ref): its src/power-model copied
 * out with `git archive` into a temporary folder (marked as ES modules, as the repository is) and
 * imported from there, so old and new run in one process, interleaved, under the same load. Null when no baseline is asked for.
 */
async function baselineSinglePass(): Promise<{ ref: string; simulate: SinglePass } | null> {
  const ref = process.env.BENCH_MC_BASELINE;
  if (!ref) return null;
  const dir = mkdtempSync(join(tmpdir(), 'stargrid-mc-baseline-'));
  execFileSync('sh', ['-c', `git archive "$0" src/power-model | tar -x -C "$1"`, ref, dir]);
  // ES modules as in the repository: without this, tsx compiles the copy to CommonJS, where every
  // imported binding is read through a getter, and the old code runs at about half its speed.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const module = (await import(pathToFileURL(join(dir, 'src/power-model/reliability/single-pass.ts')).href)) as { simulateSinglePass: SinglePass };
  return { ref, simulate: module.simulateSinglePass };
}

export async function run(): Promise<void> {
  const years = Number(process.env.BENCH_MC_YEARS ?? 3000);
  const plain = shackelfordIslanded(years);
  const common = shackelfordIslanded(years, true);
  const baseline = await baselineSinglePass();
  const versions: [string, SinglePass][] = [['new', simulateSinglePass], ...(baseline ? [[`old (${baseline.ref})`, baseline.simulate] as [string, SinglePass]] : [])];
  const rates = new Map(versions.map(([name]) => [name, { plain: [] as Rate[], common: [] as Rate[] }]));
  let lolh: number[] = [];
  console.log(`reliability, Shackelford islanded (${plain.input.units.length} units), one thread, ${years} years per run, old and new interleaved; ${machineLoad()}`);
  for (let r = 0; r < 5; r++) {
    for (const [name, simulate] of versions) {
      const into = rates.get(name);
      if (!into) continue;
      into.plain.push(timed(years, () => simulate({ ...plain.input, designs: plain.designs })));
      into.common.push(
        timed(years, () => {
          const tallies = simulate({ ...common.input, designs: common.designs }).tallies;
          if (name === 'new') lolh = tallies.map((t) => t.lossOfLoadHours / t.years);
        }),
      );
    }
  }
  for (const [name] of versions) {
    const r = rates.get(name);
    if (!r) continue;
    console.log(`  ${name}: N/N+1/N+2, independent failures only: ${show(r.plain)}`);
    console.log(`  ${name}: ${common.designs.length} designs with and without common-mode events: ${show(r.common)}`);
  }
  const fresh = rates.get('new');
  const old = baseline ? rates.get(`old (${baseline.ref})`) : undefined;
  if (fresh && old) {
    const ratio = (a: Rate[], b: Rate[]) => (median(a.map((x) => x.cpu)) / median(b.map((x) => x.cpu))).toFixed(2);
    console.log(`  ratio new / old (CPU-seconds): independent failures ${ratio(fresh.plain, old.plain)}, with common-mode events ${ratio(fresh.common, old.common)}`);
  }
  console.log(`  loss-of-load h/yr (new): ${common.designs.map((d, i) => `${d.label} ${(lolh[i] ?? NaN).toFixed(2)}`).join('; ')}`);
  console.log(`  ${machineLoad()}`);
}

/**
 * The reliability job as a run uses it: the site's year simulated, then the Monte Carlo on one
 * thread per core (this one and warm helpers, reliability-threads.ts). The first run starts the
 * helper threads (from sources, through tsx: seconds; they are not waited for); the next runs
 * reuse them. Wall-clock and CPU-seconds of the whole process (every thread), against the goals.
 */
export async function runThreaded(): Promise<void> {
  const years = Number(process.env.BENCH_MC_THREADED_YEARS ?? 100_000);
  const site = shackelford();
  const threads = availableParallelism();
  const ctx = { progress: () => undefined, shouldCancel: () => false };
  console.log(`reliability job, Shackelford islanded, ${years} years on ${threads} threads; ${machineLoad()}`);
  for (const [what, params, goal] of [
    ['N/N+1/N+2, independent failures only', { commonMode: { enabled: false } }, 50_000],
    ['with common-mode events and mitigations', {}, 10_000],
  ] as const) {
    const runs: (Rate & { seconds: number })[] = [];
    for (let r = 0; r < 4; r++) {
      runs.push(
        await timedAsync(years, async () => {
          await reliabilityJob({ kind: 'reliability', site, scenario: { id: 'islanded', name: 'islanded' }, params: { years, seed: 1, threads, ...params } }, ctx);
        }),
      );
    }
    const [first, ...warm] = runs;
    const wall = median(warm.map((x) => x.wall));
    console.log(
      `  ${what}: first run (helpers starting) ${first?.seconds.toFixed(2)} s; warm runs ${show(warm)}, median ${median(warm.map((x) => x.seconds)).toFixed(2)} s; ` +
        `goal ${goal.toLocaleString('en-US')} years/s wall-clock: ratio ${(wall / goal).toFixed(2)}; ${machineLoad()}`,
    );
  }
  await closeHelpers();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
  await runThreaded();
}
