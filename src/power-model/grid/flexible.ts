import { hourCalendar, seasonOfMonth } from '../headroom/calendar';
import { servableLevels } from '../headroom/servable';
import type { ServableLevels } from '../headroom/types';
import { DAYS_PER_YEAR, HOURS_PER_YEAR, MONTH_START_DAY } from '../hours';
import { ModelInputError } from '../input-error';
import { inRange, MAX_SITE_MW, rangeText, type Range } from '../limits';
import type { SystemLoadSeries } from '../system-load/types';
import type { SystemLoadYear } from './tariff';

/**
 * What a flexible connection accepts (the scenario schema in src/api is built from this table):
 * - `flexibleMW`: 0..10 × MAX_SITE_MW, as any scenario capacity.
 * - `workloadCurtailmentUSDPerMWh`: 0..1,000,000 USD/MWh, about 750 times the default below and
 *   28 times ERCOT's VOLL (35,685 USD/MWh); past it a figure is a typing error.
 * - `energizeValueUSDPerMWMonth`: 0..100,000,000 USD per MW-month, about 130 times the gross value
 *   of a MW-month of compute (DEFAULT_ENERGIZE_VALUE); past it a figure is a typing error.
 * - `queueMonths`: 0..240 (twenty years; the longest US queue waits reported are 5–7 years).
 */
export const FLEXIBLE_LIMITS = {
  flexibleMW: { min: 0, max: 10 * MAX_SITE_MW },
  energizeValueUSDPerMWMonth: { min: 0, max: 100_000_000 },
  workloadCurtailmentUSDPerMWh: { min: 0, max: 1_000_000 },
  queueMonths: { min: 0, max: 240 },
} as const satisfies Record<string, Range>;

/**
 * Cost of a MWh of compute the campus does not run, USD/MWh — an estimate: an H100 GPU rents for
 * about 2 USD/GPU-hour (2025 cloud list prices ran 2–3 USD) and draws about 1.5 kW at the meter
 * (700 W GPU, 8-GPU servers of about 10.2 kW, PUE about 1.2), so a MWh not drawn is about
 * 2 ÷ 0.0015 ≈ 1,300 USD of compute not sold. Training that checkpoints and resumes loses less.
 */
export const DEFAULT_WORKLOAD_CURTAILMENT = {
  valueUSDPerMWh: 1300,
  source: 'estimate: about 2 USD per H100 GPU-hour of rented compute ÷ about 1.5 kW per GPU at the meter (700 W GPU in a 10.2 kW 8-GPU server, PUE 1.2)',
  estimate: true,
} as const;

/**
 * What a campus loses, per MW and month, by energizing a month later — an estimate, and the margin
 * lost by waiting, not the revenue. The gross value of a MW-month of compute is the
 * workload-curtailment default above (1,300 USD/MWh) × 730 hours × 0.8 utilisation (the share of
 * contracted MW an AI campus draws on average) ≈ 759,000 USD; that was the default until 2026-12
 * and it counted every dollar of revenue as lost. Waiting a month also defers that month's costs:
 * - the GPUs: about 667 H100-class GPUs per MW at the meter (1.5 kW each, as above) at about
 *   35,000 USD per GPU installed (an 8-GPU HGX server listed near 300,000 USD in 2024–25, plus
 *   network and storage) ≈ 23 MUSD/MW, written off over 60 months (five years, the life
 *   hyperscalers book servers over) ≈ 390,000 USD a month, and financed at 8%/yr on the half
 *   balance of the average month ≈ 77,000 USD;
 * - the energy: 584 MWh (730 h × 0.8) at about 60 USD/MWh ≈ 35,000 USD.
 * What is left, ≈ 257,000 USD per MW-month (a third of the gross), is the margin a month of delay
 * loses. Uncertain by a factor of two either way (rental prices fell through 2025; a campus with its
 * own models values compute differently): set your own.
 */
const GROSS_COMPUTE_USD_PER_MW_MONTH = DEFAULT_WORKLOAD_CURTAILMENT.valueUSDPerMWh * (8760 / 12) * 0.8;
const GPU_CAPEX_USD_PER_MW = (1000 / 1.5) * 35_000;
const DEFERRED_COSTS_USD_PER_MW_MONTH = GPU_CAPEX_USD_PER_MW / 60 + (GPU_CAPEX_USD_PER_MW * 0.08) / 12 / 2 + (8760 / 12) * 0.8 * 60;
export const DEFAULT_ENERGIZE_VALUE = {
  usdPerMWMonth: GROSS_COMPUTE_USD_PER_MW_MONTH - DEFERRED_COSTS_USD_PER_MW_MONTH,
  source:
    'estimate: the margin a month of delay loses — gross compute (1,300 USD/MWh × 730 h × 0.8 utilisation ≈ 759,000 USD/MW-month) less the costs waiting defers: GPUs (≈ 23 MUSD/MW written off over 60 months, financed at 8%) and energy (584 MWh at 60 USD/MWh)',
  estimate: true,
} as const;

