import { z } from 'zod';
import { COMMON_MODE_RANGES } from '../../power-model/reliability/common-mode';
import { rangeText, type Range } from '../../power-model/limits';
import { sourcedSchema } from './sourced';

/**
 * Common-mode events of the reliability Monte Carlo: the defaults in `data/common-mode-events.json`
 * (each a sourced estimate) and a run's overrides. Bounds come from the engine's
 * COMMON_MODE_RANGES, so the request schema refuses exactly what the engine would.
 */

const number = (range: Range) =>
  z
    .number({ error: 'must be a number' })
    .refine((v) => Number.isFinite(v) && v >= range.min && v <= range.max, { error: rangeText(range) });

const sourced = (range: Range) => sourcedSchema({ min: range.min, max: range.max });

const ReferenceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().gte(1900).lte(2100),
  url: z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL' }),
  findings: z.array(z.string().min(1)).min(1),
});

const r = COMMON_MODE_RANGES;

export const CommonModeFileSchema = z.strictObject({
  note: z.string(),
  references: z.array(ReferenceSchema).min(1),
  gasSupply: z.strictObject({
    eventsPerYear: sourced(r.eventsPerYear),
    meanDurationHours: sourced(r.meanDurationHours),
    shareOfGasUnitsAffected: sourced(r.shareOfGasUnitsAffected),
    coldestHoursFraction: sourced(r.coldestHoursFraction),
  }),
  gridWeather: z.strictObject({
    eventsPerYear: sourced(r.eventsPerYear),
    meanDurationHours: sourced(r.meanDurationHours),
    coldestHoursFraction: sourced(r.coldestHoursFraction),
    hottestHoursFraction: sourced(r.hottestHoursFraction),
  }),
});
export type CommonModeFile = z.infer<typeof CommonModeFileSchema>;

const trigger = {
  coldestHoursFraction: number(r.coldestHoursFraction).optional(),
  hottestHoursFraction: number(r.hottestHoursFraction).optional(),
  startAtOrBelowDryBulbC: number(r.startAtOrBelowDryBulbC).optional(),
  startAtOrAboveDryBulbC: number(r.startAtOrAboveDryBulbC).optional(),
};

/** A reliability run's common-mode settings: any field given replaces the data file's. */
export const CommonModeParamsSchema = z.strictObject({
  /** false: independent failures only (the designs without common-mode events are still reported). */
  enabled: z.boolean().optional(),
  gasSupply: z
    .strictObject({
      eventsPerYear: number(r.eventsPerYear).optional(),
      meanDurationHours: number(r.meanDurationHours).optional(),
      shareOfGasUnitsAffected: number(r.shareOfGasUnitsAffected).optional(),
      ...trigger,
    })
    .optional(),
  gridWeather: z
    .strictObject({
      eventsPerYear: number(r.eventsPerYear).optional(),
      meanDurationHours: number(r.meanDurationHours).optional(),
      ...trigger,
    })
    .optional(),
});
export type CommonModeParams = z.infer<typeof CommonModeParamsSchema>;

/** The mitigations a reliability run compares on the same draws. */
export const MitigationParamsSchema = z.strictObject({
  /** Compare the fleet with every gas-fired unit dual fuel (default true). */
  dualFuel: z.boolean().optional(),
  /** Battery added, MW and MWh (default: a quarter of the peak load for four hours; 0 = none). */
  batteryMW: z.number().gte(0, { error: 'must be ≥ 0' }).lte(100_000, { error: 'must be ≤ 100000' }).optional(),
  batteryMWh: z.number().gte(0, { error: 'must be ≥ 0' }).lte(1_000_000, { error: 'must be ≤ 1000000' }).optional(),
  /** Grid backup connection, MW (default: the peak load; 0 = none). */
  gridBackupMW: z.number().gte(0, { error: 'must be ≥ 0' }).lte(100_000, { error: 'must be ≤ 100000' }).optional(),
});
export type MitigationParams = z.infer<typeof MitigationParamsSchema>;
