import { HOURS_PER_YEAR } from '../hours';
import type { ThermalLimiter } from '../permits/limiter';
import type { BatteryState } from '../storage/battery';
import type { DispatchFlows, DispatchInput } from './types';

/**
 * What the hourly loop carries from one hour into the next, taken at the start of `hour` (before
 * anything of that hour is dispatched): the battery's state of charge, the permit and fuel budgets
 * left and the tank levels (the limiter, copied), and each thermal block's running totals (so a run
 * resumed from it to the year's end returns the year's totals). Everything else a dispatch reads is
 * its input, or — the economic battery plan — worked out from the input day by day.
 */
export type DispatchState = {
  hour: number;
  batterySocMWh: number;
  limiter: ThermalLimiter | undefined;
  blockEnergyMWh: Float64Array;
  blockFuelMMBtu: Float64Array;
  blockRunHours: Float64Array;
};

/**
 * Which hours a dispatch runs (dispatchYear, followSchedule); all fields optional, none = the
 * whole year from the input's initial state, as before.
 * - `from`: resume at `from.hour` from a state captured by an earlier run (`checkpointHour`) and
 *   run to the year's end. Exact: the flows of hours ≥ from.hour are those a whole-year run of
 *   the same input makes, provided that run would reach the same state at that hour — true when
 *   the state comes from a run whose input is the same up to that hour (and, for the economic
 *   battery plan, which is made day by day, up to the end of that hour's day: take the state at a
 *   day's first hour when the inputs part within that day). The state must come from the same
 *   fleet and limits. Flows are written at index h − from.hour (`out` needs 8760 − from.hour
 *   values).
 * - `hours`: only these hours, ascending, each dispatched on its own — only where no state carries
 *   between hours (no battery, no limits; refused otherwise), so each hour's flows are exactly a
 *   whole-year run's. Flows are written at each hour's position in the list.
 * - `checkpointHour`: capture the state at the start of this hour (0–8760; 8760 = after the last
 *   hour) into the result's `checkpoint`.
 * - `stopWhenSame`: stop at the first hour h ≥ `afterHour` whose starting battery state of charge
 *   equals `batterySocMWh[h − 1]` (a reference run's end-of-hour state, `flows.batterySocMWh`) to
 *   the last bit: when the input is the same as the reference's from `afterHour` on (for the
 *   economic plan, from a day's first hour), every later hour is then the reference's, hour for
 *   hour. Only without limits (a budget's state is not in the flows). The result's `toHour` says
 *   where the run stopped; its block totals run to there.
 */
export type DispatchSpan = {
  from?: DispatchState;
  hours?: Int32Array;
  checkpointHour?: number;
  stopWhenSame?: { afterHour: number; batterySocMWh: Float64Array };
};

/** The hours a span walks: `count` of them, hour `fromHour + i`, or `list[i]` for a list. */
export type SpanWalk = { fromHour: number; count: number; list: Int32Array | undefined };

/** Checks a span against its input and output, naming the problem; returns the hours to walk. */
export function spanWalk(span: DispatchSpan, input: DispatchInput, out: DispatchFlows | undefined): SpanWalk {
  const { from, hours, checkpointHour, stopWhenSame } = span;
  if (from !== undefined && hours !== undefined) throw new Error('dispatch span: give either from or hours, not both');
  if (checkpointHour !== undefined && !(Number.isInteger(checkpointHour) && checkpointHour >= 0 && checkpointHour <= HOURS_PER_YEAR)) throw new Error(`dispatch span: checkpointHour must be a whole hour from 0 to ${HOURS_PER_YEAR}, got ${checkpointHour}`);
  if (stopWhenSame !== undefined) {
    if (input.limits !== undefined) throw new Error('dispatch span: stopWhenSame compares the battery alone; it cannot be used with limits');
    if (stopWhenSame.batterySocMWh.length !== HOURS_PER_YEAR) throw new Error(`dispatch span: stopWhenSame.batterySocMWh must have ${HOURS_PER_YEAR} values, got ${stopWhenSame.batterySocMWh.length}`);
  }
  let walk: SpanWalk = { fromHour: 0, count: HOURS_PER_YEAR, list: undefined };
  if (from !== undefined) {
    if (!(Number.isInteger(from.hour) && from.hour >= 0 && from.hour <= HOURS_PER_YEAR)) throw new Error(`dispatch span: from.hour must be a whole hour from 0 to ${HOURS_PER_YEAR}, got ${from.hour}`);
    if ((from.limiter === undefined) !== (input.limits === undefined)) throw new Error('dispatch span: the state must come from a run with the same limits (one has a limiter, the other none)');
    if (from.blockEnergyMWh.length !== input.thermal.length) throw new Error(`dispatch span: the state has ${from.blockEnergyMWh.length} thermal blocks, the input ${input.thermal.length}`);
    walk = { fromHour: from.hour, count: HOURS_PER_YEAR - from.hour, list: undefined };
  } else if (hours !== undefined) {
    if (input.limits !== undefined || (input.battery.powerMW > 0 && input.battery.energyMWh > 0)) throw new Error('dispatch span: a list of hours needs hours that carry no state (no battery, no limits)');
    if (checkpointHour !== undefined || stopWhenSame !== undefined) throw new Error('dispatch span: a list of hours takes no checkpoint and no stop');
    for (let i = 0; i < hours.length; i++) {
      const h = hours[i] ?? -1;
      if (!(h >= 0 && h < HOURS_PER_YEAR) || (i > 0 && h <= (hours[i - 1] ?? -1))) throw new Error(`dispatch span: hours must be ascending model hours (0–${HOURS_PER_YEAR - 1}); hours[${i}] is ${h}`);
    }
    walk = { fromHour: 0, count: hours.length, list: hours };
  }
  if (out !== undefined && out.gridToLoadMW.length < walk.count) throw new Error(`dispatch span: the output holds ${out.gridToLoadMW.length} hours, the span ${walk.count}`);
  return walk;
}

/** The state at the start of `hour` (copies: the run goes on changing its own). */
export function captureState(hour: number, battery: BatteryState, limiter: ThermalLimiter | undefined, energyMWh: Float64Array, fuelMMBtu: Float64Array, runHours: Float64Array): DispatchState {
  return { hour, batterySocMWh: battery.socMWh, limiter: limiter === undefined ? undefined : copyLimiter(limiter), blockEnergyMWh: energyMWh.slice(), blockFuelMMBtu: fuelMMBtu.slice(), blockRunHours: runHours.slice() };
}

/**
 * A limiter whose running state is its own: every typed array copied, every plain object
 * (gas days, the reservation's record) copied the same way, numbers by value; arrays of blocks and
 * other references shared (the run only reads them). Generic over the fields, so a budget added to
 * the limiter later is carried without a change here.
 */
export function copyLimiter(limiter: ThermalLimiter): ThermalLimiter {
  return copyPlain(limiter);
}

function copyPlain<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = copyField(field);
  return copy as T;
}

function copyField(field: unknown): unknown {
  if (ArrayBuffer.isView(field) && !(field instanceof DataView)) return (field as Float64Array).slice();
  if (field !== null && typeof field === 'object' && Object.getPrototypeOf(field) === Object.prototype) return copyPlain(field);
  return field;
}
