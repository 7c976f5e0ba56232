import { cpus, loadavg } from 'node:os';
import { allocateFlows } from '../src/power-model/dispatch/flows';
import { resolveScenario } from '../src/power-model/scenarios/resolve';
import { simulateSite } from '../src/power-model/simulate';
import { loadBundledSites } from '../src/main/bundled-sites';
import { ModelRunner } from '../src/main/model/runner';
import { median } from './stats';

/**
 * A site simulation with a flexible grid connection (issue 16: goal < 3 ms): Abilene (ERCOT) under
 * the hybrid scenario with 840 MW firm + 360 MW flexible, against the same scenario all firm. The
 * flexible run dispatches the year twice (with the curtailment, and the full-connection
 * counterfactual its readout is measured against) and maps the ERCOT year's curtailed hours.
 * The two are timed in turn, call by call, so the machine's load weighs on both alike; the ratio
 * is the flexible path's cost (one more dispatch of the year is most of it).
 */
export async function run(): Promise<void> {
  const site = loadBundledSites().find((s) => s.id === 'abilene');
  if (!site) throw new Error('bench: bundled site abilene missing');
  const { model, cache } = new ModelRunner().prepare(site);
  const firm = resolveScenario({ id: 'firm', name: 'firm', base: 'hybrid', grid: { importLimitMW: 1200 } });
  const flexible = resolveScenario({ id: 'flex', name: 'flex', base: 'hybrid', grid: { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 } });
  const flows = allocateFlows();
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
  const [load1 = 0] = loadavg();
  console.log(`flexible-connection bench (medians of 41, interleaved; caches warm; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  abilene × hybrid, 1,200 MW firm: ${firmMs.toFixed(2)} ms`);
  console.log(`  abilene × hybrid, 840 MW firm + 360 MW flexible (${readout?.curtailedHours ?? 0} h curtailed): ${flexMs.toFixed(2)} ms (goal < 3 ms); ratio to firm ${(flexMs / firmMs).toFixed(2)}×`);
}
