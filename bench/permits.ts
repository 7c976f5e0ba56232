import { cpus, loadavg } from 'node:os';
import { allocateFlows } from '../src/power-model/dispatch/flows';
import { resolveScenario } from '../src/power-model/scenarios/resolve';
import { simulateSite } from '../src/power-model/simulate';
import { loadBundledSites } from '../src/main/bundled-sites';
import { ModelRunner } from '../src/main/model/runner';
import { timeIt } from './stats';

/**
 * What permit budgets and gas limits cost a simulation: Abilene under btm-gas (the turbines run
 * every hour, so the limiter works in every hour) without limits, and with an hours budget, a
 * NOx cap and an interruptible pipeline with storage. Medians of 21 runs, caches warm.
 */
export async function run(): Promise<void> {
  const site = loadBundledSites().find((s) => s.id === 'abilene');
  if (!site) throw new Error('bench permits: the bundled site abilene is missing');
  const prepared = new ModelRunner().prepare(site);
  const flows = allocateFlows();
  const plain = resolveScenario({ id: 'btm-gas', name: 'BTM gas' });
  const limited = resolveScenario({
    id: 'btm-gas-permitted',
    name: 'BTM gas, permitted',
    base: 'btm-gas',
    permits: { hoursPerUnit: 4000, noxTonsPerYear: 249, scr: true },
    fuel: { pipelineMMBtuPerDay: 200_000, pipelineMMBtuPerHour: 10_000, service: 'interruptible', storageHoursAtFullLoad: 12 },
  });
  for (let i = 0; i < 3; i++) {
    simulateSite(prepared.model, plain, prepared.cache, { flows });
    simulateSite(prepared.model, limited, prepared.cache, { flows });
  }
  const plainMs = timeIt(21, () => simulateSite(prepared.model, plain, prepared.cache, { flows }));
  const limitedMs = timeIt(21, () => simulateSite(prepared.model, limited, prepared.cache, { flows }));
  const [load1 = 0] = loadavg();
  console.log(`permits bench (medians of 21; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  abilene × btm-gas, no limits: ${plainMs.toFixed(2)} ms`);
  console.log(`  abilene × btm-gas with hours, NOx, pipeline and storage limits: ${limitedMs.toFixed(2)} ms`);
  console.log(`  ratio limited / plain: ${(limitedMs / plainMs).toFixed(2)}×`);
}
