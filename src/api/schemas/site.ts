import { z } from 'zod';
import { sourcedSchema, SourcedSchema } from './sourced';
import { SiteTariffSchema } from './tariff';
import { GRID_LIMITS } from '../../power-model/grid/limits';
import { LOAD_LIMITS } from '../../power-model/load/validate';

/**
 * One campus, as stored in `data/sites/<id>.json`, in a project, or exported by Stargrid.
 * Every number is a `Sourced` figure; only name, id, location, phases, design and grid.poi
 * are needed for a user-made site (climate, utility, tariff and onsite are optional).
 */

const nonNegative = sourcedSchema({ min: 0 });
const fraction = sourcedSchema({ min: 0, max: 1 });
const year = z.number({ error: 'must be a number' }).int({ error: 'must be an integer' }).gte(2000, { error: 'must be ≥ 2000' }).lte(2100, { error: 'must be ≤ 2100' });

export const GRID_OPERATORS = ['ERCOT', 'PJM', 'MISO', 'SPP', 'WECC', 'CAISO', 'NYISO', 'ISO-NE', 'SERC'] as const;
export type GridOperator = (typeof GRID_OPERATORS)[number];

export const PHASE_STATUSES = ['operating', 'under-construction', 'planned', 'cancelled'] as const;
export const ONSITE_STATUSES = ['announced', 'operating', 'under-construction', 'cancelled'] as const;
export const COOLING_TYPES = ['air', 'evaporative', 'liquid', 'hybrid'] as const;
export const WORKLOADS = ['training', 'inference', 'mixed'] as const;
export const ALLOCATION_METHODS = ['energy', '1CP', '4CP', '12CP', 'average-and-excess'] as const;

export const LocationSchema = z.strictObject({
  locality: z.string().optional(),
  county: z.string().min(1, { error: 'must not be empty' }),
  state: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a 2-letter state code such as TX' }),
  lat: sourcedSchema({ min: -90, max: 90 }),
  lon: sourcedSchema({ min: -180, max: 180 }),
  /**
   * Ground elevation of the campus, m above sea level: thermal units derate with it
   * (src/power-model/thermal/derating.ts). Optional so that older and user-made sites still load;
   * absent, the engine takes 0 m (sea level, the ISO rating), which overstates output at altitude.
   */
  elevationM: sourcedSchema({ min: -500, max: 6000 }).optional(),
});

export const PhaseSchema = z.strictObject({
  name: z.string().min(1, { error: 'must not be empty' }),
  energizationYear: year,
  energizationMonth: z.number().int().gte(1, { error: 'must be 1–12' }).lte(12, { error: 'must be 1–12' }).optional(),
  /** The engine's phase range (load/validate.ts), for IT and facility MW alike. */
  mw: sourcedSchema(LOAD_LIMITS.itMW),
  basis: z.enum(['IT', 'facility'], { error: "must be 'IT' or 'facility'" }),
  status: z.enum(PHASE_STATUSES, { error: `must be one of ${PHASE_STATUSES.join(', ')}` }),
  note: z.string().optional(),
});

export const DesignSchema = z.strictObject({
  pue: sourcedSchema(LOAD_LIMITS.designPue),
  designTempC: sourcedSchema(LOAD_LIMITS.designTempC).optional(),
  coolingType: z.enum(COOLING_TYPES, { error: `must be one of ${COOLING_TYPES.join(', ')}` }),
  workload: z.enum(WORKLOADS, { error: `must be one of ${WORKLOADS.join(', ')}` }),
  rackDensityKW: nonNegative.optional(),
  landAcres: nonNegative.optional(),
});

export const GridSchema = z.strictObject({
  /** Point-of-interconnection import limit from `year` on; empty for an islanded (off-grid) campus. */
  poi: z.array(z.strictObject({ year, mw: sourcedSchema(GRID_LIMITS.poiMW) })),
  voltageKV: nonNegative.optional(),
  upgradeCostUSD: sourcedSchema(GRID_LIMITS.transmissionUpgradeUSD).optional(),
  upgradePaidBy: z.enum(['load', 'ratepayers', 'shared']).optional(),
  /** Years in the interconnection queue; the model connects at dataAsOf + queueYears, within the 2000–2100 years a scenario may name. */
  queueYears: sourcedSchema({ min: 0, max: 70 }).optional(),
  energyPriceUSDPerMWh: sourcedSchema(GRID_LIMITS.energyUSDPerMWh).optional(),
  carbonKgPerMWh: sourcedSchema(GRID_LIMITS.carbonKgPerMWh).optional(),
  outageEventsPerYear: nonNegative.optional(),
  outageMeanHours: nonNegative.optional(),
  note: z.string().optional(),
});

