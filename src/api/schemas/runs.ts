import { z } from 'zod';

export const RunKindSchema = z.enum(['reliability', 'optimize', 'sensitivity']);

const CapsSchema = z.strictObject({
  co2TonnesPerYear: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  gridMW: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  landAcres: z.number().gte(0, { error: 'must be ≥ 0' }).optional(),
  residentialBillUSDPerMonth: z.number().optional(),
});

/** Settings of each run kind; unknown keys are refused so a typo is not silently ignored. */
export const RunParamsSchema = z.strictObject({
  years: z.number().int().gte(1, { error: 'must be ≥ 1' }).lte(100_000, { error: 'must be ≤ 100000' }).optional(),
  seed: z.number().int().optional(),
  year: z.number().int().gte(2000).lte(2100).optional(),
  representativeDays: z.number().int().gte(1).lte(365).optional(),
  reserveUnits: z.number().int().gte(0).lte(4).optional(),
  caps: CapsSchema.optional(),
});

export const RunStartRequestSchema = z.strictObject({
  kind: RunKindSchema,
  siteId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a site id' }),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a scenario id' }),
  params: RunParamsSchema.default({}),
});

export const RunStateSchema = z.object({
  runId: z.number().int(),
  kind: RunKindSchema,
  siteId: z.string(),
  scenarioId: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.number(),
  message: z.string(),
  result: z.unknown(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
