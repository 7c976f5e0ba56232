import { Worker } from 'node:worker_threads';
import { workerEntry } from './worker-entry';

/**
 * Worker threads started ahead of need and reused run after run, so a run does not wait for a
 * thread to boot and load the engine (hundreds of milliseconds from built JavaScript, seconds
 * under tsx). Idle threads are unref'd: they never keep a process alive on their own.
 */
export class WorkerPool {
  /** Threads waiting for a job, ready (job code loaded) or still loading: both take a job at once. */
  private readonly idle: Worker[] = [];

  /**
   * `size`: how many idle threads `warm()` keeps (the run manager's concurrency); `entry`: where a
   * thread starts (default the run worker; the Monte Carlo's helpers start from a lighter one).
   */
  constructor(
    private readonly size: number,
    private readonly entry: () => { url: URL; entry: string | null } = workerEntry,
  ) {}

  /** Starts threads until `size` are idle (loading or ready). */
  warm(): void {
    while (this.idle.length < this.size) this.keep(this.spawn());
  }

  /**
   * A thread for one job: a waiting one when there is one — even one still loading its job code,
   * which answers sooner than a new thread would — else a new one.
   */
  take(): Worker {
    const worker = this.idle.shift() ?? this.spawn();
    worker.removeAllListeners('exit');
    worker.ref();
    return worker;
  }

  /** A thread that finished its job cleanly goes back to wait for the next. */
  give(worker: Worker): void {
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    if (this.idle.length >= this.size) {
      void worker.terminate();
      return;
    }
    this.keep(worker);
  }

  /** Threads waiting now (for tests and the memory measurement). */
  idleCount(): number {
    return this.idle.length;
  }

  async close(): Promise<void> {
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }

  private keep(worker: Worker): void {
    worker.unref();
    this.idle.push(worker);
    worker.once('exit', () => {
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
    });
  }

  private spawn(): Worker {
    const { url, entry } = this.entry();
    return new Worker(url, { workerData: { entry } });
  }
}
