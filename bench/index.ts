/**
 * `npm run bench`: each benchmark in turn; `npm run bench -- startup renderer` runs only those
 * named. Add yours to the list.
 */
import { run as runFlexible } from './flexible';
import { loadSheetMath } from '../src/power-model/sheets/index';
import { run as runHeadroom } from './headroom';
import { run as runOptimize } from './optimize';
import { run as runPermits } from './permits';
import { run as runPortfolioMemory } from './portfolio-memory';
import { run as runPowerModel } from './power-model';
import { run as runPreparedInputs } from './prepared-inputs';
import { run as runReliability } from './reliability';
import { run as runReliabilityCampus, runThreaded as runReliabilityThreaded } from './reliability-campus';
import { run as runRenderer } from './renderer';
import { run as runRendererWaterfall } from './renderer-waterfall';
import { run as runRunManager } from './run-manager';
import { run as runScene } from './scene';
import { run as runSizingSites } from './sizing-sites';
import { run as runStartup } from './startup';
import { run as runSummaryCache } from './summary-cache';

const benches: Array<[string, () => Promise<void>]> = [
  ['startup', runStartup],
  ['summary-cache', runSummaryCache],
  ['prepared-inputs', runPreparedInputs],
  ['renderer', runRenderer],
  ['renderer-waterfall', runRendererWaterfall],
  ['power-model', runPowerModel],
  ['portfolio-memory', runPortfolioMemory],
  ['optimize', runOptimize],
  ['sizing-sites', runSizingSites],
  ['reliability', runReliability],
  ['run-manager', runRunManager],
  ['reliability-campus', runReliabilityCampus],
  ['reliability-threads', runReliabilityThreaded],
  ['scene', runScene],
  ['headroom', runHeadroom],
  ['permits', runPermits],
  ['flexible', runFlexible],
];

await loadSheetMath(); // the benches call the engine below the entry points that load it
const only = process.argv.slice(2);
const unknown = only.filter((name) => !benches.some(([n]) => n === name));
if (unknown.length > 0) throw new Error(`bench: no benchmark named ${unknown.join(', ')} (have: ${benches.map(([n]) => n).join(', ')})`);
for (const [name, run] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
