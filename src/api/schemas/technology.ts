import { z } from 'zod';
import { sourcedSchema, SourcedSchema } from './sourced';

/**
 * Cost and performance defaults per supply technology (`data/technologies.json`). Sites refer
 * to a technology by `id`; a scenario may override any figure.
 */

const nonNegative = sourcedSchema({ min: 0 });

/**
 * One end of a published range, a Sourced figure in the figure's own unit. An estimate of ours is
 * `source: 'assumption'` with the reason, or a derived figure with `confidence: 'low'` and a note
 * saying how it was made.
 */
const RangeEndSchema = sourcedSchema({ min: 0 });

const RangeSchema = z.strictObject({ low: RangeEndSchema, high: RangeEndSchema }).refine((r) => r.low.value <= r.high.value, { error: 'low must be ≤ high', path: ['low'] });

/**
 * Where a derating curve comes from: a document cited by title, publisher and year (with its URL
 * when there is one). `estimate: true` marks a curve we shaped ourselves from typical figures;
 * `note` then says how.
 */
const CurveSourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().gte(1900).lte(2100),
  url: z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL' }).optional(),
});

const fractionOfRating = z.number().gt(0, { error: 'must be > 0' }).lte(2, { error: 'must be ≤ 2' });

/**
 * Output and heat rate against dry-bulb (fractions of the ISO rating at 15 °C, piecewise linear
 * between the points, flat beyond them) and output against elevation (a loss per 300 m above the
 * elevation the rating holds to). The engine's form is src/power-model/thermal/derating.ts.
 */
export const DeratingSchema = z.strictObject({
  ambient: z
    .strictObject({
      points: z
        .array(z.strictObject({ tempC: z.number().gte(-60).lte(60), outputFraction: fractionOfRating, heatRateFraction: fractionOfRating }))
        .min(2, { error: 'must list at least two points' })
        .refine((ps) => ps.every((p, i) => i === 0 || p.tempC > (ps[i - 1]?.tempC ?? -Infinity)), { error: 'temperatures must ascend' }),
      sources: z.array(CurveSourceSchema).min(1, { error: 'must cite at least one source' }),
      estimate: z.boolean(),
      note: z.string().min(1),
    }),
  altitude: z.strictObject({
    outputLossPer300m: z.number().gte(0).lt(1),
    ratedToElevationM: z.number().gte(0),
    sources: z.array(CurveSourceSchema).min(1, { error: 'must cite at least one source' }),
    estimate: z.boolean(),
    note: z.string().min(1),
  }),
});
export type Derating = z.infer<typeof DeratingSchema>;

const lbPerMMBtu = z.number().gte(0, { error: 'must be ≥ 0' }).lte(20, { error: 'must be ≤ 20 lb/MMBtu' });
const sourcedFigureNotes = { sources: z.array(CurveSourceSchema).min(1, { error: 'must cite at least one source' }), estimate: z.boolean(), note: z.string().min(1) };

/**
 * NOx and CO per MMBtu of fuel (HHV) without post-combustion control, and with SCR where the
 * technology takes one (its factors and its cost per kW and per MWh). Each part cites its source;
 * `estimate: true` with a note where a figure is ours or could not be checked. The engine's form
 * is src/power-model/thermal/emissions.ts.
 */
export const EmissionsSchema = z.strictObject({
  uncontrolled: z.strictObject({ noxLbPerMMBtu: lbPerMMBtu, coLbPerMMBtu: lbPerMMBtu, ...sourcedFigureNotes }),
  scr: z
    .strictObject({
      noxLbPerMMBtu: lbPerMMBtu,
      coLbPerMMBtu: lbPerMMBtu,
      capexUSDPerKW: z.number().gte(0).lte(5000),
      fixedOMUSDPerKWYear: z.number().gte(0).lte(500),
      variableOMUSDPerMWh: z.number().gte(0).lte(500),
      ...sourcedFigureNotes,
    })
    .optional(),
  /**
   * The same technology burning No. 2 distillate from on-site tanks (dual fuel; fuel/distillate.ts):
   * NOx and CO per MMBtu, and NOx with SCR where it takes one (CO unchanged); absent = it cannot.
   */
  distillate: z
    .strictObject({ noxLbPerMMBtu: lbPerMMBtu, coLbPerMMBtu: lbPerMMBtu, scrNoxLbPerMMBtu: lbPerMMBtu.optional(), ...sourcedFigureNotes })
    .optional(),
});
export type Emissions = z.infer<typeof EmissionsSchema>;

