import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { simulateSite, type SimulationResult } from '../../../power-model/simulate';
import { jobFormulas, jobRunner } from '../job-runner';
import { workerEntry } from '../worker-entry';
import { JobCancelled, type JobContext, type JobFunction, type JobRequest } from '../types';

export type SweepAxis = { name: string; values: number[] };
/** One evaluated point: the input values and the metrics. */
export type SweepPoint = { x: number; y: number | null; lcoeUSDPerMWh: number; annualCostUSD: number; co2Tonnes: number };
export type SweepResult = { siteId: string; scenarioId: string; x: SweepAxis; y: SweepAxis | null; points: SweepPoint[]; threads: number; elapsedMs: number };

type Coordinates = { x: number; y: number | null };

/**
 * Scenario sweep over one or two inputs of the economics sheet (scenario overrides, e.g.
 * `gasPriceUSDPerMMBtu`, `<technology>CapexUSDPerKW`, `discountRate`), each over a list of values:
 * LCOE (USD/MWh), annual cost (USD/yr) and CO2 (t/yr) at every point of the grid x × y.
 *
 * The points are split into N contiguous chunks, N = min(points, availableParallelism(), `threads`
 * when given), each simulated in its own worker thread (the run worker entry, with the chunk in
 * `params.points`); progress is the share of points done, and cancelling the run stops every
 * chunk. Names are checked against the sheet's inputs first: an unknown one is an error naming it.
 */
export const sweepJob: JobFunction = async (request, ctx) => {
  const chunk = request.params.points;
  if (Array.isArray(chunk)) return evaluatePoints(request, chunk as Coordinates[], ctx);

  const started = Date.now();
  const x = axis(request.params.x, 'x');
  const y = request.params.y === undefined ? null : axis(request.params.y, 'y');
  const scenario = resolveScenario(request.scenario);
  const reference = jobRunner(request).simulate(request.site, scenario, jobFormulas(request));
  const inputs = Object.values(reference.economics.trace).filter((e) => e.kind === 'input').map((e) => e.name);
  for (const [field, a] of [['x', x], ['y', y]] as const) {
    if (a !== null && !inputs.includes(a.name)) throw new Error(`${field}.name: "${a.name}" is not an input of the economics sheet; inputs are ${inputs.sort().join(', ')}`);
  }
  const points = x.values.flatMap<Coordinates>((xv) => (y === null ? [{ x: xv, y: null }] : y.values.map((yv) => ({ x: xv, y: yv }))));
  const requested = typeof request.params.threads === 'number' ? request.params.threads : Infinity;
  const threads = Math.max(1, Math.min(points.length, availableParallelism(), requested));
  const size = Math.ceil(points.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => points.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
  const results = await runChunks(request, chunks, ctx);
  return { siteId: request.site.id, scenarioId: scenario.id, x, y, points: results.flat(), threads: chunks.length, elapsedMs: Date.now() - started } satisfies SweepResult;
};

function axis(value: unknown, field: string): SweepAxis {
  const a = value as Partial<SweepAxis> | undefined;
  if (typeof a?.name !== 'string' || a.name === '') throw new Error(`${field}.name: an input name is required`);
  if (!Array.isArray(a.values) || a.values.length === 0) throw new Error(`${field}.values: at least one value is required`);
  a.values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${field}.values[${i}] must be a finite number, got ${String(v)}`);
  });
  return { name: a.name, values: a.values };
}

/** Simulates each point of a chunk with the point's values as scenario overrides (inside a sweep worker). */
function evaluatePoints(request: JobRequest, points: readonly Coordinates[], ctx: JobContext): SweepPoint[] {
  const x = axis(request.params.x, 'x');
  const y = request.params.y === undefined ? null : axis(request.params.y, 'y');
  const scenario = resolveScenario(request.scenario);
  const { model, cache } = jobRunner(request).prepare(request.site);
  return points.map((point, i) => {
    if (ctx.shouldCancel()) throw new JobCancelled();
    const overrides = { ...scenario.overrides, [x.name]: point.x, ...(y === null || point.y === null ? {} : { [y.name]: point.y }) };
    const result: SimulationResult = simulateSite(model, { ...scenario, overrides }, cache, jobFormulas(request));
    ctx.progress((i + 1) / points.length, `${i + 1}/${points.length}`);
    const s = result.summary;
    return { x: point.x, y: point.y, lcoeUSDPerMWh: s.lcoeUSDPerMWh, annualCostUSD: s.annualCostUSD, co2Tonnes: s.co2Tonnes };
  });
}

/** One worker thread per chunk; progress is the share of all points done; cancel reaches every chunk. */
function runChunks(request: JobRequest, chunks: readonly Coordinates[][], ctx: JobContext): Promise<SweepPoint[][]> {
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const fractions = chunks.map(() => 0);
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const { url, entry } = workerEntry();
  const workers: Worker[] = [];
  const poll = setInterval(() => {
    if (ctx.shouldCancel()) Atomics.store(cancelFlag, 0, 1);
  }, 50);
  const done = chunks.map(
    (points, i) =>
      new Promise<SweepPoint[]>((resolve, reject) => {
        const child: JobRequest = { ...request, params: { ...request.params, points } };
        const worker = new Worker(url, { workerData: { request: child, cancelFlag: cancelBuffer, entry } });
        workers.push(worker);
        worker.on('message', (m: { type: string; fraction?: number; result?: unknown; error?: string }) => {
          if (m.type === 'progress') {
            fractions[i] = m.fraction ?? 0;
            const pointsDone = chunks.reduce((sum, c, k) => sum + c.length * (fractions[k] ?? 0), 0);
            ctx.progress(pointsDone / total, `${Math.round(pointsDone)}/${total} points on ${chunks.length} threads`);
          } else if (m.type === 'done') resolve(m.result as SweepPoint[]);
          else if (m.type === 'cancelled') reject(new JobCancelled());
          else if (m.type === 'failed') reject(new Error(m.error ?? 'sweep worker failed'));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(Atomics.load(cancelFlag, 0) === 1 ? new JobCancelled() : new Error(`sweep worker exited (${code})`)));
      }),
  );
  return Promise.all(done).finally(() => {
    clearInterval(poll);
    Atomics.store(cancelFlag, 0, 1);
    for (const worker of workers) void worker.terminate();
  });
}
