import { z } from 'zod';
import { sourcedSchema } from './sourced';
import { GRID_LIMITS } from '../../power-model/grid/limits';

const nonNegative = sourcedSchema({ min: 0 });

/** The large-load tariff summary a site carries (the full rate structure lives in a `Tariff`). */
export const SiteTariffSchema = z.strictObject({
  name: z.string().min(1),
  /** Bounded as the grid model takes them (grid/limits.ts); the site's price may not be negative. */
  energyUSDPerMWh: sourcedSchema({ min: 0, max: GRID_LIMITS.energyUSDPerMWh.max }).optional(),
  demandUSDPerKWMonth: sourcedSchema(GRID_LIMITS.demandChargeUSDPerKWMonth).optional(),
  minimumDemandPct: sourcedSchema({ min: 0, max: 100 }).optional(),
  contractYears: nonNegative.optional(),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type SiteTariff = z.infer<typeof SiteTariffSchema>;

/** 12 months × 24 hours of period indices (0-based), as in the OpenEI Utility Rate Database. */
const scheduleSchema = z
  .array(z.array(z.number().int().gte(0), { error: 'must be an array of 24 period indices' }).length(24, { error: 'must have 24 hours' }))
  .length(12, { error: 'must have 12 months' });

const energyTierSchema = z.strictObject({
  /** Upper bound of the tier in kWh per month; absent for the last tier. */
  maxKWhPerMonth: z.number().gt(0).optional(),
  rateUSDPerKWh: z.number(),
});
const demandTierSchema = z.strictObject({
  maxKW: z.number().gt(0).optional(),
  rateUSDPerKW: z.number(),
});

/**
 * A full rate structure: fixed charge, time-of-use energy charges with tiers, time-of-use and
 * flat monthly demand charges. Produced by the OpenEI URDB importer; rates include the URDB
 * `adj` (rider) amounts.
 */
export const TariffSchema = z
  .strictObject({
    name: z.string().min(1),
    utility: z.string().min(1),
    source: z.string().optional(),
    fixedChargeUSDPerMonth: z.number().gte(0),
    energyPeriods: z.array(z.strictObject({ tiers: z.array(energyTierSchema).min(1) })).min(1, { error: 'must have at least one energy period' }),
    energyWeekdaySchedule: scheduleSchema,
    energyWeekendSchedule: scheduleSchema,
    demandPeriods: z.array(z.strictObject({ tiers: z.array(demandTierSchema).min(1) })),
    demandWeekdaySchedule: scheduleSchema.optional(),
    demandWeekendSchedule: scheduleSchema.optional(),
    /** Flat (non-TOU) demand charge for each month, USD per kW of the month's maximum demand. */
    flatDemandUSDPerKWMonth: z.array(z.number().gte(0)).length(12).optional(),
    minimumDemandKW: z.number().gte(0).optional(),
  })
  .superRefine((t, ctx) => {
    const check = (schedule: number[][] | undefined, periods: number, key: string): void => {
      schedule?.forEach((row, m) =>
        row.forEach((p, h) => {
          if (p >= periods) ctx.addIssue({ code: 'custom', path: [key, m, h], message: `names period ${p} but only ${periods} are defined` });
        }),
      );
    };
    check(t.energyWeekdaySchedule, t.energyPeriods.length, 'energyWeekdaySchedule');
    check(t.energyWeekendSchedule, t.energyPeriods.length, 'energyWeekendSchedule');
    check(t.demandWeekdaySchedule, t.demandPeriods.length, 'demandWeekdaySchedule');
    check(t.demandWeekendSchedule, t.demandPeriods.length, 'demandWeekendSchedule');
  });
export type Tariff = z.infer<typeof TariffSchema>;