/**
 * Queue time of flexible service, months — an estimate: no public US tariff sets one yet. Trade
 * press in 2025–26 reports two to five years for firm large-load service and presents flexible
 * (curtailable) connections as a way to skip the network upgrades that make most of that wait;
 * what is left is the study and the point-of-interconnection substation, taken as two years.
 * Firm service waits the site's own queue (site `grid.queueYears`) unless the scenario sets it.
 */
export const DEFAULT_FLEXIBLE_QUEUE = {
  months: 24,
  source:
    'estimate: firm large-load service waits 2–5 years (trade press 2025–26); a curtailable connection skips the network upgrades and waits for the study and the substation, taken as 24 months. Texas SB 6 (2025) lets ERCOT curtail new large loads in emergencies but sets no queue time.',
  estimate: true,
} as const;

/** A scenario's flexible grid: `flexibleMW` on top of the firm import limit, and how its hours are chosen. */
export type FlexibleGridInput = {
  flexibleMW?: number;
  workloadCurtailmentUSDPerMWh?: number;
  /** Model hours (0..8759) in which the flexible part is curtailed, in place of the system-load rule (an imported or emergency list). */
  flexibleCurtailmentHours?: number[];
  flexibleQueueMonths?: number;
  firmQueueMonths?: number;
};

/** Refuses flexible-connection fields the engine cannot use, naming the field as the scenario spells it. */
export function validateFlexibleGrid(grid: FlexibleGridInput): void {
  const check = (field: keyof typeof FLEXIBLE_LIMITS, name: string, value: number | undefined) => {
    if (value !== undefined && !inRange(value, FLEXIBLE_LIMITS[field])) throw new ModelInputError(`grid.${name}`, `${rangeText(FLEXIBLE_LIMITS[field])}, got ${value}`);
  };
  check('flexibleMW', 'flexibleMW', grid.flexibleMW);
  check('workloadCurtailmentUSDPerMWh', 'workloadCurtailmentUSDPerMWh', grid.workloadCurtailmentUSDPerMWh);
  check('queueMonths', 'flexibleQueueMonths', grid.flexibleQueueMonths);
  check('queueMonths', 'firmQueueMonths', grid.firmQueueMonths);
  grid.flexibleCurtailmentHours?.forEach((h, i) => {
    if (!Number.isInteger(h) || h < 0 || h >= HOURS_PER_YEAR) throw new ModelInputError(`grid.flexibleCurtailmentHours.${i}`, `must be a model hour, a whole number from 0 to ${HOURS_PER_YEAR - 1}, got ${h}`);
  });
}

/** The year the flexible part energizes: planning year + its queue (months, rounded up to whole years). */
export function flexibleOnlineYear(grid: FlexibleGridInput, planningYear: number): number {
  return planningYear + Math.ceil((grid.flexibleQueueMonths ?? DEFAULT_FLEXIBLE_QUEUE.months) / 12);
}

const servableCache = new WeakMap<SystemLoadSeries, ServableLevels>();

/**
 * Servable levels of a host system over all the data it holds (headroom/servable.ts, Duke's
 * definition), seasons read in the series' tariff clock's standard time; cached per series.
 */
export function seriesServableLevels(series: SystemLoadSeries): ServableLevels {
  let levels = servableCache.get(series);
  if (!levels) {
    const calendar = hourCalendar(series.firstHourUtcMs, series.loadMW.length, series.clock.standardUtcOffsetHours);
    levels = servableLevels(series.loadMW, calendar.season);
    servableCache.set(series, levels);
  }
  return levels;
}

/** The hours of one simulated year in which the flexible part is curtailed, and the rule that chose them. */
export type CurtailmentHours = { curtailed: Uint8Array; rule: string };

/**
 * Masks already worked out, by the system year's load array, its servable levels and the flexible
 * MW: the same site-year run again (a sweep, a re-run, the optimizer's re-check) reuses its mask.
 * The mask is read, never written, by everything that gets it (dispatch limit, readout).
 */
const maskCache = new WeakMap<Float64Array, { levels: ServableLevels; byMW: Map<number, CurtailmentHours> }>();
const MASKS_KEPT_PER_YEAR = 8;

