import { parentPort, workerData } from 'node:worker_threads';
import { jobFor } from './jobs';
import { JobCancelled, type JobRequest } from './types';

/**
 * One run in its own thread. Cancellation is a flag in shared memory that the job polls: a
 * message could not be read while the job's synchronous loops hold the thread.
 */
type WorkerInput = { request: JobRequest; cancelFlag: SharedArrayBuffer };

const { request, cancelFlag } = workerData as WorkerInput;
const flag = new Int32Array(cancelFlag);
let lastSent = 0;

async function main(): Promise<void> {
  const job = await jobFor(request.kind);
  try {
    const result = await job(request, {
      progress: (fraction, message) => {
        const now = Date.now();
        // At most ~20 messages a second: a Monte Carlo reports every year.
        if (now - lastSent < 50 && fraction < 1) return;
        lastSent = now;
        parentPort?.postMessage({ type: 'progress', fraction: Math.max(0, Math.min(1, fraction)), message: message ?? '' });
      },
      shouldCancel: () => Atomics.load(flag, 0) === 1,
    });
    parentPort?.postMessage({ type: 'done', result });
  } catch (error) {
    if (error instanceof JobCancelled) parentPort?.postMessage({ type: 'cancelled' });
    else parentPort?.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

void main();
