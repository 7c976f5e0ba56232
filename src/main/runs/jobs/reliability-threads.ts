import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Design } from '../../../power-model/reliability/designs';
import { preparePass, simulateSinglePass, type CaseTally, type PreparedPass } from '../../../power-model/reliability/single-pass';
import { mergeTallies } from '../../../power-model/reliability/tally';
import type { ReliabilityInput } from '../../../power-model/reliability/types';
import { JobCancelled, type JobContext } from '../types';
import { WorkerPool } from '../worker-pool';

/**
 * The years of a Monte Carlo split across threads that take chunks of years as they come free:
 * this thread and `threads − 1` helpers (reliability-worker.ts, a pool kept between runs) claim the next chunk
 * from a counter in shared memory until none is left. So this thread starts at once, a helper
 * still loading joins when it is ready, and a thread slowed by a busy machine simply takes fewer
 * chunks; when this thread runs out of chunks, a helper that has not begun yet is told not to
 * (and not waited for), so a cold helper never delays the answer. Each chunk is the same years
 * whoever runs it (its first year fixes its draws), and the tallies are added in chunk order, so the
 * answer does not depend on the threads or the timing.
 */

/** What every thread of a run shares: the chunks, the next one to claim, and the years done. */
export type YearChunkPlan = {
  chunks: { firstYear: number; years: number }[];
  /** Int32 [0]: index of the next chunk to claim. */
  claim: SharedArrayBuffer;
  /** Int32 [0]: years finished by all threads. */
  yearsDone: SharedArrayBuffer;
  /** Int32 per helper: 0 not begun, HELPER_BEGUN, HELPER_SKIPPED (this thread found no chunk left for it). */
  helperStates: SharedArrayBuffer;
};

const HELPER_BEGUN = 1;
const HELPER_SKIPPED = 2;

/** Chunks per thread: small enough that threads finish together, large enough that each chunk's set-up (a few ms) is lost in it. */
const CHUNKS_PER_THREAD = 8;
const MIN_CHUNK_YEARS = 250;

export function planChunks(years: number, threads: number): YearChunkPlan {
  const size = Math.max(MIN_CHUNK_YEARS, Math.ceil(years / (threads * CHUNKS_PER_THREAD)));
  const chunks: { firstYear: number; years: number }[] = [];
  for (let first = 0; first < years; first += size) chunks.push({ firstYear: first, years: Math.min(size, years - first) });
  return { chunks, claim: new SharedArrayBuffer(4), yearsDone: new SharedArrayBuffer(4), helperStates: new SharedArrayBuffer(4 * Math.max(1, threads)) };
}

/**
 * A helper's share: `claimChunks` unless the run's own thread already found no chunk left and
 * marked this helper skipped (then nothing: the run does not wait for it).
 */
export function helperChunks(input: ReliabilityInput, designs: readonly Design[], plan: YearChunkPlan, helper: number, shouldCancel: () => boolean): { index: number; tallies: CaseTally[] }[] {
  if (Atomics.compareExchange(new Int32Array(plan.helperStates), helper, 0, HELPER_BEGUN) !== 0) return [];
  return claimChunks(input, designs, plan, shouldCancel);
}

/**
 * Claims chunks of `plan` until none is left, simulating each (`simulateSinglePass` from the
 * chunk's first year), and returns the tallies of the chunks it ran by chunk index. `onYear` is
 * called after each year this thread simulates; a cancelled run throws JobCancelled.
 */
export function claimChunks(input: ReliabilityInput, designs: readonly Design[], plan: YearChunkPlan, shouldCancel: () => boolean, onYear: () => void = () => undefined): { index: number; tallies: CaseTally[] }[] {
  const claim = new Int32Array(plan.claim);
  const yearsDone = new Int32Array(plan.yearsDone);
  const done: { index: number; tallies: CaseTally[] }[] = [];
  // The pass's plan and scratch once per run on this thread, not once per chunk.
  let prepared: PreparedPass | null = null;
  for (;;) {
    const index = Atomics.add(claim, 0, 1);
    const chunk = plan.chunks[index];
    if (chunk === undefined) return done;
    prepared ??= preparePass({ ...input, designs });
    let reported = 0;
    const pass = simulateSinglePass({
      ...input,
      years: chunk.years,
      firstYear: chunk.firstYear,
      designs,
      onProgress: (fraction) => {
        const years = Math.round(fraction * chunk.years);
        Atomics.add(yearsDone, 0, years - reported);
        reported = years;
        onYear();
      },
      shouldCancel,
    }, prepared);
    if (pass.cancelled) throw new JobCancelled();
    done.push({ index, tallies: pass.tallies });
  }
}

/** What a helper thread is sent: the run's plan, its own index, the input and designs, the run's cancel flag. */
export type HelperTask = { plan: YearChunkPlan; helper: number; input: ReliabilityInput; designs: readonly Design[]; cancelFlag: SharedArrayBuffer };
type Claimed = { index: number; tallies: CaseTally[] }[];

/**
 * Where a helper thread starts, as the run worker's entry is found (../worker-entry.ts): from
 * TypeScript sources, the tsx bootstrap with reliability-worker.ts; built, `STARGRID_MC_WORKER`
 * (the desktop's service process sets it) or the bundled `mc-worker.js` beside this code.
 */
