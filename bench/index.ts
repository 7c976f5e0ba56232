/** `npm run bench`: each benchmark in turn. Add yours to the list. */
import { run as runOptimize } from './optimize';
import { run as runPowerModel } from './power-model';
import { run as runReliability } from './reliability';
import { run as runReliabilityCampus, runThreaded as runReliabilityThreaded } from './reliability-campus';
import { run as runScene } from './scene';

const benches: Array<[string, () => Promise<void>]> = [
  ['power-model', runPowerModel],
  ['optimize', runOptimize],
  ['reliability', runReliability],
  ['reliability-campus', runReliabilityCampus],
  ['reliability-threads', runReliabilityThreaded],
  ['scene', runScene],
];

for (const [name, run] of benches) {
  console.log(`\n== ${name} ==`);
  await run();
}
