import { Worker } from 'node:worker_threads';
import { workerEntry } from './worker-entry';

/**
 * Worker threads started ahead of need and reused run after run, so a run does not wait for a
 * thread to boot and load the engine (hundreds of milliseconds from built JavaScript, seconds
 * under tsx). Idle threads are unref'd: they never keep a process alive on their own.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private warming = 0;

  /** `size`: how many idle threads `warm()` keeps ready (the run manager's concurrency). */
  constructor(private readonly size: number) {}

  /** Starts threads until `size` are idle or booting. */
  warm(): void {
    while (this.idle.length + this.warming < this.size) {
      this.warming++;
      const worker = this.spawn();
      worker.unref();
      const onReady = (m: { type?: string }) => {
        if (m.type !== 'ready') return;
        worker.off('message', onReady);
        this.warming--;
        this.idle.push(worker);
      };
      worker.on('message', onReady);
      worker.once('exit', () => {
        worker.off('message', onReady);
        const i = this.idle.indexOf(worker);
        if (i >= 0) this.idle.splice(i, 1);
        else this.warming = Math.max(0, this.warming - 1);
      });
    }
  }

  /** A thread for one job: an idle warm one when there is one, else a new one (it queues the job until it has loaded). */
  take(): Worker {
    const worker = this.idle.shift() ?? this.spawn();
    worker.ref();
    return worker;
  }

  /** A thread that finished its job cleanly goes back to wait for the next. */
  give(worker: Worker): void {
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    worker.unref();
    if (this.idle.length >= this.size) {
      void worker.terminate();
      return;
    }
    this.idle.push(worker);
    worker.once('exit', () => {
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
    });
  }

  /** Threads waiting now (for tests and the memory measurement). */
  idleCount(): number {
    return this.idle.length;
  }

  async close(): Promise<void> {
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const { url, entry } = workerEntry();
    return new Worker(url, { workerData: { entry } });
  }
}
