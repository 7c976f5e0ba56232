/**
 * Benchmark: the reliability Monte Carlo on Shackelford islanded (the largest fleet among the
 * bundled sites × built-in scenarios: 163 reciprocating engines, solar and a battery), N, N+1 and
 * N+2 in one pass. Prints simulated years per second (median of three runs) on one thread, per
 * wall-clock and per CPU second, then the reliability job's wall-clock rate with the years split
 * across one worker thread per core (the goal: 50,000 years/s, 100,000 years under 5 s).
 */
import { loadSites } from '../src/main/data/load-sites';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { ModelRunner } from '../src/main/model/runner';
import { availableParallelism } from 'node:os';
import { reliabilityInputFrom, reliabilityJob, type ReliabilityJobResult } from '../src/main/runs/jobs/reliability';
import { compareRedundancy } from '../src/power-model/reliability/redundancy';
import { resolveScenario } from '../src/power-model/scenarios/resolve';

export function shackelfordIslanded(years: number) {
  const site = loadSites().sites.find((s) => s.id === 'shackelford');
  if (!site) throw new Error('bundled site shackelford missing');
  const result = new ModelRunner().simulate(site, resolveScenario({ id: 'islanded', name: 'islanded' }));
  return reliabilityInputFrom(site, result, loadTechnologies(), years, 1);
}

export async function run(): Promise<void> {
  const years = Number(process.env.BENCH_MC_YEARS ?? 2000);
  const input = shackelfordIslanded(years);
  const wall: number[] = [];
  const cpu: number[] = [];
  let last;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    last = compareRedundancy(input);
    const used = process.cpuUsage(cpuStarted);
    wall.push(years / ((performance.now() - started) / 1000));
    cpu.push(years / ((used.user + used.system) / 1e6));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  // Per CPU-second as well as per wall-clock second: on a shared machine the first is what one core does.
  console.log(
    `reliability, Shackelford islanded (${input.units.length} units), N/N+1/N+2 in one pass on one thread: median ${median(wall).toFixed(0)} simulated years/s wall-clock, ${median(cpu).toFixed(0)} per CPU-second (${years} years per run); ` +
      `N availability ${(100 * (last?.[0]?.result.availability.mean ?? NaN)).toFixed(4)}%`,
  );
}

export async function runThreaded(): Promise<void> {
  const years = Number(process.env.BENCH_MC_THREADED_YEARS ?? 20_000);
  const site = loadSites().sites.find((s) => s.id === 'shackelford');
  if (!site) throw new Error('bundled site shackelford missing');
  const threads = availableParallelism();
  const ctx = { progress: () => undefined, shouldCancel: () => false };
  const started = performance.now();
  const result = (await reliabilityJob({ kind: 'reliability', site, scenario: { id: 'islanded', name: 'islanded' }, params: { years, seed: 1, threads } }, ctx)) as ReliabilityJobResult;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `reliability job, Shackelford islanded, ${years} years on ${result.threads} worker threads (start-up included): ${(years / seconds).toFixed(0)} simulated years/s wall-clock (${seconds.toFixed(1)} s); ` +
      `goal 50,000 years/s: ratio ${(years / seconds / 50_000).toFixed(3)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
  await runThreaded();
}
