import { availableParallelism } from 'node:os';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { evaluateEconomics, pricedBasis } from '../../../power-model/economics/evaluate-economics';
import { KERNEL_OVERRIDE_NAMES, simulateSite, type SimulationResult } from '../../../power-model/simulate';
import { jobFormulas, jobRunner } from '../job-runner';
import { JobCancelled, type JobContext, type JobFunction, type JobRequest } from '../types';
import { runInWorkers } from './worker-chunks';

export type SweepAxis = { name: string; values: number[] };
/** One evaluated point: the input values and the metrics. */
export type SweepPoint = { x: number; y: number | null; lcoeUSDPerMWh: number | null; annualCostUSD: number; co2Tonnes: number };
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

/**
 * Evaluates each point of a chunk (inside a sweep worker), the point's values as scenario overrides.
 * When neither axis is read by the hourly kernels (KERNEL_OVERRIDE_NAMES: gas price, CO2 factors,
 * system-load year), the dispatch is the same at every point: it runs once and each point only
 * re-prices it on the economics sheet (evaluateEconomics, the step simulateSite runs): no hourly
 * work per point. Otherwise each point is simulated whole.
 */
function evaluatePoints(request: JobRequest, points: readonly Coordinates[], ctx: JobContext): SweepPoint[] {
  const x = axis(request.params.x, 'x');
  const y = request.params.y === undefined ? null : axis(request.params.y, 'y');
  const scenario = resolveScenario(request.scenario);
  const { model, cache } = jobRunner(request).prepare(request.site);
  const overridesAt = (point: Coordinates) => ({ ...scenario.overrides, [x.name]: point.x, ...(y === null || point.y === null ? {} : { [y.name]: point.y }) });
  const kernel: readonly string[] = KERNEL_OVERRIDE_NAMES;
  const reuse = !kernel.includes(x.name) && (y === null || !kernel.includes(y.name));
  const kept = reuse ? simulateSite(model, scenario, cache, jobFormulas(request)) : null;
  return points.map((point, i) => {
    if (ctx.shouldCancel()) throw new JobCancelled();
    const overrides = overridesAt(point);
    const value = kept === null ? simulated(simulateSite(model, { ...scenario, overrides }, cache, jobFormulas(request))) : repriced(kept, overrides);
    ctx.progress((i + 1) / points.length, `${i + 1}/${points.length}`);
    return { x: point.x, y: point.y, ...value };
  });
}

type PointMetrics = Omit<SweepPoint, 'x' | 'y'>;

function simulated(result: SimulationResult): PointMetrics {
  const s = result.summary;
  return { lcoeUSDPerMWh: s.lcoeUSDPerMWh, annualCostUSD: s.annualCostUSD, co2Tonnes: s.co2Tonnes };
}

/** The kept dispatch priced with other sheet-only overrides. */
function repriced(kept: SimulationResult, overrides: Readonly<Record<string, number>>): PointMetrics {
  const economics = evaluateEconomics(kept.economicsSheet, overrides);
  const s = kept.summary;
  const basis = pricedBasis(economics, { loadEnergyMWh: s.energyMWh, unservedEnergyMWh: s.unservedEnergyMWh, unservedHours: s.unservedHours });
  return { lcoeUSDPerMWh: basis.lcoeUSDPerMWh, annualCostUSD: economics.values.annualCostUSDPerYear ?? Number.NaN, co2Tonnes: economics.values.co2TonnesPerYear ?? Number.NaN };
}

/** One worker thread per chunk (worker-chunks.ts); progress is the share of all points done. */
function runChunks(request: JobRequest, chunks: readonly Coordinates[][], ctx: JobContext): Promise<SweepPoint[][]> {
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  return runInWorkers<SweepPoint[]>(
    request,
    chunks.map((points) => ({ points })),
    chunks.map((c) => c.length),
    ctx,
    (fraction) => `${Math.round(fraction * total)}/${total} points on ${chunks.length} threads`,
  );
}
