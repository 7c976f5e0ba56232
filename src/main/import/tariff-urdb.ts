import { z } from 'zod';
import { formatZodIssues } from '../../api/schemas/format-issues';
import { TariffSchema, type Tariff } from '../../api/schemas/tariff';
import { ImportError } from './errors';

/**
 * The subset of an OpenEI Utility Rate Database (URDB v7/v8) rate record that Stargrid reads:
 * fixed monthly charge, tiered time-of-use energy rates with their 12×24 weekday/weekend
 * schedules, time-of-use and flat demand charges. Field names are URDB's own.
 * Spec: https://openei.org/services/doc/rest/util_rates/?version=8
 */
const tier = z.object({
  max: z.number().gt(0).optional(),
  rate: z.number({ error: 'must be a number (USD per unit)' }),
  adj: z.number().optional(),
  unit: z.string().optional(),
});
const schedule = z.array(z.array(z.number().int().gte(0)).length(24, { error: 'must have 24 hours' })).length(12, { error: 'must have 12 months' });

const UrdbRateSchema = z.object({
  name: z.string({ error: 'is required (the rate name)' }).min(1),
  utility: z.string({ error: 'is required (the utility name)' }).min(1),
  uri: z.string().optional(),
  fixedchargefirstmeter: z.number().gte(0).optional(),
  fixedchargeunits: z.enum(['$/month', '$/day']).optional(),
  energyratestructure: z.array(z.array(tier).min(1)).min(1, { error: 'must have at least one period' }),
  energyweekdayschedule: schedule,
  energyweekendschedule: schedule,
  demandratestructure: z.array(z.array(tier).min(1)).optional(),
  demandweekdayschedule: schedule.optional(),
  demandweekendschedule: schedule.optional(),
  flatdemandstructure: z.array(z.array(tier).min(1)).optional(),
  flatdemandmonths: z.array(z.number().int().gte(0)).length(12, { error: 'must have 12 months' }).optional(),
  demandunits: z.string().optional(),
  mindemand: z.number().gte(0).optional(),
});
type UrdbRate = z.infer<typeof UrdbRateSchema>;

/** Average days per month, for a URDB fixed charge given per day. */
const DAYS_PER_MONTH = 365 / 12;

/**
 * Parses a URDB tariff JSON — one rate object, or an API response `{ "items": [rate] }` — into
 * a {@link Tariff}. Energy tiers must be in kWh and demand in kW (the only units URDB uses for
 * the charges Stargrid models). Throws `ImportError` naming the JSON path of each problem.
 */
export function importUrdbTariff(text: string, options: { file?: string } = {}): Tariff {
  const file = options.file;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON: ${(e as Error).message}`, { ...(file !== undefined ? { file } : {}) });
  }
  let prefix = '';
  if (typeof json === 'object' && json !== null && 'items' in json && Array.isArray(json.items)) {
    if (json.items.length !== 1) throw new ImportError(`holds ${json.items.length} rates in 'items'; export exactly one`, { path: 'items', ...(file !== undefined ? { file } : {}) });
    json = json.items[0];
    prefix = 'items.0.';
  }
  const parsed = UrdbRateSchema.safeParse(json);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error);
    const first = issues[0];
    const rest = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map((i) => prefix + i.path).join(', ')})` : '';
    throw new ImportError(`${first?.message ?? 'invalid'}${rest}`, { path: prefix + (first?.path ?? ''), ...(file !== undefined ? { file } : {}) });
  }
  const rate = parsed.data;
  checkUnits(rate, prefix, file);
  const tariff = toTariff(rate, (problem, path) => new ImportError(problem, { path: prefix + path, ...(file !== undefined ? { file } : {}) }));
  const checked = TariffSchema.safeParse(tariff);
  if (!checked.success) {
    const first = formatZodIssues(checked.error)[0];
    throw new ImportError(first?.message ?? 'invalid', { path: prefix + urdbPath(first?.path ?? ''), ...(file !== undefined ? { file } : {}) });
  }
  return checked.data;
}

function checkUnits(rate: UrdbRate, prefix: string, file: string | undefined): void {
  const where = (path: string) => ({ path: prefix + path, ...(file !== undefined ? { file } : {}) });
  rate.energyratestructure.forEach((period, p) =>
    period.forEach((t, i) => {
      if (t.unit !== undefined && t.unit !== 'kWh') throw new ImportError(`unit '${t.unit}' is not supported; energy tiers must be in kWh`, where(`energyratestructure.${p}.${i}.unit`));
    }),
  );
  if (rate.demandunits !== undefined && rate.demandunits !== 'kW') {
    throw new ImportError(`'${rate.demandunits}' is not supported; demand charges must be per kW`, where('demandunits'));
  }
}

function toTariff(rate: UrdbRate, fail: (problem: string, path: string) => ImportError): Tariff {
  const perMonth = rate.fixedchargeunits === '$/day' ? DAYS_PER_MONTH : 1;
  const tariff: Tariff = {
    name: rate.name,
    utility: rate.utility,
    fixedChargeUSDPerMonth: (rate.fixedchargefirstmeter ?? 0) * perMonth,
    energyPeriods: rate.energyratestructure.map((period) => ({
      tiers: period.map((t) => ({ ...(t.max !== undefined ? { maxKWhPerMonth: t.max } : {}), rateUSDPerKWh: t.rate + (t.adj ?? 0) })),
    })),
    energyWeekdaySchedule: rate.energyweekdayschedule,
    energyWeekendSchedule: rate.energyweekendschedule,
    demandPeriods: (rate.demandratestructure ?? []).map((period) => ({
      tiers: period.map((t) => ({ ...(t.max !== undefined ? { maxKW: t.max } : {}), rateUSDPerKW: t.rate + (t.adj ?? 0) })),
    })),
  };
  if (rate.uri !== undefined) tariff.source = rate.uri;
  if (rate.demandweekdayschedule !== undefined) tariff.demandWeekdaySchedule = rate.demandweekdayschedule;
  if (rate.demandweekendschedule !== undefined) tariff.demandWeekendSchedule = rate.demandweekendschedule;
  if (rate.flatdemandstructure !== undefined && rate.flatdemandmonths !== undefined) {
    const flat = rate.flatdemandstructure;
    tariff.flatDemandUSDPerKWMonth = rate.flatdemandmonths.map((p, m) => {
      const first = flat[p]?.[0];
      if (first === undefined) throw fail(`names period ${p} but flatdemandstructure has ${flat.length}`, `flatdemandmonths.${m}`);
      return first.rate + (first.adj ?? 0);
    });
  }
  if (rate.mindemand !== undefined) tariff.minimumDemandKW = rate.mindemand;
  return tariff;
}

/** Our field names back to URDB's, so a message points into the file the user has. */
function urdbPath(path: string): string {
  const map: Record<string, string> = {
    energyWeekdaySchedule: 'energyweekdayschedule',
    energyWeekendSchedule: 'energyweekendschedule',
    demandWeekdaySchedule: 'demandweekdayschedule',
    demandWeekendSchedule: 'demandweekendschedule',
    flatDemandUSDPerKWMonth: 'flatdemandmonths',
  };
  const [head, ...rest] = path.split('.');
  return [map[head ?? ''] ?? head, ...rest].join('.');
}
