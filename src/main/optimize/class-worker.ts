import highsLoader from 'highs';
import { parentPort } from 'node:worker_threads';
import { solveClassByDecomposition } from '../../power-model/optimize/decomposition/decomposed-classes';
import type { ReserveClass } from '../../power-model/optimize/reserve-margin';
import type { SizingInput } from '../../power-model/optimize/types';
import { compactOutcome, type ClassTask } from './class-outcome';

/**
 * One thread of `solveClassesInParallel`: loads HiGHS once, then solves each class it is sent
 * (`solveClassByDecomposition`) and posts back the compact outcome, the design's columns
 * transferred rather than copied.
 */
const highs = await highsLoader();
parentPort?.on('message', (task: ClassTask | null) => {
  if (task === null) {
    parentPort?.close();
    return;
  }
  try {
    const input: SizingInput = task.input;
    const reserveClass: ReserveClass = task.reserveClass;
    const outcome = compactOutcome(solveClassByDecomposition(highs, input, reserveClass, task.timeLimitSeconds, task.cutoffUSD));
    parentPort?.postMessage({ index: task.index, outcome }, outcome.kind === 'solved' ? [outcome.colValue.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort?.postMessage({ index: task.index, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
