import { createHash, randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { RunsRepo } from '../db/runs-repo';
import type { JobRequest, RunState } from './types';
import { WorkerPool } from './worker-pool';

export function inputsHash(request: JobRequest): string {
  return createHash('sha256').update(JSON.stringify([request.kind, request.site, request.scenario, request.params])).digest('hex').slice(0, 16);
}

/**
 * Runs at once: one fewer than the machine's cores (the service process and the UI keep one), at
 * least one. `STARGRID_RUN_CONCURRENCY` overrides it.
 */
export function defaultConcurrency(): number {
  const given = Number(process.env.STARGRID_RUN_CONCURRENCY);
  if (Number.isInteger(given) && given >= 1) return given;
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The project a run belongs to: where its history goes (null for a read-only project or the CLI),
 * and the release of its hold on that file, called once the run has ended and been recorded.
 */
export type RunOwner = { projectPath: string | null; history: RunsRepo | null; release: () => void };

type Entry = {
  state: RunState;
  request: JobRequest;
  owner: RunOwner;
  cancelFlag: Int32Array<SharedArrayBuffer>;
  worker: Worker | null;
  done: Promise<RunState>;
  settle: (state: RunState) => void;
};

/**
 * Long jobs (optimization, Monte Carlo, sensitivity, sweeps) in worker threads, so the service
 * process keeps answering while they work. Runs wait in a queue and at most `concurrency` work at
 * once (16 at once took the server from 497 to 930 MB); each run's id is a UUID, unique across
 * projects and processes; its result is written to the history of the project it was started in,
 * whatever is open when it ends.
 */
export class RunManager {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: Entry[] = [];
  private working = 0;
  private warmed = false;
  private readonly pool: WorkerPool;

  constructor(readonly concurrency: number = defaultConcurrency()) {
    this.pool = new WorkerPool(concurrency);
  }

  /** Starts the warm threads now (the long-lived hosts call this; a one-shot CLI command need not). */
  warm(): void {
    this.warmed = true;
    this.pool.warm();
  }

  start(request: JobRequest, scenarioId: string, owner: RunOwner): RunState {
    let settle: (state: RunState) => void = () => undefined;
    const done = new Promise<RunState>((resolve) => (settle = resolve));
    const entry: Entry = {
      state: {
        runId: randomUUID(),
        historyId: null,
        kind: request.kind,
        siteId: request.site.id,
        scenarioId,
        status: 'queued',
        queuePosition: null,
        progress: 0,
        message: 'waiting for a free thread',
        result: null,
        error: null,
        startedAt: new Date().toISOString(),
        finishedAt: null,
      },
      request,
      owner,
      cancelFlag: new Int32Array(new SharedArrayBuffer(4)),
      worker: null,
      done,
      settle,
    };
    this.entries.set(entry.state.runId, entry);
    this.queue.push(entry);
    this.pump();
    return this.snapshot(entry);
  }

  /** The run's state, if `runId` is a run of the project at `projectPath` (undefined: any project, for the CLI). */
  status(runId: string, projectPath?: string | null): RunState | undefined {
    const entry = this.entryOf(runId, projectPath);
    return entry ? this.snapshot(entry) : undefined;
  }

  /**
   * Asks the job to stop at its next check; a job inside a call it cannot leave (an LP solve) is
   * stopped by ending its thread after `graceMs`. A queued run is simply taken off the queue.
   * A run of another project is not touched. Nothing already saved is changed.
   */
  cancel(runId: string, projectPath?: string | null, graceMs = 1000): boolean {
    const entry = this.entryOf(runId, projectPath);
    if (!entry || (entry.state.status !== 'running' && entry.state.status !== 'queued')) return false;
    if (entry.state.status === 'queued') {
      this.queue.splice(this.queue.indexOf(entry), 1);
      this.finish(entry, 'cancelled', null, null);
      return true;
    }
    Atomics.store(entry.cancelFlag, 0, 1);
    const worker = entry.worker;
    setTimeout(() => {
      if (entry.state.status === 'running' && entry.worker === worker) void worker?.terminate();
    }, graceMs).unref();
    return true;
  }

  wait(runId: string): Promise<RunState | undefined> {
    const entry = this.entries.get(runId);
    return entry ? entry.done : Promise.resolve(undefined);
  }

  async stopAll(): Promise<void> {
    for (const entry of [...this.queue]) this.cancel(entry.state.runId);
    await Promise.all([...this.entries.values()].filter((e) => e.worker).map((e) => e.worker?.terminate()));
    await this.pool.close();
  }

  private entryOf(runId: string, projectPath: string | null | undefined): Entry | undefined {
    const entry = this.entries.get(runId);
    if (!entry) return undefined;
    if (projectPath !== undefined && entry.owner.projectPath !== projectPath) return undefined;
    return entry;
  }

  private snapshot(entry: Entry): RunState {
    const position = this.queue.indexOf(entry);
    return { ...entry.state, queuePosition: position >= 0 ? position + 1 : null };
  }

  private pump(): void {
    while (this.working < this.concurrency && this.queue.length > 0) {
      const entry = this.queue.shift() as Entry;
      this.launch(entry);
    }
  }

  private launch(entry: Entry): void {
    this.working++;
    const { state, request, owner } = entry;
    state.status = 'running';
    state.message = 'starting';
    state.startedAt = new Date().toISOString();
    try {
      state.historyId = owner.history?.start({ kind: request.kind, siteId: request.site.id, scenarioId: state.scenarioId, inputsHash: inputsHash(request) }) ?? null;
    } catch {
      // A full disk or a closed file: the run still runs; its history is what cannot be kept.
      state.historyId = null;
    }
    const worker = this.pool.take();
    entry.worker = worker;
    worker.on('message', (m: { type: string; fraction?: number; message?: string; result?: unknown; error?: string }) => {
      if (m.type === 'progress') {
        state.progress = m.fraction ?? state.progress;
        state.message = m.message ?? '';
      } else if (m.type === 'done') this.finish(entry, 'done', m.result, null);
      else if (m.type === 'cancelled') this.finish(entry, 'cancelled', null, null);
      else if (m.type === 'failed') this.finish(entry, 'failed', null, m.error ?? 'failed');
    });
    worker.on('error', (e) => this.finish(entry, 'failed', null, e.message));
    worker.on('exit', (code) => this.finish(entry, Atomics.load(entry.cancelFlag, 0) === 1 ? 'cancelled' : 'failed', null, `worker exited (${code})`));
    worker.postMessage({ type: 'run', request, cancelFlag: entry.cancelFlag.buffer });
  }

  private finish(entry: Entry, status: Exclude<RunState['status'], 'running' | 'queued'>, result: unknown, error: string | null): void {
    const { state } = entry;
    if (state.status !== 'running' && state.status !== 'queued') return;
    const wasRunning = state.status === 'running';
    Object.assign(state, { status, result, error, finishedAt: new Date().toISOString(), progress: status === 'done' ? 1 : state.progress });
    if (state.historyId !== null) {
      try {
        entry.owner.history?.finish(state.historyId, status, status === 'done' ? result : { error });
      } catch {
        // The file could not take the outcome (disk full); the in-memory state still answers.
      }
    }
    entry.owner.release();
    const worker = entry.worker;
    entry.worker = null;
    if (worker) {
      // A thread that ended its job cleanly waits for the next; one that was stopped or failed is replaced.
      if (status === 'done' || (status === 'cancelled' && error === null) || (status === 'failed' && !error?.startsWith('worker exited'))) this.pool.give(worker);
      else void worker.terminate();
      if (this.warmed) this.pool.warm();
    }
    if (wasRunning) this.working--;
    entry.settle(this.snapshot(entry));
    this.forgetOld();
    this.pump();
  }

  /** Finished runs stay answerable for `runs:status` until 200 newer ones have finished. */
  private forgetOld(): void {
    const finished = [...this.entries.values()].filter((e) => e.state.finishedAt !== null);
    for (const old of finished.slice(0, Math.max(0, finished.length - 200))) this.entries.delete(old.state.runId);
  }
}
