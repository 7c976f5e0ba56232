import { z } from 'zod';

/**
 * A figure with its provenance. `source` is an http(s) URL, `'user-entered'` (typed into the
 * site form) or `'assumption'` (estimated by us; `assumption` then says why).
 */
export type Sourced = {
  value: number;
  unit: string;
  source: string;
  year?: number;
  confidence?: 'low';
  note?: string;
  assumption?: string;
};

export const SOURCE_USER_ENTERED = 'user-entered';
export const SOURCE_ASSUMPTION = 'assumption';

const sourceSchema = z
  .string()
  .refine((s) => s === SOURCE_USER_ENTERED || s === SOURCE_ASSUMPTION || /^https?:\/\/\S+$/.test(s), {
    error: "must be an http(s) URL, 'user-entered' or 'assumption'",
  });

export type SourcedBounds = { min?: number; max?: number; integer?: boolean };

/** Schema for a {@link Sourced} figure; `bounds` constrains `value` (inclusive). */
export function sourcedSchema(bounds: SourcedBounds = {}): z.ZodType<Sourced> {
  let value = z.number({ error: 'must be a number' });
  if (bounds.integer === true) value = value.int({ error: 'must be an integer' });
  if (bounds.min !== undefined) value = value.gte(bounds.min, { error: `must be ≥ ${bounds.min}` });
  if (bounds.max !== undefined) value = value.lte(bounds.max, { error: `must be ≤ ${bounds.max}` });
  return z
    .strictObject({
      value,
      unit: z.string().min(1, { error: 'must name the unit' }),
      source: sourceSchema,
      year: z.number().int().gte(1900).lte(2100).optional(),
      confidence: z.literal('low').optional(),
      note: z.string().optional(),
      assumption: z.string().min(1).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.source === SOURCE_ASSUMPTION && s.assumption === undefined) {
        ctx.addIssue({ code: 'custom', path: ['assumption'], message: "is required when source is 'assumption' (say why)" });
      }
    });
}

export const SourcedSchema = sourcedSchema();
