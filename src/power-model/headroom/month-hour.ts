import type { PreparedHeadroom } from './analyse';
import { curtailedMW, isCurtailed } from './curtailment';

/** A span of a prepared series: hours [start, end). */
export type HourSpan = { start: number; end: number };

/**
 * Curtailed hours of a constant new load of `newLoadMW` by month and hour of day, over the hours
 * of `span`: `countsHours[month][hourOfDay]` (month 0 = January, hour 0 = midnight to 1 am), in the
 * series' local standard time (the clock its seasons are read in). An hour counts when any of the
 * new load is curtailed in it (`isCurtailed`, the same test as the curtailment figures), so the
 * 288 cells add up to the span's curtailed hours.
 */
export function curtailedHoursByMonthHour(p: PreparedHeadroom, span: HourSpan, newLoadMW: number): number[][] {
  const counts = Array.from({ length: 12 }, () => new Array<number>(24).fill(0));
  const { month, firstHourOfDay } = p.calendar;
  for (let i = span.start; i < span.end; i++) {
    if (!isCurtailed(curtailedMW(p.roomMW[i] ?? 0, newLoadMW), newLoadMW)) continue;
    const row = counts[month[i] ?? 0];
    if (row) row[(firstHourOfDay + i) % 24] = (row[(firstHourOfDay + i) % 24] ?? 0) + 1;
  }
  return counts;
}
