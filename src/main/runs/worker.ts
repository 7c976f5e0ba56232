import { parentPort, workerData } from 'node:worker_threads';
import { loadSheetMath, SheetMathNotLoaded } from '../../power-model/sheets/index';
import { jobFor } from './jobs';
import { JobCancelled, RUN_KINDS, type JobRequest } from './types';

/**
 * Runs jobs in this thread. Cancellation is a flag in shared memory that the job polls: a message
 * could not be read while the job's synchronous loops hold the thread.
 *
 * Two ways in: a thread of the run manager's warm pool waits for `{ type: 'run' }` messages, one
 * job after another (it says `ready` once its job modules are loaded); a thread given a request
 * in `workerData` (a sweep's helpers) runs that one job.
 */
type JobMessage = { request: JobRequest; cancelFlag: SharedArrayBuffer };

async function runOne({ request, cancelFlag }: JobMessage): Promise<void> {
  const flag = new Int32Array(cancelFlag);
  let lastSent = 0;
  const job = await jobFor(request.kind);
  const context = {
    progress: (fraction: number, message?: string) => {
      const now = Date.now();
      // At most ~20 messages a second: a Monte Carlo reports every year.
      if (now - lastSent < 50 && fraction < 1) return;
      lastSent = now;
      parentPort?.postMessage({ type: 'progress', fraction: Math.max(0, Math.min(1, fraction)), message: message ?? '' });
    },
    shouldCancel: () => Atomics.load(flag, 0) === 1,
  };
  try {
    let result: unknown;
    try {
      result = await job(request, context);
    } catch (error) {
      // The planner's own sheets compile without mathjs; a formula edit outside the plain
      // compiler's reach needs it. A job only computes (its result is posted at the end), so it
      // runs again from the start once mathjs is loaded.
      if (!(error instanceof SheetMathNotLoaded)) throw error;
      parentPort?.postMessage({ type: 'progress', fraction: 0, message: 'loading the formula engine for an edited formula' });
      await loadSheetMath();
      result = await job(request, context);
    }
    parentPort?.postMessage({ type: 'done', result });
  } catch (error) {
    if (error instanceof JobCancelled) parentPort?.postMessage({ type: 'cancelled' });
    else parentPort?.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

const given = workerData as Partial<JobMessage> | null;
if (given?.request && given.cancelFlag) {
  void runOne(given as JobMessage);
} else {
  let queue = Promise.resolve();
  parentPort?.on('message', (message: { type: string } & Partial<JobMessage>) => {
    if (message.type !== 'run' || !message.request || !message.cancelFlag) return;
    const job = message as JobMessage;
    parentPort?.postMessage({ type: 'progress', fraction: 0, message: 'started' });
    queue = queue.then(() => runOne(job));
  });
  // Load every job's code now, while the thread waits, so a run starts computing at once. mathjs is
  // not among it: only a formula edit outside the plain sheet compiler's reach needs it (above).
  void Promise.all(RUN_KINDS.map((kind) => jobFor(kind))).then(
    () => parentPort?.postMessage({ type: 'ready' }),
    (error: unknown) => parentPort?.postMessage({ type: 'ready', error: error instanceof Error ? error.message : String(error) }),
  );
}
