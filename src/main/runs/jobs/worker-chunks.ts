import { availableParallelism } from 'node:os';
import { WorkerPool } from '../worker-pool';
import { JobCancelled, type JobContext, type JobRequest } from '../types';

/**
 * Helper threads for the chunks of a run, kept between chunks and between runs: a run that splits
 * its work does not pay for threads to start and load the job code each time (about a second a
 * thread from sources, hundreds of milliseconds built). One pool per thread that hosts runs,
 * created on first use; its idle threads are unref'd, so they never keep a process alive.
 */
let helpers: WorkerPool | null = null;

function helperPool(): WorkerPool {
  helpers ??= new WorkerPool(availableParallelism());
  return helpers;
}

/** Ends the idle helper threads (tests and hosts that shut down). */
export async function closeHelperThreads(): Promise<void> {
  const pool = helpers;
  helpers = null;
  await pool?.close();
}

/**
 * Runs `request` with `params` merged into its params on a helper thread of the pool (the run
 * worker's pool mode) and resolves with its result. `onProgress` gets the helper's fractions;
 * `cancelBuffer` is the shared flag that stops it. The thread goes back to the pool when the job
 * ends cleanly, and is ended when it fails or is cancelled.
 */
export function runOnHelper<T>(request: JobRequest, params: Record<string, unknown>, cancelBuffer: SharedArrayBuffer, onProgress: (fraction: number) => void = () => undefined): Promise<T> {
  const cancelFlag = new Int32Array(cancelBuffer);
  const pool = helperPool();
  return new Promise<T>((resolve, reject) => {
    const child: JobRequest = { ...request, params: { ...request.params, ...params } };
    const worker = pool.take();
    let settled = false;
    const settle = (ok: boolean) => {
      settled = true;
      if (ok) pool.give(worker);
      else void worker.terminate();
    };
    worker.on('message', (m: { type: string; fraction?: number; result?: unknown; error?: string }) => {
      if (m.type === 'progress') onProgress(m.fraction ?? 0);
      else if (m.type === 'done') {
        settle(true);
        resolve(m.result as T);
      } else if (m.type === 'cancelled') {
        settle(false);
        reject(new JobCancelled());
      } else if (m.type === 'failed') {
        settle(false);
        reject(new Error(m.error ?? 'worker failed'));
      }
    });
    worker.on('error', (error) => {
      settle(false);
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(Atomics.load(cancelFlag, 0) === 1 ? new JobCancelled() : new Error(`worker exited (${code})`));
    });
    worker.postMessage({ type: 'run', request: child, cancelFlag: cancelBuffer });
  });
}

/**
 * Runs one child job per chunk, each on a helper thread (`runOnHelper`), and returns their results
 * in chunk order. Progress is the mean of the chunks' fractions, weighted by `weights`; cancelling
 * the run reaches every chunk; any failure fails the whole and stops the other chunks.
 */
export function runInWorkers<T>(request: JobRequest, chunks: readonly Record<string, unknown>[], weights: readonly number[], ctx: JobContext, describe: (fractionDone: number) => string): Promise<T[]> {
  const total = weights.reduce((a, b) => a + b, 0);
  const fractions = chunks.map(() => 0);
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const poll = setInterval(() => {
    if (ctx.shouldCancel()) Atomics.store(cancelFlag, 0, 1);
  }, 50);
  const done = chunks.map((params, i) =>
    runOnHelper<T>(request, params, cancelBuffer, (f) => {
      fractions[i] = f;
      const fraction = weights.reduce((sum, w, k) => sum + w * (fractions[k] ?? 0), 0) / total;
      ctx.progress(fraction, describe(fraction));
    }),
  );
  return Promise.all(done).finally(() => {
    clearInterval(poll);
    // A failure leaves the other chunks running: stop them.
    Atomics.store(cancelFlag, 0, 1);
  });
}
