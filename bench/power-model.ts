import { cpus, loadavg } from 'node:os';
import { allocateFlows } from '../src/power-model/dispatch/flows';
import type { DispatchFlows } from '../src/power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../src/power-model/hours';
import { builtInScenarios } from '../src/power-model/scenarios/resolve';
import { simulateSite } from '../src/power-model/simulate';
import { loadBundledSites } from '../src/main/bundled-sites';
import { ModelRunner } from '../src/main/model/runner';
import { timeIt } from './stats';

/**
 * Hourly passes one site × scenario makes over 8760-long arrays, counted from the code: load,
 * solar scaling, 12 flow writes in dispatch (one pass writing 12 series counts as 12), the grid
 * import sum, the bill pass, 6 sums/max for the summary; economic dispatch adds 2 (marginal cost
 * and battery plan).
 */
const PASSES_PER_RUN = 1 + 12 + 1 + 1 + 6;

/** The typed-array floor: `passes` plain 8760-long passes, each reading two arrays and writing one. */
function plainKernel(passes: number, a: Float64Array, b: Float64Array, out: Float64Array): number {
  let checksum = 0;
  for (let p = 0; p < passes; p++) {
    for (let h = 0; h < HOURS_PER_YEAR; h++) out[h] = (a[h] ?? 0) * 0.5 + (b[h] ?? 0);
    checksum += out[p % HOURS_PER_YEAR] ?? 0;
  }
  return checksum;
}

export async function run(): Promise<void> {
  const sites = loadBundledSites();
  const scenarios = builtInScenarios();
  const runner = new ModelRunner();
  const prepared = sites.map((site) => runner.prepare(site));
  const flows: DispatchFlows = allocateFlows();
  // Warm the caches (weather, solar, load) and the JIT once; the bench times recomputation only.
  for (const p of prepared) for (const s of scenarios) simulateSite(p.model, s, p.cache, { flows });

  const first = prepared[0];
  const hybrid = scenarios.find((s) => s.id === 'hybrid');
  if (!first || !hybrid) throw new Error('bench: need at least one bundled site and the hybrid scenario');
  const oneMs = timeIt(21, () => simulateSite(first.model, hybrid, first.cache, { flows }));
  const portfolioMs = timeIt(11, () => {
    for (const p of prepared) for (const s of scenarios) simulateSite(p.model, s, p.cache, { flows });
  });
  const runs = prepared.length * scenarios.length;
  const passes = runs * PASSES_PER_RUN + prepared.length * 2; // two economic-only passes per site
  const a = new Float64Array(HOURS_PER_YEAR).fill(1.5);
  const b = new Float64Array(HOURS_PER_YEAR).fill(2.5);
  const out = new Float64Array(HOURS_PER_YEAR);
  let sink = 0;
  const floorMs = timeIt(11, () => {
    sink += plainKernel(passes, a, b, out);
  });
  const [load1 = 0] = loadavg();
  console.log(`power-model bench (medians; weather, solar and load cached; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  one site × one scenario (${first.model.id} × hybrid, 8760 h): ${oneMs.toFixed(2)} ms`);
  console.log(`  portfolio: ${prepared.length} sites × ${scenarios.length} scenarios = ${runs} runs: ${portfolioMs.toFixed(2)} ms (goal < 50 ms)`);
  console.log(`  typed-array floor: ${passes} plain 8760-long passes: ${floorMs.toFixed(2)} ms`);
  console.log(`  ratio portfolio / floor: ${(portfolioMs / floorMs).toFixed(1)}× (goal ≤ 10×)${sink === 0 ? ' ' : ''}`);
}
