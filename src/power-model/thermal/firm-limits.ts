import { activeFactors, LB_PER_SHORT_TON } from './emissions';
import { deratingAt } from './derating';
import type { ThermalTechnology } from './technology';

/**
 * Gas the fleet can burn on the design day, MMBtu: the pipeline per hour and per gas day (null:
 * no limit) and on-site fuel (gas storage and distillate, MMBtu when full).
 */
export type FirmFuelLimit = { pipelineMMBtuPerHour: number | null; pipelineMMBtuPerDay: number | null; onSiteMMBtu: number };

/** The scenario's annual permit budgets (null: none set) and whether SCR is fitted. */
export type FirmPermitLimit = { hoursPerUnit: number | null; noxTonsPerYear: number | null; coTonsPerYear: number | null; co2TonnesPerYear: number | null; scr: boolean };

/** Units of one technology, with one unit's MW at the design temperature and elevation. */
export type FirmLimitBlock = { technology: ThermalTechnology; units: number; deratedUnitMW: number };

export type FirmLimitsInput = {
  blocks: readonly FirmLimitBlock[];
  designTempC: number;
  elevationM: number;
  /** Firm MW before these steps (after N+k). */
  firmMW: number;
  /** Hourly facility load and the grid's import limit, MW: the fleet is needed for the rest. */
  facilityMW: Float64Array;
  gridImportLimitMW: number;
  fuel?: FirmFuelLimit;
  permits?: FirmPermitLimit;
};

/**
 * The two steps of the waterfall after N+k, MW (each ≤ the one before):
 * - `pipelineFirmMW`: what the fuel on hand holds through a whole design day — gas at the lower of
 *   the hourly limit and the daily quantity ÷ 24, plus on-site fuel spread over the same 24 hours,
 *   burned in the units with the lowest design-day heat rate first (the dispatch's merit order).
 *   A day, not an hour, because a heat wave's peak lasts all afternoon and recurs: an hour's
 *   figure would count storage the next afternoon no longer has.
 * - `permitFirmMW`: the largest output M the annual budgets allow in every hour the campus needs
 *   the fleet (load above the grid's limit): Σ_h min(M, need_h) fits each budget turned into
 *   MWh of output — hours per unit × the fleet's derated MW, tons ÷ (heat rate × factor) at the
 *   capacity-weighted design-day figures. A budget the year never reaches leaves M at the cap.
 * `permitBinding` names the budget that set M, null when none did; `needHours` and `needMWh`
 * are what the campus asks of the fleet over the year.
 */
export type FirmLimits = {
  fuelMMBtuPerHour: number | null;
  pipelineFirmMW: number;
  pipelineLossMW: number;
  needHours: number;
  needMWh: number;
  permitBinding: 'hoursPerUnit' | 'noxTonsPerYear' | 'coTonsPerYear' | 'co2TonnesPerYear' | null;
  permitFirmMW: number;
  permitLossMW: number;
};

const DESIGN_DAY_HOURS = 24;

export function firmLimits(input: FirmLimitsInput): FirmLimits {
  const blocks = input.blocks
    .filter((b) => b.units > 0 && b.deratedUnitMW > 0)
    .map((b) => ({ ...b, mw: b.units * b.deratedUnitMW, mmbtuPerMWh: designHeatRateMMBtuPerMWh(b.technology, input.designTempC, input.elevationM) }));
  const fuelMMBtuPerHour = fuelRate(input.fuel);
  const pipelineFirmMW = fuelMMBtuPerHour === null ? input.firmMW : Math.min(input.firmMW, meritOrderMW(blocks, fuelMMBtuPerHour));
  const need = needMW(input.facilityMW, input.gridImportLimitMW);
  const budgets = input.permits === undefined ? [] : budgetsMWh(input.permits, blocks);
  let permitFirmMW = pipelineFirmMW;
  let permitBinding: FirmLimits['permitBinding'] = null;
  for (const { budget, mwh } of budgets) {
    const level = levelWithin(need.sortedDesc, mwh);
    if (level < permitFirmMW) {
      permitFirmMW = level;
      permitBinding = budget;
    }
  }
  return {
    fuelMMBtuPerHour,
    pipelineFirmMW,
    pipelineLossMW: input.firmMW - pipelineFirmMW,
    needHours: need.hours,
    needMWh: need.mwh,
    permitBinding,
    permitFirmMW,
    permitLossMW: pipelineFirmMW - permitFirmMW,
  };
}

/** MMBtu per MWh at the design temperature (the heat rate rises as output falls in the heat). */
function designHeatRateMMBtuPerMWh(tech: ThermalTechnology, designTempC: number, elevationM: number): number {
  return (tech.heatRateBtuPerKWh * deratingAt(tech.derating, designTempC, elevationM).heatRateFraction) / 1000;
}

