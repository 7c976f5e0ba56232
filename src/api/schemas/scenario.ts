import { z } from 'zod';
import {
  BUILT_IN_SCENARIO_IDS,
  DISPATCH_STRATEGIES,
  SOLAR_MOUNTINGS,
  type ScenarioSpec,
} from '../../power-model/scenarios/types';
import { GAS_SERVICES } from '../../power-model/fuel/gas-supply';
import { PERMIT_ORDERS } from '../../power-model/permits/reservation';
import { economicsInputRange } from '../../power-model/economics/validate';
import { inRange, rangeText, type Range } from '../../power-model/limits';
import { SCENARIO_LIMITS } from '../../power-model/scenarios/validate';
import { FLEXIBLE_LIMITS } from '../../power-model/grid/flexible';
import { HOURS_PER_YEAR } from '../../power-model/hours';

/** A number in one of the engine's ranges (scenarios/validate.ts), with the engine's wording. */
const inEngineRange = (range: Range) => z.number({ error: 'must be a number' }).refine((v) => inRange(v, range), { error: rangeText(range) });
const L = SCENARIO_LIMITS;
const year = z.number({ error: 'must be a number' }).int({ error: 'must be an integer' }).gte(2000, { error: 'must be ≥ 2000' }).lte(2100, { error: 'must be ≤ 2100' });

export const ThermalFleetEntrySchema = z
  .strictObject({
    technology: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a technology id from data/technologies.json' }),
    capacityMW: inEngineRange(L.capacityMW).optional(),
    units: z.number({ error: 'must be a number' }).int({ error: 'must be an integer' }).gte(0, { error: 'must be ≥ 0' }).lte(L.units.max, { error: `must be ≤ ${L.units.max}` }).optional(),
    peakMultiple: inEngineRange(L.peakMultiple).optional(),
    orderYear: year.optional(),
  })
  .refine((e) => [e.capacityMW, e.units, e.peakMultiple].filter((v) => v !== undefined).length === 1, {
    error: 'give exactly one of capacityMW, units, peakMultiple',
  });

export const ScenarioGridSchema = z.strictObject({
  importAllowed: z.boolean({ error: 'must be true or false' }).optional(),
  importLimitMW: inEngineRange(L.capacityMW).optional(),
  connectionYear: year.optional(),
  peakShaveCapMW: inEngineRange(L.capacityMW).optional(),
  peakShaveCapFraction: inEngineRange(L.peakShaveCapFraction).optional(),
  flexibleMW: inEngineRange(FLEXIBLE_LIMITS.flexibleMW).optional(),
  workloadCurtailmentUSDPerMWh: inEngineRange(FLEXIBLE_LIMITS.workloadCurtailmentUSDPerMWh).optional(),
  flexibleCurtailmentHours: z
    .array(z.number({ error: 'must be a number' }).int({ error: 'must be a whole model hour' }).gte(0, { error: 'must be ≥ 0' }).lte(HOURS_PER_YEAR - 1, { error: `must be ≤ ${HOURS_PER_YEAR - 1}` }))
    .max(HOURS_PER_YEAR, { error: `must list at most ${HOURS_PER_YEAR} hours` })
    .optional(),
  flexibleQueueMonths: inEngineRange(FLEXIBLE_LIMITS.queueMonths).optional(),
  firmQueueMonths: inEngineRange(FLEXIBLE_LIMITS.queueMonths).optional(),
});

export const ScenarioBatterySchema = z.strictObject({
  powerMW: inEngineRange(L.capacityMW).optional(),
  energyMWh: inEngineRange(L.energyMWh).optional(),
  powerPeakMultiple: inEngineRange(L.peakMultiple).optional(),
  durationHours: inEngineRange(L.durationHours).optional(),
});

export const ScenarioBtmSchema = z.strictObject({
  thermal: z.array(ThermalFleetEntrySchema).optional(),
  solarMWac: inEngineRange(L.capacityMW).optional(),
  solarPeakMultiple: inEngineRange(L.peakMultiple).optional(),
  solarMounting: z.enum(SOLAR_MOUNTINGS, { error: `must be one of ${SOLAR_MOUNTINGS.join(', ')}` }).optional(),
  battery: ScenarioBatterySchema.optional(),
});

