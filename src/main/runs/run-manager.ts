import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { RunsRepo } from '../db/runs-repo';
import type { JobRequest, RunState } from './types';
import { workerEntry } from './worker-entry';

export function inputsHash(request: JobRequest): string {
  return createHash('sha256').update(JSON.stringify([request.kind, request.site, request.scenario, request.params])).digest('hex').slice(0, 16);
}

type Live = { state: RunState; worker: Worker; cancelFlag: Int32Array; done: Promise<RunState> };

/**
 * Runs long jobs (optimization, Monte Carlo, sensitivity) in worker threads, one thread per run,
 * so the service process keeps answering while they work. Progress and the result are kept here
 * for polling; the start and the outcome are written to the project's run history.
 */
export class RunManager {
  private readonly live = new Map<number, Live>();
  private readonly finished = new Map<number, RunState>();
  private nextLocalId = -1;

  constructor(private readonly history: () => RunsRepo | null) {}

  start(request: JobRequest, scenarioId: string): RunState {
    const repo = this.history();
    const hash = inputsHash(request);
    const runId = repo ? repo.start({ kind: request.kind, siteId: request.site.id, scenarioId, inputsHash: hash }) : this.nextLocalId--;
    const cancelBuffer = new SharedArrayBuffer(4);
    const { url, entry } = workerEntry();
    const worker = new Worker(url, { workerData: { request, cancelFlag: cancelBuffer, entry } });
    const state: RunState = {
      runId,
      kind: request.kind,
      siteId: request.site.id,
      scenarioId,
      status: 'running',
      progress: 0,
      message: 'starting',
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    const done = new Promise<RunState>((resolve) => {
      const finish = (status: RunState['status'], result: unknown, error: string | null) => {
        if (state.status !== 'running') return;
        Object.assign(state, { status, result, error, finishedAt: new Date().toISOString(), progress: status === 'done' ? 1 : state.progress });
        try {
          this.history()?.finish(runId, status === 'running' ? 'failed' : status, status === 'done' ? result : { error });
        } catch {
          // the project may have been closed or switched meanwhile; the in-memory state still answers
        }
        this.live.delete(runId);
        this.finished.set(runId, state);
        void worker.terminate();
        resolve(state);
      };
      worker.on('message', (m: { type: string; fraction?: number; message?: string; result?: unknown; error?: string }) => {
        if (m.type === 'progress') {
          state.progress = m.fraction ?? state.progress;
          state.message = m.message ?? '';
        } else if (m.type === 'done') finish('done', m.result, null);
        else if (m.type === 'cancelled') finish('cancelled', null, null);
        else if (m.type === 'failed') finish('failed', null, m.error ?? 'failed');
      });
      worker.on('error', (e) => finish('failed', null, e.message));
      worker.on('exit', (code) => finish(Atomics.load(new Int32Array(cancelBuffer), 0) === 1 ? 'cancelled' : 'failed', null, `worker exited (${code})`));
    });
    this.live.set(runId, { state, worker, cancelFlag: new Int32Array(cancelBuffer), done });
    return { ...state };
  }

  status(runId: number): RunState | undefined {
    const s = this.live.get(runId)?.state ?? this.finished.get(runId);
    return s ? { ...s } : undefined;
  }

  /**
   * Asks the job to stop at its next check; a job inside a call it cannot leave (an LP solve) is
   * stopped by ending its thread after `graceMs`. Nothing already saved is touched.
   */
  cancel(runId: number, graceMs = 1000): boolean {
    const live = this.live.get(runId);
    if (!live) return false;
    Atomics.store(live.cancelFlag, 0, 1);
    setTimeout(() => {
      if (this.live.get(runId) === live) void live.worker.terminate();
    }, graceMs).unref();
    return true;
  }

  wait(runId: number): Promise<RunState | undefined> {
    const live = this.live.get(runId);
    return live ? live.done : Promise.resolve(this.finished.get(runId));
  }

  async stopAll(): Promise<void> {
    for (const { worker } of this.live.values()) await worker.terminate();
    this.live.clear();
  }
}