/** Fuel per hour sustained through the design day, MMBtu/h; null when nothing limits it. */
function fuelRate(fuel: FirmFuelLimit | undefined): number | null {
  if (fuel === undefined || (fuel.pipelineMMBtuPerHour === null && fuel.pipelineMMBtuPerDay === null)) return null;
  const pipeline = Math.min(fuel.pipelineMMBtuPerHour ?? Infinity, (fuel.pipelineMMBtuPerDay ?? Infinity) / DESIGN_DAY_HOURS);
  return pipeline + fuel.onSiteMMBtu / DESIGN_DAY_HOURS;
}

/** MW the fuel rate carries, the lowest heat rate first (each block up to its derated MW). */
function meritOrderMW(blocks: readonly { mw: number; mmbtuPerMWh: number }[], mmbtuPerHour: number): number {
  let left = mmbtuPerHour;
  let mw = 0;
  for (const b of [...blocks].sort((a, c) => a.mmbtuPerMWh - c.mmbtuPerMWh)) {
    const take = Math.min(b.mw, left / b.mmbtuPerMWh);
    mw += take;
    left -= take * b.mmbtuPerMWh;
    if (left <= 0) break;
  }
  return mw;
}

/** What the campus asks of its fleet each hour: load above the grid's import limit, MW. */
function needMW(facilityMW: Float64Array, gridImportLimitMW: number): { sortedDesc: Float64Array; hours: number; mwh: number } {
  const need: number[] = [];
  let mwh = 0;
  for (const load of facilityMW) {
    const n = load - gridImportLimitMW;
    if (n > 0) {
      need.push(n);
      mwh += n;
    }
  }
  return { sortedDesc: Float64Array.from(need).sort().reverse(), hours: need.length, mwh };
}

/** Each budget set, as MWh of fleet output a year at the capacity-weighted design-day figures. */
function budgetsMWh(permits: FirmPermitLimit, blocks: readonly { technology: ThermalTechnology; mw: number; mmbtuPerMWh: number }[]): { budget: NonNullable<FirmLimits['permitBinding']>; mwh: number }[] {
  const fleetMW = blocks.reduce((s, b) => s + b.mw, 0);
  if (fleetMW <= 0) return [];
  // Per MWh of output, averaged over the fleet by derated MW.
  const perMWh = (perMMBtu: (t: ThermalTechnology) => number): number => blocks.reduce((s, b) => s + (b.mw / fleetMW) * b.mmbtuPerMWh * perMMBtu(b.technology), 0);
  const noxLb = perMWh((t) => activeFactors(t.emissions, permits.scr).noxLbPerMMBtu);
  const coLb = perMWh((t) => activeFactors(t.emissions, permits.scr).coLbPerMMBtu);
  const co2Kg = perMWh((t) => t.co2KgPerMMBtu);
  const out: { budget: NonNullable<FirmLimits['permitBinding']>; mwh: number }[] = [];
  if (permits.hoursPerUnit !== null) out.push({ budget: 'hoursPerUnit', mwh: permits.hoursPerUnit * fleetMW });
  if (permits.noxTonsPerYear !== null && noxLb > 0) out.push({ budget: 'noxTonsPerYear', mwh: (permits.noxTonsPerYear * LB_PER_SHORT_TON) / noxLb });
  if (permits.coTonsPerYear !== null && coLb > 0) out.push({ budget: 'coTonsPerYear', mwh: (permits.coTonsPerYear * LB_PER_SHORT_TON) / coLb });
  if (permits.co2TonnesPerYear !== null && co2Kg > 0) out.push({ budget: 'co2TonnesPerYear', mwh: (permits.co2TonnesPerYear * 1000) / co2Kg });
  return out;
}

/**
 * The largest M with Σ min(M, need_i) ≤ budgetMWh (needs sorted from the largest): between the
 * k-th and (k+1)-th largest needs the sum is k·M + the rest, so M is read off exactly; Infinity
 * when even the whole need fits.
 */
export function levelWithin(sortedDesc: Float64Array, budgetMWh: number): number {
  let tail = sortedDesc.reduce((s, n) => s + n, 0);
  if (tail <= budgetMWh) return Infinity;
  for (let k = 1; k <= sortedDesc.length; k++) {
    tail -= sortedDesc[k - 1] ?? 0;
    const next = sortedDesc[k] ?? 0;
    // For M in [next, sortedDesc[k-1]]: sum = k·M + tail.
    if (k * next + tail <= budgetMWh) return (budgetMWh - tail) / k;
  }
  return 0;
}
