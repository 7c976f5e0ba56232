import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { combineClassOutcomes, type ClassOutcome, type DecomposedClasses } from '../../power-model/optimize/decomposition/decomposed-classes';
import type { ReserveClass } from '../../power-model/optimize/reserve-margin';
import type { SizingInput } from '../../power-model/optimize/types';
import { JobCancelled } from '../runs/types';
import { expandOutcome, type ClassTask, type CompactOutcome } from './class-outcome';

type Reply = { ready: true } | { index: number; outcome: CompactOutcome } | { index: number; error: string };

/**
 * The full-year classes of largest unit (`reserveClasses`) solved on `threads` worker threads at
 * once, each by the engine's `solveClassByDecomposition`, and combined by `combineClassOutcomes`
 * as the sequential `solveClassesByDecomposition` does. Each class is sent the best answer known
 * when it starts as its cutoff, so a class that cannot beat it is pruned. Classes are sent in
 * the order given. From TypeScript sources the threads register tsx first (the run workers'
 * bootstrap); built, they start from the bundled `class-worker.js` (classWorker). `shouldCancel`
 * is polled: a cancelled run stops every thread and rejects with JobCancelled.
 */
export async function solveClassesInParallel(
  input: SizingInput,
  classes: readonly ReserveClass[],
  timeLimitSeconds: number,
  threads = availableParallelism(),
  shouldCancel: () => boolean = () => false,
): Promise<DecomposedClasses> {
  const start = classWorker();
  if (start === null) throw new Error('no class worker here: build it with `node scripts/build-node.mjs`');
  const { onProgress, ...portable } = input;
  const count = Math.max(1, Math.min(threads, classes.length));
  const outcomes: (ClassOutcome | undefined)[] = new Array<ClassOutcome | undefined>(classes.length);
  let cutoffUSD = Infinity;
  let next = 0;
  let finished = 0;
  const workers: Worker[] = [];
  let poll: ReturnType<typeof setInterval> | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      poll = setInterval(() => {
        if (shouldCancel()) reject(new JobCancelled());
      }, 100);
      const send = (worker: Worker): void => {
        if (next >= classes.length) return;
        const index = next++;
        const reserveClass = classes[index];
        if (reserveClass === undefined) return;
        onProgress?.(finished / classes.length, `full year, ${classes.length} classes on ${count} threads: class of largest unit ${reserveClass.largestUnitMW} MW started`);
        const task: ClassTask = { index, input: portable, reserveClass, timeLimitSeconds, cutoffUSD };
        worker.postMessage(task);
      };
      for (let k = 0; k < count; k++) {
        const worker = new Worker(start.url, { workerData: start.workerData });
        workers.push(worker);
        worker.on('error', reject);
        worker.on('message', (reply: Reply) => {
          if ('ready' in reply) {
            send(worker);
            return;
          }
          if ('error' in reply) {
            reject(new Error(reply.error));
            return;
          }
          const reserveClass = classes[reply.index];
          if (reserveClass === undefined) return;
          const outcome = expandOutcome(input, reserveClass, reply.outcome);
          outcomes[reply.index] = outcome;
          if (outcome.kind === 'solved') cutoffUSD = Math.min(cutoffUSD, outcome.solved.objectiveUSD);
          finished++;
          if (finished === classes.length) resolve();
          else send(worker);
        });
      }
    });
  } finally {
    clearInterval(poll);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return combineClassOutcomes(input, outcomes.filter((o): o is ClassOutcome => o !== undefined));
}

/** Whether class threads can start here (from sources, or built with their entry beside this code). */
export function parallelClassesAvailable(): boolean {
  return classWorker() !== null;
}

/**
 * Where a class thread starts, as the run worker's entry is found (runs/worker-entry.ts): from
 * TypeScript sources, the tsx bootstrap with class-worker.ts; built, `STARGRID_CLASS_WORKER` (the
 * desktop's service process sets it: its bundler puts shared chunks in a sub-folder) or the
 * bundled `class-worker.js` beside this code (out/node is flat). Null when neither exists.
 */
function classWorker(): { url: URL; workerData: { entry?: string } } | null {
  const source = new URL('./class-worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(source))) {
    return { url: new URL('../runs/ts-worker-bootstrap.mjs', import.meta.url), workerData: { entry: source.href } };
  }
  const explicit = process.env.STARGRID_CLASS_WORKER;
  if (explicit && existsSync(explicit)) return { url: pathToFileURL(explicit), workerData: {} };
  const built = new URL('./class-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? { url: built, workerData: {} } : null;
}
