import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { JobCancelled, type JobContext, type JobRequest } from '../types';

/**
 * Runs one child job per chunk, each in its own worker thread (the run worker entry, with the
 * chunk's params merged into the request's), and returns their results in chunk order. Progress
 * is the mean of the chunks' fractions, weighted by `weights`; cancelling the run reaches every
 * chunk; any failure fails the whole.
 */
export function runInWorkers<T>(request: JobRequest, chunks: readonly Record<string, unknown>[], weights: readonly number[], ctx: JobContext, describe: (fractionDone: number) => string): Promise<T[]> {
  const total = weights.reduce((a, b) => a + b, 0);
  const fractions = chunks.map(() => 0);
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const { url, entry } = workerEntry();
  const workers: Worker[] = [];
  const poll = setInterval(() => {
    if (ctx.shouldCancel()) Atomics.store(cancelFlag, 0, 1);
  }, 50);
  const done = chunks.map(
    (params, i) =>
      new Promise<T>((resolve, reject) => {
        const child: JobRequest = { ...request, params: { ...request.params, ...params } };
        const worker = new Worker(url, { workerData: { request: child, cancelFlag: cancelBuffer, entry } });
        workers.push(worker);
        worker.on('message', (m: { type: string; fraction?: number; result?: unknown; error?: string }) => {
          if (m.type === 'progress') {
            fractions[i] = m.fraction ?? 0;
            const fraction = weights.reduce((sum, w, k) => sum + w * (fractions[k] ?? 0), 0) / total;
            ctx.progress(fraction, describe(fraction));
          } else if (m.type === 'done') resolve(m.result as T);
          else if (m.type === 'cancelled') reject(new JobCancelled());
          else if (m.type === 'failed') reject(new Error(m.error ?? 'worker failed'));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(Atomics.load(cancelFlag, 0) === 1 ? new JobCancelled() : new Error(`worker exited (${code})`)));
      }),
  );
  return Promise.all(done).finally(() => {
    clearInterval(poll);
    Atomics.store(cancelFlag, 0, 1);
    for (const worker of workers) void worker.terminate();
  });
}
