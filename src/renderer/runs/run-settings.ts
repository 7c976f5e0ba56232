import type { z } from 'zod';
import type { RunKindSchema, RunParamsSchema } from '../../api/schemas/runs';
import { MAX_SITE_MW } from '../../power-model/limits';

export type RunKind = z.infer<typeof RunKindSchema>;
export type RunParams = z.input<typeof RunParamsSchema>;

export const RUN_KINDS: { id: RunKind; label: string; summary: string }[] = [
  { id: 'optimize', label: 'Optimization', summary: 'Least-cost mix of grid, turbines, solar and batteries (HiGHS linear program) under the caps you set.' },
  { id: 'reliability', label: 'Monte Carlo reliability', summary: 'Availability, loss-of-load hours and unserved energy for N, N+1 and N+2 over simulated years of forced outages, with and without common-mode events (gas supply in the cold, grid outages in extreme weather), and dual fuel, a battery and a grid backup compared.' },
  { id: 'sensitivity', label: 'Sensitivity (tornado)', summary: 'Each input moved to its low and high value, the others held: how far LCOE and the bill change swing.' },
  { id: 'sweep', label: 'Scenario sweep', summary: 'LCOE, annual cost and CO2 over a list of values of one or two economics-sheet inputs, split over worker threads.' },
];

/** The settings form as typed: every field is text, blank means "the run's default". */
export type SettingsDraft = {
  years: string;
  seed: string;
  year: string;
  representativeDays: string;
  reserveUnits: string;
  co2TonnesPerYear: string;
  gridMW: string;
  landAcres: string;
  residentialBillUSDPerMonth: string;
  /** 'yes' or '' (a checkbox). */
  twoStage: string;
  /** 'n-plus-k' or 'worst-day' (a choice). */
  reliabilityTarget: string;
  recheckYears: string;
  /** Availability the optimizer's mix must reach in the Monte Carlo, percent (blank: Tier III, 0: none). */
  availabilityTargetPct: string;
  /** A flexible grid offer (blank: none), the utility's firm offer, the value of energizing earlier and the queues. */
  flexibleMaxMW: string;
  firmOfferMW: string;
  energizeValueUSDPerMWMonth: string;
  flexibleQueueMonths: string;
  firmQueueMonths: string;
  sweepXName: string;
  sweepXValues: string;
  sweepYName: string;
  sweepYValues: string;
  threads: string;
};
export type SettingsField = keyof SettingsDraft;

export const EMPTY_SETTINGS: SettingsDraft = {
  years: '1000',
  seed: '1',
  year: '',
  representativeDays: '',
  reserveUnits: '1',
  co2TonnesPerYear: '',
  gridMW: '',
  landAcres: '',
  residentialBillUSDPerMonth: '',
  twoStage: '',
  reliabilityTarget: 'n-plus-k',
  recheckYears: '',
  availabilityTargetPct: '',
  flexibleMaxMW: '',
  firmOfferMW: '',
  energizeValueUSDPerMWMonth: '',
  flexibleQueueMonths: '',
  firmQueueMonths: '',
  sweepXName: 'gasPriceUSDPerMMBtu',
  sweepXValues: '2, 3, 4, 5, 6',
  sweepYName: '',
  sweepYValues: '',
  threads: '',
};

/** The optimizer's flexible-offer fields and the param each sets (params.flexible; FlexibleOfferSchema). */
const FLEXIBLE_PARAMS = {
  flexibleMaxMW: 'maxMW',
  firmOfferMW: 'firmMW',
  energizeValueUSDPerMWMonth: 'energizeValueUSDPerMWMonth',
  flexibleQueueMonths: 'flexibleQueueMonths',
  firmQueueMonths: 'firmQueueMonths',
} as const;
const FLEXIBLE_FIELDS = Object.keys(FLEXIBLE_PARAMS) as (keyof typeof FLEXIBLE_PARAMS)[];

/** Which fields each kind reads (the services refuse unknown keys, and a field a run ignores is not shown). */
export const FIELDS_BY_KIND: Record<RunKind, SettingsField[]> = {
  reliability: ['years', 'seed', 'threads'],
  optimize: ['year', 'representativeDays', 'twoStage', 'reserveUnits', 'reliabilityTarget', 'recheckYears', 'availabilityTargetPct', 'co2TonnesPerYear', 'gridMW', 'landAcres', 'residentialBillUSDPerMonth', ...FLEXIBLE_FIELDS],
  sensitivity: ['year'],
  sweep: ['sweepXName', 'sweepXValues', 'sweepYName', 'sweepYValues', 'threads'],
};

/** Fields that are not one number: a checkbox, input names and lists of values. */
const NON_NUMERIC = ['twoStage', 'reliabilityTarget', 'sweepXName', 'sweepXValues', 'sweepYName', 'sweepYValues'] as const satisfies readonly SettingsField[];
type NumericField = Exclude<SettingsField, (typeof NON_NUMERIC)[number]>;
const isNumeric = (f: SettingsField): f is NumericField => !(NON_NUMERIC as readonly string[]).includes(f);

const INPUT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** "2, 3, 4.5" → [2, 3, 4.5]; values may be separated by commas or spaces. */
export function parseValueList(text: string): { values: number[] } | { error: string } {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length === 0) return { error: 'list at least one value' };
  if (parts.length > 1000) return { error: 'at most 1000 values' };
  const values = parts.map(Number);
  const bad = parts.find((_, i) => !Number.isFinite(values[i]));
  return bad === undefined ? { values } : { error: `“${bad}” is not a number` };
}

