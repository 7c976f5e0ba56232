/** `npm run bench`: each benchmark in turn. Add yours to the list. */
import { run as runOptimize } from './optimize';
import { run as runPowerModel } from './power-model';
import { run as runReliability } from './reliability';
import { run as runRunManager } from './run-manager';
import { run as runScene } from './scene';

const benches: Array<[string, () => Promise<void>]> = [
  ['power-model', runPowerModel],
  ['optimize', runOptimize],
  ['reliability', runReliability],
  ['run-manager', runRunManager],
  ['scene', runScene],
];

for (const [name, run] of benches) {
  console.log(`\n== ${name} ==`);
  await run();
}
