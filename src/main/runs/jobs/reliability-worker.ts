import { parentPort } from 'node:worker_threads';
import { JobCancelled } from '../types';
import { helperChunks, type HelperTask } from './reliability-threads';

/**
 * A Monte Carlo helper thread (reliability-threads.ts): it loads the reliability engine only — no
 * sheet engine, no other job — so it is ready in tens of milliseconds built, and it takes one task
 * after another for as long as it lives: claim chunks of years of the run it is sent, post back
 * their tallies.
 */
parentPort?.on('message', (task: HelperTask) => {
  const cancel = new Int32Array(task.cancelFlag);
  try {
    const result = helperChunks(task.input, task.designs, task.plan, task.helper, () => Atomics.load(cancel, 0) === 1);
    parentPort?.postMessage({ type: 'done', result });
  } catch (error) {
    if (error instanceof JobCancelled) parentPort?.postMessage({ type: 'cancelled' });
    else parentPort?.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ type: 'ready' });