export function helperEntry(): { url: URL; entry: string | null } {
  const source = new URL('./reliability-worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(source))) return { url: new URL('../ts-worker-bootstrap.mjs', import.meta.url), entry: source.href };
  const explicit = process.env.STARGRID_MC_WORKER;
  if (explicit) return { url: pathToFileURL(explicit), entry: null };
  const built = new URL('./mc-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, entry: null };
  throw new Error(`no Monte Carlo helper beside ${fileURLToPath(import.meta.url)}: build it with \`node scripts/build-node.mjs\``);
}

/** The helper threads of this thread's runs, started on first use and kept (unref'd when idle). */
let helpers: WorkerPool | null = null;

function helperPool(): WorkerPool {
  helpers ??= new WorkerPool(Math.max(1, availableParallelism() - 1), helperEntry);
  return helpers;
}

/** Starts the helper threads now (one fewer than the cores), so that the next threaded run finds them ready. */
export function warmHelpers(): void {
  helperPool().warm();
}

/** Ends the idle helper threads (tests, benches and hosts that shut down). */
export async function closeHelpers(): Promise<void> {
  const pool = helpers;
  helpers = null;
  await pool?.close();
}

/** Sends `task` to a helper thread; resolves with the chunks it ran. It goes back to the pool when done, and is ended when it fails or is cancelled. */
function runHelper(task: HelperTask): Promise<Claimed> {
  const pool = helperPool();
  const worker = pool.take();
  return new Promise<Claimed>((resolve, reject) => {
    let settled = false;
    const settle = (ok: boolean) => {
      settled = true;
      if (ok) pool.give(worker);
      else void worker.terminate();
    };
    worker.on('message', (m: { type: string; result?: Claimed; error?: string }) => {
      if (m.type === 'done') {
        settle(true);
        resolve(m.result ?? []);
      } else if (m.type === 'cancelled') {
        settle(false);
        reject(new JobCancelled());
      } else if (m.type === 'failed') {
        settle(false);
        reject(new Error(m.error ?? 'Monte Carlo helper failed'));
      }
    });
    worker.on('error', (error) => {
      settle(false);
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(Atomics.load(new Int32Array(task.cancelFlag), 0) === 1 ? new JobCancelled() : new Error(`Monte Carlo helper exited (${code})`));
    });
    worker.postMessage(task);
  });
}

/**
 * The Monte Carlo of `input` × `designs` over `input.years` years on `threads` threads (this one
 * and `threads − 1` helpers), its tallies added in chunk order. Progress is the years done by every thread, read from shared memory.
 */
export async function simulateInThreads(input: ReliabilityInput, designs: readonly Design[], threads: number, ctx: JobContext, describe: (yearsDone: number) => string): Promise<CaseTally[]> {
  const plan = planChunks(input.years, threads);
  const yearsDone = new Int32Array(plan.yearsDone);
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const report = () => {
    const years = Atomics.load(yearsDone, 0);
    ctx.progress(years / input.years, describe(years));
  };
  const helperCount = Math.max(0, Math.min(threads, plan.chunks.length) - 1);
  // Functions do not cross into a thread: the input without its callbacks.
  const portable: ReliabilityInput = { ...input };
  delete portable.onProgress;
  delete portable.shouldCancel;
  const started = Array.from({ length: helperCount }, (_, helper) =>
    // Caught at once, so that a helper failing while this thread works is not an unhandled rejection.
    runHelper({ plan, helper, input: portable, designs, cancelFlag: cancelBuffer }).then(
      (parts) => ({ parts, error: null as unknown }),
      (error: unknown) => ({ parts: [] as { index: number; tallies: CaseTally[] }[], error }),
    ),
  );
  const stopHelpers = () => Atomics.store(cancelFlag, 0, 1);
  let mine: { index: number; tallies: CaseTally[] }[];
  try {
    // This thread's loop holds it, so it raises the helpers' cancel flag itself when the run is cancelled.
    mine = claimChunks(input, designs, plan, () => {
      const cancelled = ctx.shouldCancel() || Atomics.load(cancelFlag, 0) === 1;
      if (cancelled) stopHelpers();
      return cancelled;
    }, report);
  } catch (error) {
    stopHelpers();
    throw error;
  }
  // No chunk is left to claim: a helper that has not begun never will, so wait only for those that did.
  const states = new Int32Array(plan.helperStates);
  const begun = started.filter((_, helper) => Atomics.compareExchange(states, helper, 0, HELPER_SKIPPED) === HELPER_BEGUN);
  const poll = setInterval(report, 100);
  const outcomes = await Promise.all(begun).finally(() => clearInterval(poll));
  const failed = outcomes.find((o) => o.error !== null);
  if (failed !== undefined) {
    stopHelpers();
    throw failed.error instanceof Error ? failed.error : new Error(String(failed.error));
  }
  const byIndex = [...mine, ...outcomes.flatMap((o) => o.parts)].sort((a, b) => a.index - b.index);
  if (byIndex.length !== plan.chunks.length) throw new Error(`the Monte Carlo threads returned ${byIndex.length} of ${plan.chunks.length} chunks`);
  report();
  return mergeTallies(byIndex.map((c) => c.tallies));
}
