import { HOURS_PER_YEAR } from '../hours';
import { gasDaysFor, type GasDays, type ModelClock } from './gas-day';

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
 * - `service`: firm, or interruptible — cut to zero on each gas day whose coldest hour is below
 *   `interruptBelowC`.
 * - `clock`: where the model hours sit on the clock; with it a day is the NAESB gas day (9:00 to
 *   9:00 Central Clock Time, fuel/gas-day.ts: the day a pipeline's daily quantity and its cuts
 *   follow); without it (a bare engine call), 24 model hours from local midnight.
 * - `storageMMBtu`: on-site backup gas (LNG/CNG), full at
 *   hour 0, drawn only when the pipeline cannot deliver; `storageRefillMMBtuPerDay` comes back by
 *   truck at the start of each gas day, up to the tank (0: not refilled within the year).
 */
export type GasSupply = {
  pipelineMMBtuPerDay: number;
  pipelineMMBtuPerHour: number;
  service: GasService;
  interruptBelowC: number;
  storageMMBtu: number;
  storageRefillMMBtuPerDay: number;
  clock?: ModelClock;
  distillate?: DistillateSupply;
};

/**
 * On-site distillate for dual-fuel units (fuel/distillate.ts): `tankMMBtu` full at hour 0, burned
 * only by blocks that can (emissions.distillate) once the pipeline and the gas storage cannot
 * deliver; its price and CO2 replace gas's for the MMBtu it supplies. `refillMMBtuPerDay`: trucked
 * back at the start of each gas day, up to the tank (fuel/storage.ts refillTank; absent = 0).
 */
export type DistillateSupply = { tankMMBtu: number; priceUSDPerMMBtu: number; co2KgPerMMBtu: number; refillMMBtuPerDay?: number };

/** The days the supply counts in: NAESB gas days when it knows the clock, else calendar days of the model. */
export function gasDaysOf(supply: GasSupply): GasDays {
  return gasDaysFor(supply.clock);
}

/**
 * The pipeline's deliverable MMBtu in each hour of the year before the daily cap: the hourly
 * figure, or 0 in the hours of an interrupted gas day. Also the interrupted days, and the gas days
 * themselves (for the daily cap).
 */
export function pipelineHourlyCap(supply: GasSupply, dryBulbC: Float64Array): { capMMBtu: Float64Array; interruptedDays: number; firstInterruptedHour: number | null; days: GasDays } {
  if (dryBulbC.length !== HOURS_PER_YEAR) throw new Error(`gas supply: dryBulbC must have ${HOURS_PER_YEAR} values, got ${dryBulbC.length}`);
  const capMMBtu = new Float64Array(HOURS_PER_YEAR).fill(supply.pipelineMMBtuPerHour);
  const days = gasDaysOf(supply);
  if (supply.service !== 'interruptible') return { capMMBtu, interruptedDays: 0, firstInterruptedHour: null, days };
  const cut = interruptedHours(days, dryBulbC, supply.interruptBelowC);
  for (let h = 0; h < HOURS_PER_YEAR; h++) if (cut.hours[h] === 1) capMMBtu[h] = 0;
  return { capMMBtu, interruptedDays: cut.days, firstInterruptedHour: cut.firstHour, days };
}

/**
 * The hours interruptible transport is cut: every hour (1) of each gas day of `days` whose coldest
 * hour is below `belowC`. One rule for the dispatch (pipelineHourlyCap) and the sizing LP's
 * pipeline rows (optimize/families/fuel.ts), so both cut the same days.
 */
export function interruptedHours(days: GasDays, dryBulbC: Float64Array, belowC: number): { hours: Uint8Array; days: number; firstHour: number | null } {
  const hours = new Uint8Array(HOURS_PER_YEAR);
  let count = 0;
  let firstHour: number | null = null;
  for (let d = 0; d < days.startHours.length; d++) {
    const start = days.startHours[d] ?? 0;
    const end = days.startHours[d + 1] ?? HOURS_PER_YEAR;
    let coldest = Infinity;
    for (let h = start; h < end; h++) coldest = Math.min(coldest, dryBulbC[h] ?? Infinity);
    if (!(coldest < belowC)) continue;
    hours.fill(1, start, end);
    count++;
    firstHour ??= start;
  }
  return { hours, days: count, firstHour };
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
  if (supply.distillate !== undefined && !(supply.distillate.tankMMBtu >= 0 && Number.isFinite(supply.distillate.tankMMBtu))) throw new Error(`fuel.distillateHoursAtFullLoad: the tank must be a finite number ≥ 0 MMBtu, got ${supply.distillate.tankMMBtu}`);
  const refill = supply.distillate?.refillMMBtuPerDay;
  if (refill !== undefined && !(refill >= 0)) throw new Error(`fuel.distillateRefillMMBtuPerDay: must be ≥ 0, got ${refill}`);
  if (!Number.isFinite(supply.interruptBelowC)) throw new Error(`fuel.interruptBelowC: must be a finite number, got ${supply.interruptBelowC}`);
}
