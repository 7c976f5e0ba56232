import type { SystemLoadSeries } from '../system-load/types';
import { hourCalendar, HOURS_PER_MEAN_YEAR, type HourCalendar } from './calendar';
import { curtailmentFigures } from './curtailment';
import { roomMW, servableLevels } from './servable';
import { checkCurtailmentPct, headroomMW, sortRoom, type SortedRoom } from './solve';
import { HeadroomInputError, type HeadroomCurvePoint, type HeadroomFigures, type ServableLevels, type SystemHeadroom, type YearHeadroom } from './types';

/** A series made ready for any number of limits: calendar, servable levels, hourly room, sorted once. */
export type PreparedHeadroom = {
  seriesId: string;
  calendar: HourCalendar;
  servable: ServableLevels;
  roomMW: Float64Array;
  all: SortedRoom;
  /** Sorted room of each whole calendar year, sorted on first use. */
  byYear: Map<number, SortedRoom>;
};

/**
 * Prepares a system load for headroom analysis. Months and years are read in the series' tariff
 * clock's standard time (ERCOT: UTC−6), the clock the balancing authority reports its seasons in.
 */
export function prepareHeadroom(series: SystemLoadSeries): PreparedHeadroom {
  const calendar = hourCalendar(series.firstHourUtcMs, series.loadMW.length, series.clock.standardUtcOffsetHours);
  const servable = servableLevels(series.loadMW, calendar.season);
  const room = roomMW(series.loadMW, calendar.season, servable);
  return { seriesId: series.id, calendar, servable, roomMW: room, all: sortRoom(room), byYear: new Map() };
}

function yearRoom(p: PreparedHeadroom, year: { year: number; start: number; end: number }): SortedRoom {
  let sorted = p.byYear.get(year.year);
  if (!sorted) {
    sorted = sortRoom(p.roomMW, year.start, year.end);
    p.byYear.set(year.year, sorted);
  }
  return sorted;
}

/** Headroom and its curtailment over the whole series at one limit. */
export function allYearsHeadroom(p: PreparedHeadroom, curtailmentPct: number): HeadroomFigures {
  const hours = p.roomMW.length;
  return curtailmentFigures(p.roomMW, p.calendar.season, { start: 0, end: hours, years: hours / HOURS_PER_MEAN_YEAR }, headroomMW(p.all, curtailmentPct), curtailmentPct);
}

/**
 * Headroom of each calendar year the series holds whole: the servable levels of the whole series
 * (the system was planned for its highest realised peaks), the limit applied to that year's
 * potential energy alone. `onlyYear` keeps one year, or throws naming `year` and the years held.
 */
export function yearlyHeadroom(p: PreparedHeadroom, curtailmentPct: number, onlyYear?: number): YearHeadroom[] {
  checkCurtailmentPct(curtailmentPct);
  const years = onlyYear === undefined ? p.calendar.wholeYears : p.calendar.wholeYears.filter((y) => y.year === onlyYear);
  if (onlyYear !== undefined && years.length === 0) {
    const held = p.calendar.wholeYears.map((y) => y.year);
    throw new HeadroomInputError('year', `${p.seriesId} does not hold ${onlyYear} whole; it holds ${held.length > 0 ? held.join(', ') : 'no whole calendar year'}`);
  }
  return years.map((y) => ({
    year: y.year,
    ...curtailmentFigures(p.roomMW, p.calendar.season, { start: y.start, end: y.end, years: 1 }, headroomMW(yearRoom(p, y), curtailmentPct), curtailmentPct),
  }));
}

/** Curtailment-enabled headroom of a system at one limit: over all its hours and year by year. */
export function systemHeadroom(series: SystemLoadSeries, curtailmentPct: number): SystemHeadroom {
  const p = prepareHeadroom(series);
  return { seriesId: series.id, servable: p.servable, allYears: allYearsHeadroom(p, curtailmentPct), years: yearlyHeadroom(p, curtailmentPct) };
}

/** Headroom against curtailment limit over the whole series: one exact solve and one pass over the hours per limit. */
export function headroomCurve(p: PreparedHeadroom, curtailmentPcts: readonly number[]): HeadroomCurvePoint[] {
  return curtailmentPcts.map((pct) => {
    const f = allYearsHeadroom(p, pct);
    return { curtailmentPct: pct, headroomMW: f.headroomMW, curtailedHoursPerYear: f.curtailedHoursPerYear, averageEventHours: f.averageEventHours };
  });
}
