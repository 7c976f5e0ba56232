/**
 * Benchmark: the run manager under 16 runs at once (issue 12: they took the server from 497 to
 * 930 MB). The same 16 short Monte Carlo runs (Shackelford, islanded, 20 years) go through a
 * manager that lets all 16 work at once (what the server did before the queue) and through one
 * limited to cores − 1 (the queue); prints the process's peak RSS above its baseline for each,
 * and the wall time. Then the delay to a run's first progress message from a warm pool and from a
 * cold start (a new thread per run), as the median of five.
 */
import { loadBundledSites } from '../src/main/bundled-sites';
import { BUILT_IN_SCENARIOS } from '../src/power-model/scenarios/index';
import { defaultConcurrency, RunManager } from '../src/main/runs/run-manager';
import type { JobRequest } from '../src/main/runs/types';

const MB = 1024 * 1024;
const NO_OWNER = { projectPath: null, history: null, release: () => undefined };

function request(): JobRequest {
  const site = loadBundledSites().find((s) => s.id === 'shackelford');
  if (!site) throw new Error('no shackelford site');
  return { kind: 'reliability', site, scenario: BUILT_IN_SCENARIOS.islanded, params: { years: 20, seed: 1 } };
}

async function sixteenAtOnce(concurrency: number): Promise<{ peakAboveBaselineMB: number; seconds: number }> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const manager = new RunManager(concurrency);
  const started = Date.now();
  const ids = Array.from({ length: 16 }, () => manager.start(request(), 'islanded', NO_OWNER).runId);
  const states = await Promise.all(ids.map((id) => manager.wait(id)));
  clearInterval(timer);
  await manager.stopAll();
  const failed = states.filter((s) => s?.status !== 'done');
  if (failed.length > 0) throw new Error(`${failed.length} runs did not finish: ${failed[0]?.error ?? ''}`);
  return { peakAboveBaselineMB: (peak - baseline) / MB, seconds: (Date.now() - started) / 1000 };
}

async function firstProgressMs(warm: boolean): Promise<number> {
  const manager = new RunManager(1);
  if (warm) {
    manager.warm();
    // Let the warm thread load its jobs before the run is asked for.
    await new Promise((r) => setTimeout(r, 15_000));
  }
  const t0 = performance.now();
  const { runId } = manager.start(request(), 'islanded', NO_OWNER);
  let ms = Number.NaN;
  // Poll as a client does; the first state past 'starting' is the job's first progress message.
  while (Number.isNaN(ms)) {
    const s = manager.status(runId);
    if (s && s.status !== 'queued' && s.message !== 'starting') ms = performance.now() - t0;
    else await new Promise((r) => setTimeout(r, 2));
  }
  await manager.wait(runId);
  await manager.stopAll();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<void> {
  const all = await sixteenAtOnce(16);
  const queued = await sixteenAtOnce(defaultConcurrency());
  console.log(`16 runs, all at once:         peak RSS +${all.peakAboveBaselineMB.toFixed(0)} MB, ${all.seconds.toFixed(1)} s`);
  console.log(`16 runs, queue of ${defaultConcurrency()} at once: peak RSS +${queued.peakAboveBaselineMB.toFixed(0)} MB, ${queued.seconds.toFixed(1)} s`);
  console.log(`ratio of peak memory (all at once / queued): ${(all.peakAboveBaselineMB / queued.peakAboveBaselineMB).toFixed(1)}`);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    cold.push(await firstProgressMs(false));
    warm.push(await firstProgressMs(true));
  }
  console.log(`first progress message: cold thread median ${median(cold).toFixed(0)} ms, warm pool median ${median(warm).toFixed(0)} ms (ratio ${(median(cold) / median(warm)).toFixed(1)})`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await run();