export const TECHNOLOGY_CATEGORIES = ['gas-turbine', 'combined-cycle', 'recip-engine', 'fuel-cell', 'solar-pv', 'battery'] as const;
export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number];

export const TechnologySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a slug of a-z, 0-9 and -' }),
    name: z.string().min(1),
    category: z.enum(TECHNOLOGY_CATEGORIES, { error: `must be one of ${TECHNOLOGY_CATEGORIES.join(', ')}` }),
    fuel: z.enum(['natural-gas', 'none']),
    /** The dollar year of the cost figures unless a figure's unit says otherwise. */
    dollarYear: z.number().int().gte(2000).lte(2100),
    capexUSDPerKW: nonNegative,
    fixedOMUSDPerKWYear: nonNegative,
    variableOMUSDPerMWh: nonNegative.optional(),
    heatRateBtuPerKWh: sourcedSchema({ min: 3412 }).optional(),
    unitSizeMW: sourcedSchema({ min: 0 }),
    leadTimeYears: nonNegative,
    forcedOutageRate: sourcedSchema({ min: 0, max: 1 }),
    /** Mean time to repair a forced outage, hours (reliability Monte Carlo). */
    mttrHours: sourcedSchema({ min: 1 }).optional(),
    lifetimeYears: sourcedSchema({ min: 1 }),
    durationHours: sourcedSchema({ min: 0 }).optional(),
    roundTripEfficiency: sourcedSchema({ min: 0, max: 1 }).optional(),
    /** Ambient and altitude correction of a fuel-burning technology; absent = its rating in every hour. */
    derating: DeratingSchema.optional(),
    /** NOx and CO factors, without and with SCR, of a fuel-burning technology (air permits). */
    emissions: EmissionsSchema.optional(),
    /** Published low/high around capex and lead time; the figure's own value is the mid (the default). */
    ranges: z.strictObject({ capexUSDPerKW: RangeSchema.optional(), leadTimeYears: RangeSchema.optional() }).optional(),
    /** Other published values for the same figure (another source or dollar year), for comparison. */
    alternatives: z.record(z.string(), SourcedSchema).optional(),
    note: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.fuel === 'natural-gas' && t.heatRateBtuPerKWh === undefined) {
      ctx.addIssue({ code: 'custom', path: ['heatRateBtuPerKWh'], message: 'is required for a fuel-burning technology' });
    }
    for (const figure of ['capexUSDPerKW', 'leadTimeYears'] as const) {
      const range = t.ranges?.[figure];
      if (range && (t[figure].value < range.low.value || t[figure].value > range.high.value)) {
        ctx.addIssue({ code: 'custom', path: ['ranges', figure], message: `must contain the mid value ${t[figure].value} (low ${range.low.value}, high ${range.high.value})` });
      }
    }
    if (t.category === 'battery' && (t.durationHours === undefined || t.roundTripEfficiency === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'a battery needs durationHours and roundTripEfficiency' });
    }
  });

export const TechnologyFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1, { error: 'must be 1' }),
    dataAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' }),
    note: z.string().optional(),
    fuel: z.strictObject({
      gasPriceUSDPerMMBtu: nonNegative,
      gasCo2KgPerMMBtu: nonNegative,
      /** No. 2 distillate for dual-fuel backup: price, CO2, tank and dual-fuel kit cost, truck refill a gas day (engine form: fuel/distillate.ts). */
      distillate: z.strictObject({ priceUSDPerMMBtu: nonNegative, co2KgPerMMBtu: nonNegative, tankUSDPerMMBtu: nonNegative, dualFuelUSDPerKW: nonNegative, refillMMBtuPerDay: nonNegative.optional() }).optional(),
    }),
    technologies: z.array(TechnologySchema).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.technologies.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['technologies', i, 'id'], message: `duplicates id '${t.id}'` });
      seen.add(t.id);
    });
  });

export type Technology = z.infer<typeof TechnologySchema>;
export type TechnologyFile = z.infer<typeof TechnologyFileSchema>;