/**
 * The system-load rule: model hour h is curtailed when the host system's load in h (its year laid
 * on the model calendar, system-load/calendar.ts) plus `flexibleMW` would pass the servable level
 * of h's season (months of the model calendar: winter Dec–Feb, summer Jun–Aug, spring and autumn
 * the higher of the two). These are the hours Duke's headroom method curtails a new load of
 * `flexibleMW` in (headroom/curtailment.ts: curtailed where the load exceeds the room). Worked
 * month by month (one level per month, no calendar lookup per hour) and kept per system year.
 */
export function systemRuleHours(system: SystemLoadYear, levels: ServableLevels, flexibleMW: number): CurtailmentHours {
  const load = system.mapped.loadMW;
  let kept = maskCache.get(load);
  const known = kept?.levels === levels ? kept.byMW.get(flexibleMW) : undefined;
  if (known) return known;
  const byCode = [levels.winterMW, levels.summerMW, levels.shoulderMW];
  const curtailed = new Uint8Array(HOURS_PER_YEAR);
  for (let month = 0; month < 12; month++) {
    const level = byCode[seasonOfMonth(month)] ?? 0;
    const end = (MONTH_START_DAY[month + 1] ?? DAYS_PER_YEAR) * 24;
    for (let h = (MONTH_START_DAY[month] ?? 0) * 24; h < end; h++) if ((load[h] ?? 0) + flexibleMW > level) curtailed[h] = 1;
  }
  const fmt = (mw: number) => Math.round(mw).toLocaleString('en-US');
  const hours = {
    curtailed,
    rule: `hours where the ${system.mapped.seriesId} load (${system.mapped.description}) plus ${fmt(flexibleMW)} MW passes its servable level (winter ${fmt(levels.winterMW)} MW, summer ${fmt(levels.summerMW)} MW, spring/autumn ${fmt(levels.shoulderMW)} MW; Duke 2025 definition, over all the data held)`,
  };
  if (kept?.levels !== levels) maskCache.set(load, (kept = { levels, byMW: new Map() }));
  if (kept.byMW.size >= MASKS_KEPT_PER_YEAR) kept.byMW.delete(kept.byMW.keys().next().value ?? Number.NaN);
  kept.byMW.set(flexibleMW, hours);
  return hours;
}

/** The user's list of model hours as a curtailment mask. */
export function listedHours(hours: readonly number[]): CurtailmentHours {
  const curtailed = new Uint8Array(HOURS_PER_YEAR);
  for (const h of hours) curtailed[h] = 1;
  return { curtailed, rule: `${new Set(hours).size} hour(s) from the scenario's list (grid.flexibleCurtailmentHours)` };
}

/**
 * The hourly import limit of a connection of `firmMW` firm plus `flexibleMW` flexible: firm MW in
 * curtailed hours, firm + flexible in the others.
 */
export function hourlyGridLimitMW(firmMW: number, flexibleMW: number, curtailed: Uint8Array): Float64Array {
  // A fresh array each call: it leaves the engine in the result (gridLimitByHourMW).
  const limit = new Float64Array(HOURS_PER_YEAR).fill(firmMW + flexibleMW);
  for (let h = 0; h < HOURS_PER_YEAR; h++) if (curtailed[h] === 1) limit[h] = firmMW;
  return limit;
}

/**
 * The flexible connection of one simulated year: its hourly limit and curtailed hours, or null
 * when there is none to model (no flexible MW, or not yet energized this year). Throws a
 * ModelInputError naming `grid.flexibleMW` when the site has no host system load and the
 * scenario lists no hours: the curtailed hours cannot be chosen then.
 */
export function flexibleYear(
  grid: FlexibleGridInput,
  context: { firmMW: number; year: number; planningYear: number; system: SystemLoadYear | null; series: SystemLoadSeries | undefined },
): { firmMW: number; flexibleMW: number; limitMW: Float64Array; hours: CurtailmentHours; onlineYear: number } | null {
  const flexibleMW = grid.flexibleMW ?? 0;
  if (flexibleMW <= 0) return null;
  const onlineYear = flexibleOnlineYear(grid, context.planningYear);
  if (context.year < onlineYear) return null;
  let hours: CurtailmentHours;
  if (grid.flexibleCurtailmentHours !== undefined) hours = listedHours(grid.flexibleCurtailmentHours);
  else if (context.system && context.series) hours = systemRuleHours(context.system, seriesServableLevels(context.series), flexibleMW);
  else throw new ModelInputError('grid.flexibleMW', 'a flexible connection needs the host system load (its curtailed hours are where that load plus the flexible MW passes the servable level): attach a system load to the site, or list the hours in grid.flexibleCurtailmentHours');
  return { firmMW: context.firmMW, flexibleMW, limitMW: hourlyGridLimitMW(context.firmMW, flexibleMW, hours.curtailed), hours, onlineYear };
}
