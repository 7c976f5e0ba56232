/**
 * Benchmark: least-cost sizing LP for one 1 GW site, full year, two stages and representative
 * days, then the whole bundled portfolio on representative days. Prints median build + solve
 * times over a few runs and the machine's load. Inputs are the synthetic campus of the tests
 * (`syntheticCampus`), so the timed site needs no data files; the LP size is what matters.
 */
import highsLoader from 'highs';
import { availableParallelism, loadavg } from 'node:os';
import { loadSites } from '../src/main/data/load-sites';
import { solveClassesInParallel } from '../src/main/optimize/parallel-classes';
import { solveClassesByDecomposition } from '../src/power-model/optimize/decomposition/decomposed-classes';
import { reserveClasses } from '../src/power-model/optimize/reserve-margin';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { sizingInputFrom } from '../src/main/runs/jobs/optimize';
import { solveByDecomposition } from '../src/power-model/optimize/decomposition/benders-sizing';
import { optimizeSizing } from '../src/power-model/optimize/optimize-sizing';
import { buildSizingModel } from '../src/power-model/optimize/sizing-model';
import { solveLp } from '../src/power-model/optimize/solve-lp';
import type { SizingInput, SizingThermalTechnology, SizingTimeResolution } from '../src/power-model/optimize/types';
import { syntheticCampus } from '../tests/fixtures/synthetic-campus';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(): Promise<void> {
  const highs = await highsLoader();
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const cases: { label: string; resolution: SizingTimeResolution; runs: number }[] = [
    // Benders decomposition over every class of largest unit (9.8 s with one whole LP per picked class, 31 s before that).
    { label: 'full year (8760 h, every class, Benders)', resolution: { kind: 'fullYear' }, runs: 3 },
    { label: 'two stages (24 days sized, 8760 h dispatched)', resolution: { kind: 'twoStage', days: 24 }, runs: 3 },
    { label: 'representative days (k = 12)', resolution: { kind: 'representativeDays', days: 12 }, runs: 5 },
    { label: 'representative days (k = 48)', resolution: { kind: 'representativeDays', days: 48 }, runs: 3 },
  ];
  for (const { label, resolution, runs } of cases) {
    const totals: number[] = [];
    const solves: number[] = [];
    let last;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      last = optimizeSizing(highs, syntheticCampus(resolution));
      totals.push(performance.now() - started);
      solves.push(last.solveTimeMs);
    }
    console.log(
      `optimize ${label}: median ${median(totals).toFixed(0)} ms total, ${median(solves).toFixed(0)} ms solve; ` +
        `${last?.lp.reserveClasses} reserve classes, ${last?.lp.columns} columns × ${last?.lp.rows} rows; status ${last?.status}; objective ${((last?.objectiveUSDPerYear ?? NaN) / 1e6).toFixed(1)} M USD/yr`,
    );
  }
  wholeVersusDecomposed(highs);
  await portfolio(highs, { kind: 'representativeDays', days: 12 }, '12 representative days');
  await portfolio(highs, { kind: 'fullYear' }, 'full year');
  await thermalScaling(highs);
}

/** Wall and CPU time of one call, ms (CPU time counts this thread only: the machine's load does not inflate it). */
function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * K thermal technologies on offer (distinct unit sizes: K + 1 classes of largest unit) on the
 * synthetic campus, full year: the classes one after another (with pruning) and on worker threads.
 */
export async function thermalScaling(highs: Awaited<ReturnType<typeof highsLoader>>): Promise<void> {
  const base = syntheticCampus({ kind: 'fullYear' });
  const threads = availableParallelism();
  for (const k of [3, 6, 12, 24]) {
    const thermal: SizingThermalTechnology[] = Array.from({ length: k }, (_, j) => {
      const template = base.thermal[j % base.thermal.length] ?? base.thermal[0];
      if (template === undefined) throw new Error('the campus offers thermal technologies');
      // Same costs, unit sizes spread so that every technology is its own class.
      return { ...template, technologyId: `${template.technologyId}-${j}`, unitMW: template.unitMW * (1 + j / (2 * k)) };
    });
    const input: SizingInput = { ...base, thermal };
    const classes = reserveClasses(thermal, 1);
    const sequential = timed(() => solveClassesByDecomposition(highs, input, classes, 300));
    const started = performance.now();
    const parallel = await solveClassesInParallel(input, classes, 300, threads);
    const parallelMs = performance.now() - started;
    const pruned = sequential.value.kind === 'solved' ? sequential.value.prunedIn.length : 0;
    const objective = (r: typeof parallel): string => (r.kind === 'solved' && r.best !== null ? (r.best.objectiveUSD / 1e6).toFixed(3) : r.kind);
    console.log(
      `optimize K = ${k} thermal technologies (${classes.length} classes), full year: one after another ${sequential.wallMs.toFixed(0)} ms (${pruned} pruned), on ${threads} threads ${parallelMs.toFixed(0)} ms; ratio ${(sequential.wallMs / parallelMs).toFixed(2)}×; objectives ${objective(sequential.value)} / ${objective(parallel)} M USD/yr`,
    );
  }
}

/**
 * The ratio that matters, measured in one run: the full-year LP of the optimum's class without
 * the battery, solved whole by HiGHS (interior point, as before the decomposition) and by the
 * Benders decomposition, on the same layout; same objective to the decomposition's gap.
 */
function wholeVersusDecomposed(highs: Awaited<ReturnType<typeof highsLoader>>): void {
  const input: SizingInput = { ...syntheticCampus({ kind: 'fullYear' }), battery: undefined, thermal: syntheticCampus({ kind: 'fullYear' }).thermal.filter((t) => t.unitMW <= 418) };
  const layout = buildSizingModel(input, false, { columnSplitting: false, largestUnitMW: 418 });
  const decomposedStarted = performance.now();
  const decomposed = solveByDecomposition(highs, input, layout, 60);
  const decomposedMs = performance.now() - decomposedStarted;
  const wholeStarted = performance.now();
  const whole = solveLp(highs, layout.builder, 120, 'ipm');
  const wholeMs = performance.now() - wholeStarted;
  const decomposedUSD = decomposed.status === 'optimal' ? decomposed.objectiveUSD : NaN;
  console.log(
    `optimize one class, full year without battery (${layout.builder.columnCount} columns × ${layout.builder.rowCount} rows): whole LP (HiGHS ipm) ${wholeMs.toFixed(0)} ms, ` +
      `Benders ${decomposedMs.toFixed(0)} ms (${decomposed.iterations} rounds); ratio ${(wholeMs / decomposedMs).toFixed(1)}×; objectives ${((whole.objective ?? NaN) / 1e6).toFixed(4)} vs ${(decomposedUSD / 1e6).toFixed(4)} M USD/yr`,
  );
}

/** Every bundled site sized one after another (input building included). */
async function portfolio(highs: Awaited<ReturnType<typeof highsLoader>>, time: SizingTimeResolution, label: string): Promise<void> {
  const technologies = loadTechnologies();
  const sites = loadSites().sites;
  const started = performance.now();
  const lines: string[] = [];
  for (const site of sites) {
    const siteStarted = performance.now();
    const result = optimizeSizing(highs, sizingInputFrom(site, technologies, { time }));
    lines.push(`${site.id} ${(performance.now() - siteStarted).toFixed(0)} ms (${result.status})`);
  }
  console.log(`optimize portfolio, ${sites.length} sites × ${label}: ${(performance.now() - started).toFixed(0)} ms total; ${lines.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
