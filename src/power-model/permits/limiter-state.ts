import type { GasDays } from '../fuel/gas-day';
import type { GasSupply } from '../fuel/gas-supply';
import type { ThermalBlock } from '../thermal/fleet';
import type { PermitLimits } from './limits';

// The limiter's inputs and running state, apart from the hourly rules that move it (limiter.ts):
// dispatch/span.ts copies this state to resume a dispatch mid-year.

/**
 * What limits the thermal fleet's burn in a year's dispatch (DispatchInput.limits); each part optional.
 * `openHours`: hours in which the fleet may run at all (1) or is held back to save its budgets for
 * other hours (0), from permits/reservation.ts; absent = every hour open.
 * `record`: per-hour use to fill in (reservation's first pass); absent = not recorded.
 */
export type ThermalLimits = { permits?: PermitLimits; gas?: GasSupply; dryBulbC: Float64Array; openHours?: Uint8Array; record?: LimitUseRecord };

/**
 * Per-hour use of the budgets: `unitHours[h × blocks + b]` units of block b committed in hour h,
 * `noxLb[h]`, `coLb[h]`, `co2Kg[h]` of the whole fleet.
 */
export type LimitUseRecord = { unitHours: Float64Array; noxLb: Float64Array; coLb: Float64Array; co2Kg: Float64Array };

/** Kinds of limit the limiter counts binding hours for. */
export const HOURS = 0;
export const NOX = 1;
export const CO = 2;
export const CO2 = 3;
export const GAS = 4;
export const KINDS = 5;

/**
 * The running state of the limits over one year, made once before the hourly loop (typed arrays
 * and numbers; nothing is allocated per hour). Budgets left are in lb (NOx, CO), kg (CO2),
 * unit-hours (per block) and MMBtu (pipeline this hour and this day, storage); Infinity = no limit.
 */
export type ThermalLimiter = {
  blocks: readonly ThermalBlock[];
  noxLbPerMMBtu: Float64Array;
  coLbPerMMBtu: Float64Array;
  unitHoursLeft: Float64Array;
  unitHoursUsed: Float64Array;
  unitsAllowed: Float64Array;
  left: Float64Array;
  pipeCapMMBtu: Float64Array | null;
  /** The gas days the daily quantity and the refill follow (fuel/gas-day.ts); null without a gas supply. */
  gasDays: GasDays | null;
  pipeHourLeft: number;
  pipeHourStart: number;
  pipeDayLeft: number;
  pipeMMBtu: number;
  pipeDayMMBtu: number;
  peakDayMMBtu: number;
  storageLeft: number;
  storageDrawnMMBtu: number;
  storageLowestMMBtu: number;
  storageFirstEmptyHour: number;
  /** Distillate (dual fuel): 1 for a block that can burn it, its NOx and CO per MMBtu, what is left in the tank, burned per block. */
  distCan: Uint8Array;
  distNoxLbPerMMBtu: Float64Array;
  distCoLbPerMMBtu: Float64Array;
  distCo2KgPerMMBtu: number;
  distLeft: number;
  distTankMMBtu: number;
  distRefillMMBtuPerDay: number;
  /** Distillate trucked back in (MMBtu) and the gas days a truck delivery came (the tank was below full). */
  distRefilledMMBtu: number;
  distRefillDays: number;
  distByBlockMMBtu: Float64Array;
  /**
   * Units of each block that can burn distillate when only some carry a kit (0 = no limit beyond
   * the tank: every online unit can), and the distillate each block has burned this hour, MMBtu.
   */
  distUnits: Float64Array;
  distHourByBlockMMBtu: Float64Array;
  distFirstBurnHour: number;
  /** Distillate burned this hour, MMBtu, and the CO2 it adds over the same MMBtu of gas, kg (the dispatch prices both). */
  hourDistMMBtu: number;
  hourDistCo2DeltaKg: number;
  distCo2Kg: number;
  /**
   * Pipeline gas held for the blocks that cannot burn distillate (gas-only), MMBtu: what they are
   * still to burn this gas day (`reserveDayMMBtu`, this hour included) and this hour
   * (`reserveHourMMBtu`). A dual-fuel block draws the pipeline beyond the reserve first, then
   * storage, then distillate, and the reserved gas only last. 0 (the default, the strategies'
   * dispatch) = no reserve; followSchedule sets it from the schedule (reserveGasForGasOnly).
   */
  reserveDayMMBtu: number;
  reserveHourMMBtu: number;
  /** Lowest distillate level over the year, MMBtu (the tank size less the deepest draw-down). */
  distLowestMMBtu: number;
  bound: Uint8Array;
  open: boolean;
  closedHours: number;
  hourUse: Float64Array;
  openHours: Uint8Array | null;
  record: LimitUseRecord | null;
  bindingHours: Float64Array;
  firstBindingHour: Float64Array;
  interruptedDays: number;
  firstInterruptedHour: number | null;
};