type Rule = { integer?: boolean; min?: number; max?: number };
/** The same bounds as `RunParamsSchema`, checked as the planner types so a bad value never reaches the services. */
const RULES: Record<NumericField, Rule> = {
  years: { integer: true, min: 1, max: 100_000 },
  seed: { integer: true },
  year: { integer: true, min: 2000, max: 2100 },
  representativeDays: { integer: true, min: 1, max: 365 },
  reserveUnits: { integer: true, min: 0, max: 4 },
  co2TonnesPerYear: { min: 0 },
  gridMW: { min: 0 },
  landAcres: { min: 0 },
  residentialBillUSDPerMonth: {},
  recheckYears: { integer: true, min: 1, max: 100_000 },
  availabilityTargetPct: { min: 0, max: 99.9999 },
  threads: { integer: true, min: 1, max: 256 },
  // The engine's FLEXIBLE_LIMITS (grid/flexible.ts), which the run schema checks again.
  flexibleMaxMW: { min: 0, max: 10 * MAX_SITE_MW },
  firmOfferMW: { min: 0, max: 10 * MAX_SITE_MW },
  energizeValueUSDPerMWMonth: { min: 0, max: 100_000_000 },
  flexibleQueueMonths: { min: 0, max: 240 },
  firmQueueMonths: { min: 0, max: 240 },
};

function check(text: string, rule: Rule): { value: number } | { error: string } {
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: 'must be a number' };
  if (rule.integer && !Number.isInteger(value)) return { error: 'must be a whole number' };
  if (rule.min !== undefined && value < rule.min) return { error: `must be ≥ ${rule.min}` };
  if (rule.max !== undefined && value > rule.max) return { error: `must be ≤ ${rule.max}` };
  return { value };
}

const CAPS = ['co2TonnesPerYear', 'gridMW', 'landAcres', 'residentialBillUSDPerMonth'] as const;

/** The params of a run of `kind` from the form, or an error per field; blank fields are left to the run's default. */
export function parseSettings(kind: RunKind, draft: SettingsDraft): { params: RunParams; errors: Partial<Record<SettingsField, string>> } {
  const errors: Partial<Record<SettingsField, string>> = {};
  const values: Partial<Record<SettingsField, number>> = {};
  for (const field of FIELDS_BY_KIND[kind]) {
    const text = draft[field].trim();
    if (text === '' || !isNumeric(field)) continue;
    const r = check(text, RULES[field]);
    if ('error' in r) errors[field] = r.error;
    else values[field] = r.value;
  }
  const params: RunParams = {};
  if (values.years !== undefined) params.years = values.years;
  if (values.seed !== undefined) params.seed = values.seed;
  if (values.year !== undefined) params.year = values.year;
  if (values.representativeDays !== undefined) params.representativeDays = values.representativeDays;
  if (values.reserveUnits !== undefined) params.reserveUnits = values.reserveUnits;
  const caps: NonNullable<RunParams['caps']> = {};
  for (const cap of CAPS) {
    const v = values[cap];
    if (v !== undefined) caps[cap] = v;
  }
  if (Object.keys(caps).length > 0) params.caps = caps;
  if (values.recheckYears !== undefined) params.recheckYears = values.recheckYears;
  if (values.availabilityTargetPct !== undefined) params.availabilityTarget = values.availabilityTargetPct / 100;
  if (values.threads !== undefined) params.threads = values.threads;
  if (kind === 'optimize') {
    const flexible: Record<string, number> = {};
    for (const field of FLEXIBLE_FIELDS) {
      const v = values[field];
      if (v !== undefined) flexible[FLEXIBLE_PARAMS[field]] = v;
    }
    if (Object.keys(flexible).length > 0) {
      if (flexible.maxMW === undefined) errors.flexibleMaxMW = 'the flexible settings need a flexible offer, MW';
      else params.flexible = flexible as NonNullable<RunParams['flexible']>;
    }
  }
  if (kind === 'optimize' && draft.twoStage === 'yes') {
    if (values.representativeDays === undefined) errors.twoStage = 'needs representative days';
    else params.twoStage = true;
  }
  if (kind === 'optimize' && draft.reliabilityTarget === 'worst-day') params.reliabilityTarget = 'worst-day';
  if (kind === 'sweep') {
    const axis = (nameField: 'sweepXName' | 'sweepYName', valuesField: 'sweepXValues' | 'sweepYValues', required: boolean) => {
      const name = draft[nameField].trim();
      const list = draft[valuesField].trim();
      if (name === '' && list === '' && !required) return undefined;
      if (!INPUT_NAME.test(name)) {
        errors[nameField] = 'must be an input name such as gasPriceUSDPerMMBtu';
        return undefined;
      }
      const parsed = parseValueList(list);
      if ('error' in parsed) {
        errors[valuesField] = parsed.error;
        return undefined;
      }
      return { name, values: parsed.values };
    };
    const x = axis('sweepXName', 'sweepXValues', true);
    const y = axis('sweepYName', 'sweepYValues', false);
    if (x) params.x = x;
    if (y) params.y = y;
  }
  return { params, errors };
}
