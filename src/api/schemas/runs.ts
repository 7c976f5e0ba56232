import { z } from 'zod';
import { CommonModeParamsSchema, MitigationParamsSchema } from './common-mode';
import { FLEXIBLE_LIMITS } from '../../power-model/grid/flexible';
import { inRange, rangeText, type Range } from '../../power-model/limits';
import { RELIABILITY_TARGETS } from '../../power-model/optimize/types';

export const RunKindSchema = z.enum(['reliability', 'optimize', 'sensitivity', 'sweep']);

/** One swept input: an economics-sheet input name (a scenario override) and its values. */
const SweepAxisSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'must be an input name such as gasPriceUSDPerMMBtu' }),
  values: z.array(z.number()).min(1, { error: 'must list at least one value' }).max(1000, { error: 'must list at most 1000 values' }),
});

const CapsSchema = z.strictObject({
  co2TonnesPerYear: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  gridMW: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  landAcres: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  residentialBillUSDPerMonth: z.number().optional(),
});

/** A number in one of the engine's ranges, with the engine's wording. */
const inEngineRange = (range: Range) => z.number({ error: 'must be a number' }).refine((v) => inRange(v, range), { error: rangeText(range) });

/**
 * Optimize: a flexible grid offer above the firm limit (issue 16); `firmMW` the utility's firm
 * offer (default the site's import limit that year). Each other field absent takes the
 * scenario's value (grid.workloadCurtailmentUSDPerMWh, flexibleQueueMonths, firmQueueMonths), then
 * the engine's default (grid/flexible.ts); `energizeValueUSDPerMWMonth` defaults to
 * DEFAULT_ENERGIZE_VALUE, an estimate. `candidates`: flexible MW solved for under the system rule.
 */
const FlexibleOfferSchema = z.strictObject({
  maxMW: inEngineRange(FLEXIBLE_LIMITS.flexibleMW),
  firmMW: inEngineRange(FLEXIBLE_LIMITS.flexibleMW).optional(),
  energizeValueUSDPerMWMonth: inEngineRange(FLEXIBLE_LIMITS.energizeValueUSDPerMWMonth).optional(),
  workloadCurtailmentUSDPerMWh: inEngineRange(FLEXIBLE_LIMITS.workloadCurtailmentUSDPerMWh).optional(),
  flexibleQueueMonths: inEngineRange(FLEXIBLE_LIMITS.queueMonths).optional(),
  firmQueueMonths: inEngineRange(FLEXIBLE_LIMITS.queueMonths).optional(),
  candidates: z.number({ error: 'must be a number' }).int({ error: 'must be an integer' }).gte(2, { error: 'must be ≥ 2' }).lte(50, { error: 'must be ≤ 50' }).optional(),
});

/** Settings of each run kind; unknown keys are refused so a typo is not silently ignored. */
export const RunParamsSchema = z.strictObject({
  years: z.number().int().gte(1, { error: 'must be ≥ 1' }).lte(100_000, { error: 'must be ≤ 100000' }).optional(),
  seed: z.number().int().optional(),
  year: z.number().int().gte(2000).lte(2100).optional(),
  representativeDays: z.number().int().gte(1).lte(365).optional(),
  /** With representativeDays: size on those days, then dispatch the full year with the capacities fixed. */
  twoStage: z.boolean().optional(),
  /** Monte Carlo years of the optimizer's re-check of its rounded mix (default 200). */
  recheckYears: z.number().int().gte(1).lte(100_000).optional(),
  reserveUnits: z.number().int().gte(0).lte(4).optional(),
  /** Optimize: 'n-plus-k' (default, the N+k reserve) or 'worst-day' (also ride through the design common-mode events). */
  reliabilityTarget: z.enum(RELIABILITY_TARGETS, { error: `must be ${RELIABILITY_TARGETS.map((t) => `'${t}'`).join(' or ')}` }).optional(),
  /** Optimize with 'worst-day': Monte Carlo years of the with/without-events check of both mixes (default 2000). */
  eventCheckYears: z.number().int().gte(1).lte(100_000).optional(),
  /** Availability the optimizer's rounded mix must reach in the Monte Carlo (default Tier III, 0.99982; 0: none). */
  availabilityTarget: z.number().gte(0, { error: 'must be ≥ 0' }).lt(1, { error: 'must be < 1' }).optional(),
  caps: CapsSchema.optional(),
  flexible: FlexibleOfferSchema.optional(),
  /** Sweep: the first (and optional second) swept input. `threads`: the most worker threads a sweep, a Monte Carlo or a full-year sizing's classes use. */
  x: SweepAxisSchema.optional(),
  y: SweepAxisSchema.optional(),
  threads: z.number().int().gte(1).lte(256).optional(),
  /** Reliability: common-mode event settings over data/common-mode-events.json, and the mitigations compared. */
  commonMode: CommonModeParamsSchema.optional(),
  mitigations: MitigationParamsSchema.optional(),
});

export const RunStartRequestSchema = z.strictObject({
  kind: RunKindSchema,
  siteId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a site id' }),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a scenario id' }),
  params: RunParamsSchema.default({}),
});

/** A run's id: a UUID the services hand out, unique across projects (run history rows have their own numbers). */
export const RunIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'must be a run id as runs:start returned it' });

export const RunStateSchema = z.object({
  runId: RunIdSchema,
  historyId: z.number().int().nullable(),
  kind: RunKindSchema,
  siteId: z.string(),
  scenarioId: z.string(),
  /** `queued`: waiting for a free thread (at most cores − 1 runs work at once), at `queuePosition`. */
  status: z.enum(['queued', 'running', 'done', 'cancelled', 'failed']),
  queuePosition: z.number().int().nullable(),
  progress: z.number(),
  message: z.string(),
  result: z.unknown(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