export const OnsiteSchema = z.strictObject({
  technology: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a technology id from data/technologies.json' }),
  capacityMW: nonNegative.optional(),
  units: z.number().int().gte(0).optional(),
  energyMWh: nonNegative.optional(),
  year: year.optional(),
  status: z.enum(ONSITE_STATUSES, { error: `must be one of ${ONSITE_STATUSES.join(', ')}` }),
  /** Where the plan itself (and `units`) was reported. */
  source: z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL' }).optional(),
  note: z.string().optional(),
});

export const MonthlyClimateSchema = z.strictObject({
  tMaxC: z.number().gte(-60).lte(60),
  tMinC: z.number().gte(-70).lte(50),
  ghiKWhPerM2Day: z.number().gte(0).lte(12),
});

export const ClimateSchema = z.strictObject({
  /** USAF id of the TMY3 station whose hourly file best represents the site, e.g. '722660'. */
  tmy3Station: z.string().regex(/^\d{6}$/, { error: 'must be a 6-digit USAF station id' }).optional(),
  monthly: z.array(MonthlyClimateSchema).length(12, { error: 'must have 12 months' }).optional(),
  designTempC: sourcedSchema(LOAD_LIMITS.designTempC).optional(),
  pvTrackingCapacityFactor: fraction.optional(),
  source: z.string().optional(),
  year: z.string().optional(),
  confidence: z.literal('low').optional(),
  note: z.string().optional(),
});

export const CustomerClassSchema = z.strictObject({
  name: z.enum(['residential', 'commercial', 'industrial', 'other']),
  salesMWhPerYear: nonNegative.optional(),
  customers: nonNegative.optional(),
  coincidentPeakMW: nonNegative.optional(),
  revenueUSDPerYear: nonNegative.optional(),
});

/** Host-utility figures for the rate-impact model; whatever the references did not give is absent. */
export const UtilitySchema = z.strictObject({
  name: z.string().min(1),
  structure: z.enum(['vertically-integrated', 'wires-only']),
  capacityMarket: z.boolean(),
  market: z.string().optional(),
  revenueRequirementUSDPerYear: nonNegative.optional(),
  rateBaseUSD: nonNegative.optional(),
  allowedRoePct: nonNegative.optional(),
  customers: nonNegative.optional(),
  systemPeakMW: nonNegative.optional(),
  residentialRateCentsPerKWh: nonNegative.optional(),
  residentialKWhPerMonth: nonNegative.optional(),
  residentialBillUSDPerMonth: nonNegative.optional(),
  planningReserveMarginPct: nonNegative.optional(),
  capacityPriceUSDPerMWDay: sourcedSchema(GRID_LIMITS.capacityPriceUSDPerMWDay).optional(),
  classes: z.array(CustomerClassSchema).optional(),
  allocationMethod: z.enum(ALLOCATION_METHODS).optional(),
  /** Figures that fit no field above (rate-case increments, riders), each with its source. */
  otherFigures: z.record(z.string(), SourcedSchema).optional(),
  /** Figures the references looked for and did not find. */
  notFound: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const SourceRefSchema = z.strictObject({
  url: z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL' }),
  title: z.string().min(1),
  year: z.number().int().optional(),
});

export const SiteSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'must be 1 (this version of Stargrid reads site schema 1)' }),
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a slug of a-z, 0-9 and -' }),
  name: z.string().min(1, { error: 'must not be empty' }),
  stargate: z.boolean(),
  status: z.string().min(1),
  /** The date the figures describe (YYYY-MM-DD). */
  dataAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' }),
  developer: z.string().optional(),
  location: LocationSchema,
  gridOperator: z.enum(GRID_OPERATORS, { error: `must be one of ${GRID_OPERATORS.join(', ')}` }),
  utilityName: z.string().min(1),
  phases: z.array(PhaseSchema).min(1, { error: 'must list at least one phase' }),
  design: DesignSchema,
  grid: GridSchema,
  onsite: z.array(OnsiteSchema).default([]),
  climate: ClimateSchema.optional(),
  utility: UtilitySchema.optional(),
  tariff: SiteTariffSchema.optional(),
  notes: z.array(z.string()).optional(),
  sources: z.array(SourceRefSchema).default([]),
});

/** A validated site (defaults applied: `onsite` and `sources` are always arrays). */
export type Site = z.infer<typeof SiteSchema>;
/** A site as written in a file, before defaults. */
export type SiteInput = z.input<typeof SiteSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type OnsitePlan = z.infer<typeof OnsiteSchema>;
export type SiteUtility = z.infer<typeof UtilitySchema>;
export type SiteClimate = z.infer<typeof ClimateSchema>;
