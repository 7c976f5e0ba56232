import { cpus, loadavg } from 'node:os';
import { allocateFlows } from '../src/power-model/dispatch/flows';
import { resolveScenario } from '../src/power-model/scenarios/resolve';
import { simulateSite } from '../src/power-model/simulate';
import { loadBundledSites } from '../src/main/bundled-sites';
import { ModelRunner } from '../src/main/model/runner';
import { median } from './stats';

/**
 * A site simulation with a flexible grid connection (issue 16: goal < 3 ms): Abilene (ERCOT) with
 * 840 MW firm + 360 MW flexible against the same scenario all firm (1,200 MW), under the hybrid
 * scenario (a battery: the full-connection counterfactual of the readout is dispatched over the
 * whole year) and under btm-gas (no battery, no permit limits: the hours are independent and the
 * counterfactual is dispatched on the curtailed hours alone, flexible-simulation.ts). Each pair is
 * timed in turn, call by call, so the machine's load weighs on both alike; the ratio is the
 * flexible path's cost.
 */
export async function run(): Promise<void> {
  const site = loadBundledSites().find((s) => s.id === 'abilene');
  if (!site) throw new Error('bench: bundled site abilene missing');
  const { model, cache } = new ModelRunner().prepare(site);
  const flows = allocateFlows();
  const [loadBefore = 0] = loadavg();
  const lines: string[] = [];
  for (const base of ['hybrid', 'btm-gas'] as const) {
    const firm = resolveScenario({ id: 'firm', name: 'firm', base, grid: { importLimitMW: 1200 } });
    const flexible = resolveScenario({ id: 'flex', name: 'flex', base, grid: { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 } });
    // Warm the caches (weather, load, solar, the system year and its servable levels) and the JIT.
    for (let i = 0; i < 5; i++) {
      simulateSite(model, firm, cache, { flows });
      simulateSite(model, flexible, cache, { flows });
    }
    const readout = simulateSite(model, flexible, cache, { flows }).summary.flexibleConnection;
    const firmTimes: number[] = [];
    const flexTimes: number[] = [];
    for (let i = 0; i < 41; i++) {
      let start = performance.now();
      simulateSite(model, firm, cache, { flows });
      firmTimes.push(performance.now() - start);
      start = performance.now();
      simulateSite(model, flexible, cache, { flows });
      flexTimes.push(performance.now() - start);
    }
    const firmMs = median(firmTimes);
    const flexMs = median(flexTimes);
    lines.push(`  abilene × ${base}, 1,200 MW firm: ${firmMs.toFixed(2)} ms`);
    lines.push(`  abilene × ${base}, 840 MW firm + 360 MW flexible (${readout?.curtailedHours ?? 0} h curtailed): ${flexMs.toFixed(2)} ms (goal < 3 ms); ratio to firm ${(flexMs / firmMs).toFixed(2)}×`);
  }
  const [loadAfter = 0] = loadavg();
  console.log(`flexible-connection bench (medians of 41, interleaved; caches warm; ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}):`);
  for (const line of lines) console.log(line);
}
