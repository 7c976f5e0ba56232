import { HOURS_PER_YEAR } from '../hours';

/** Pipeline transport service: firm is never cut; interruptible is cut first in a cold snap. */
export const GAS_SERVICES = ['firm', 'interruptible'] as const;
export type GasService = (typeof GAS_SERVICES)[number];

/**
 * Default cut rule of interruptible transport, °C: a gas day whose coldest hour is below −5 °C.
 * Our estimate (no public tariff gives a temperature): pipelines curtail interruptible shippers
 * when heating demand peaks, and in ERCOT the 2011, 2018, Uri (2021) and Elliott (2022) cold
 * events all brought West and North Texas below −5 °C; a milder day rarely strains the system.
 */
export const DEFAULT_INTERRUPT_BELOW_C = -5;

/**
 * Gas deliverability of a site for one year, engine form (every field in its unit):
 * - `pipelineMMBtuPerDay`: the lateral's daily quantity; Infinity = no daily cap.
 * - `pipelineMMBtuPerHour`: the most it delivers in one hour; Infinity = only the daily cap binds.
 * - `service`: firm, or interruptible — cut to zero on each gas day (24 model hours from local
 *   midnight; the NAESB gas day starts at 9:00 Central, a shift this hourly model ignores) whose
 *   coldest hour is below `interruptBelowC`.
 * - `storageMMBtu`: on-site backup fuel (dual fuel: distillate in tanks, or LNG/CNG), full at
 *   hour 0, drawn only when the pipeline cannot deliver; `storageRefillMMBtuPerDay` comes back by
 *   truck at the start of each day, up to the tank (0: not refilled within the year).
 */
export type GasSupply = {
  pipelineMMBtuPerDay: number;
  pipelineMMBtuPerHour: number;
  service: GasService;
  interruptBelowC: number;
  storageMMBtu: number;
  storageRefillMMBtuPerDay: number;
};

/**
 * The pipeline's deliverable MMBtu in each hour of the year before the daily cap: the hourly
 * figure, or 0 in the hours of an interrupted gas day. Also the interrupted days.
 */
export function pipelineHourlyCap(supply: GasSupply, dryBulbC: Float64Array): { capMMBtu: Float64Array; interruptedDays: number; firstInterruptedHour: number | null } {
  if (dryBulbC.length !== HOURS_PER_YEAR) throw new Error(`gas supply: dryBulbC must have ${HOURS_PER_YEAR} values, got ${dryBulbC.length}`);
  const capMMBtu = new Float64Array(HOURS_PER_YEAR).fill(supply.pipelineMMBtuPerHour);
  let interruptedDays = 0;
  let firstInterruptedHour: number | null = null;
  if (supply.service === 'interruptible') {
    for (let start = 0; start < HOURS_PER_YEAR; start += 24) {
      let coldest = Infinity;
      for (let h = start; h < start + 24; h++) coldest = Math.min(coldest, dryBulbC[h] ?? Infinity);
      if (!(coldest < supply.interruptBelowC)) continue;
      capMMBtu.fill(0, start, start + 24);
      interruptedDays++;
      firstInterruptedHour ??= start;
    }
  }
  return { capMMBtu, interruptedDays, firstInterruptedHour };
}

/** Refuses a supply the dispatch cannot use, naming the field as the scenario spells it (`fuel.…`). */
export function validateGasSupply(supply: GasSupply): void {
  const positive = (field: string, v: number) => {
    if (!(v > 0)) throw new Error(`fuel.${field}: must be > 0, got ${v}`);
  };
  positive('pipelineMMBtuPerDay', supply.pipelineMMBtuPerDay);
  positive('pipelineMMBtuPerHour', supply.pipelineMMBtuPerHour);
  if (!(supply.storageMMBtu >= 0 && Number.isFinite(supply.storageMMBtu))) throw new Error(`fuel.storageMMBtu: must be a finite number ≥ 0, got ${supply.storageMMBtu}`);
  if (!(supply.storageRefillMMBtuPerDay >= 0)) throw new Error(`fuel.storageRefillMMBtuPerDay: must be ≥ 0, got ${supply.storageRefillMMBtuPerDay}`);
  if (!Number.isFinite(supply.interruptBelowC)) throw new Error(`fuel.interruptBelowC: must be a finite number, got ${supply.interruptBelowC}`);
}