export const ScenarioPermitsSchema = z.strictObject({
  hoursPerUnit: inEngineRange(L.hoursPerUnit).optional(),
  noxTonsPerYear: inEngineRange(L.tonsPerYear).optional(),
  coTonsPerYear: inEngineRange(L.tonsPerYear).optional(),
  co2TonnesPerYear: inEngineRange(L.co2TonnesPerYear).optional(),
  scr: z.boolean({ error: 'must be true or false' }).optional(),
  order: z.enum(PERMIT_ORDERS, { error: `must be one of ${PERMIT_ORDERS.join(', ')}` }).optional(),
});

export const ScenarioFuelSchema = z.strictObject({
  pipelineMMBtuPerDay: inEngineRange(L.pipelineMMBtuPerDay).optional(),
  pipelineMMBtuPerHour: inEngineRange(L.pipelineMMBtuPerHour).optional(),
  service: z.enum(GAS_SERVICES, { error: `must be one of ${GAS_SERVICES.join(', ')}` }).optional(),
  interruptBelowC: inEngineRange(L.interruptBelowC).optional(),
  storageHoursAtFullLoad: inEngineRange(L.storageHoursAtFullLoad).optional(),
  storageRefillMMBtuPerDay: inEngineRange(L.storageRefillMMBtuPerDay).optional(),
  distillateHoursAtFullLoad: inEngineRange(L.storageHoursAtFullLoad).optional(),
  distillateRefillMMBtuPerDay: inEngineRange(L.storageRefillMMBtuPerDay).optional(),
});

/**
 * A scenario: a user scenario file, or one saved in a project. With a `base` (a built-in
 * scenario id) every field it leaves out comes from the base; without one, `strategy` is needed.
 * `overrides` maps assumption names (inputs of the economics sheet, e.g. `gasPriceUSDPerMMBtu`)
 * to numbers in that assumption's unit; the engine refuses a name it does not know.
 */
export const ScenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a slug of a-z, 0-9 and -' }),
    name: z.string().min(1, { error: 'must not be empty' }),
    base: z.enum(BUILT_IN_SCENARIO_IDS, { error: `must be one of ${BUILT_IN_SCENARIO_IDS.join(', ')}` }).optional(),
    description: z.string().optional(),
    strategy: z.enum(DISPATCH_STRATEGIES, { error: `must be one of ${DISPATCH_STRATEGIES.join(', ')}` }).optional(),
    grid: ScenarioGridSchema.optional(),
    btm: ScenarioBtmSchema.optional(),
    permits: ScenarioPermitsSchema.optional(),
    fuel: ScenarioFuelSchema.optional(),
    overrides: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an assumption name' }), z.number({ error: 'must be a number' }).finite({ error: 'must be a finite number' })).optional(),
  })
  .superRefine((s, ctx) => {
    // The economics sheet's own ranges (economics/validate.ts); a name the sheet does not have is refused when the scenario is checked against a site.
    for (const [name, value] of Object.entries(s.overrides ?? {})) {
      const range = economicsInputRange(name);
      if (range && !inRange(value, range)) ctx.addIssue({ code: 'custom', path: ['overrides', name], message: `${rangeText(range)}, got ${value}` });
    }
    if (s.fuel?.service === 'interruptible' && s.fuel.pipelineMMBtuPerDay === undefined && s.fuel.pipelineMMBtuPerHour === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fuel', 'service'], message: 'interruptible service needs a pipeline capacity (pipelineMMBtuPerDay or pipelineMMBtuPerHour)' });
    }
    if (s.base === undefined && s.strategy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['strategy'], message: 'is required when no base scenario is given' });
    }
  });

export type Scenario = z.infer<typeof ScenarioSchema>;

// The schema and the engine's type must agree: a parsed scenario is a ScenarioSpec.
export const scenarioMatchesEngine = (s: Scenario): ScenarioSpec => s;
