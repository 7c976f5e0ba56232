import { z } from 'zod';

export const FirmCapacityRequestSchema = z.strictObject({
  siteId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a site id' }),
  /** A built-in scenario id or a saved scenario's id. */
  scenarioId: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a scenario id' }),
  /** Default: the site's design year (as model:simulate). */
  year: z.number().int().gte(2000).lte(2100).optional(),
  /** k of N+k: how many of the largest units are counted out. */
  reserveUnits: z.number().int().gte(0, { error: 'must be ≥ 0' }).lte(4, { error: 'must be ≤ 4' }).default(1),
});

const BlockSchema = z.strictObject({
  technologyId: z.string(),
  name: z.string(),
  units: z.number().int(),
  unitMW: z.number(),
  nameplateMW: z.number(),
  ambientFraction: z.number(),
  altitudeFraction: z.number(),
  deratedUnitMW: z.number(),
});

/**
 * The firm-capacity waterfall of a site × scenario × year (power-model/thermal/firm-capacity.ts):
 * nameplateMW → at designTempC deratedMW → at elevationM altitudeDeratedMW → less the
 * reserveUnits largest units (largestUnitsMW) → reserveFirmMW → what the fuel on hand holds through
 * the design day (limits.pipelineFirmMW) → what the annual permits allow (limits.permitFirmMW) = firmMW; with the grid limit and the hour of the
 * year with the smallest margin (firm supply − load). Every field carries its unit.
 */
export const FirmCapacityResponseSchema = z.strictObject({
  siteId: z.string(),
  scenarioId: z.string(),
  year: z.number().int(),
  nameplateMW: z.number(),
  designTempC: z.number(),
  ambientLossMW: z.number(),
  deratedMW: z.number(),
  elevationM: z.number(),
  elevationSource: z.string(),
  altitudeLossMW: z.number(),
  altitudeDeratedMW: z.number(),
  reserveUnits: z.number().int(),
  largestUnitsMW: z.number(),
  /** After N+k; then the fuel on hand through the design day, then the permits (thermal/firm-limits.ts). */
  reserveFirmMW: z.number(),
  limits: z.strictObject({
    fuelMMBtuPerHour: z.number().nullable(),
    pipelineFirmMW: z.number(),
    pipelineLossMW: z.number(),
    needHours: z.number().int(),
    needMWh: z.number(),
    permitBinding: z.enum(['hoursPerUnit', 'noxTonsPerYear', 'coTonsPerYear', 'co2TonnesPerYear']).nullable(),
    permitFirmMW: z.number(),
    permitLossMW: z.number(),
  }),
  firmMW: z.number(),
  gridImportLimitMW: z.number(),
  blocks: z.array(BlockSchema),
  smallestMargin: z.strictObject({ hour: z.number().int(), dryBulbC: z.number(), loadMW: z.number(), firmSupplyMW: z.number(), marginMW: z.number() }),
  /** What the figure leaves out: common-mode events (the Monte Carlo's and the worst-day optimizer's) and how it reads an interruptible pipeline. */
  notCounted: z.array(z.string()),
});

export type FirmCapacityRequest = z.input<typeof FirmCapacityRequestSchema>;
export type FirmCapacityResponse = z.infer<typeof FirmCapacityResponseSchema>;
