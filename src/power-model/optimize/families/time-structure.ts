import { HOURS_PER_YEAR } from '../../hours';
import { selectRepresentativeDays, type KeptDays, type RepresentativeDay } from '../representative-days';
import type { SizingInput } from '../types';

/** A run of consecutive modelled hours with its own cyclic battery state: the year, or one day. */
export type Period = { firstYearHour: number; hours: number; weight: number };

/** Which hours of the year the LP models, and what each stands for. */
export type TimeStructure = {
  periods: Period[];
  representativeDays: RepresentativeDay[] | null;
  /** Weight (days represented) and year hour of each modelled hour. */
  hourWeight: Float64Array;
  yearHourOf: Int32Array;
  /** The modelled hour that stands for a year hour. */
  modelIndexOfYearHour: (hour: number) => number;
};

/** First calendar day (0-based, 365-day year) of each meteorological season: March, June, September, December. */
const SEASON_START_DAYS = [59, 151, 243, 334] as const;

/** Cut hours that make a calendar day a cut day for the representative days: most of it. */
const CUT_DAY_HOURS = 12;

/**
 * The days the representative days must keep because an interruptible cut binds there: per
 * meteorological season (Dec–Feb, Mar–May, Jun–Aug, Sep–Nov), the calendar day with the most load
 * in cut hours (MWh) stands for every day of the season cut for most of its hours (≥ 12 h; a cut
 * gas day, 9:00 to 9:00 Central, spans two calendar days, so this counts it about once), worst
 * season first. k-means on load and solar shapes does not see the cuts: without this the LP may
 * plan on the pipeline through every cold snap, or see a mild cut day only. The worst day standing
 * for the others makes the LP's fuel on cut days conservative.
 */
export function worstCutDayPerSeason(cutHours: Uint8Array, loadMW: Float64Array): KeptDays[] {
  const best = new Map<number, { day: number; mwh: number; members: number[] }>();
  for (let day = 0; day * 24 < Math.min(cutHours.length, HOURS_PER_YEAR); day++) {
    let mwh = 0;
    let hours = 0;
    for (let h = day * 24; h < day * 24 + 24; h++) {
      if (cutHours[h] !== 1) continue;
      mwh += loadMW[h] ?? 0;
      hours++;
    }
    if (hours === 0) continue;
    const season = SEASON_START_DAYS.filter((start) => day >= start).length % 4;
    const group = best.get(season) ?? { day, mwh, members: [] };
    if (mwh > group.mwh) {
      group.day = day;
      group.mwh = mwh;
    }
    if (hours >= CUT_DAY_HOURS) group.members.push(day);
    best.set(season, group);
  }
  return [...best.values()].sort((a, b) => b.mwh - a.mwh).map((g) => ({ day: g.day, members: g.members }));
}

/**
 * The full year (one period of 8760 hours, weight 1) or k representative days (24-hour periods
 * weighted by the days each stands for, chosen on load, solar and price: representative-days.ts;
 * with interruptible gas, the worst cut day of each season standing for that season's cut days:
 * worstCutDayPerSeason).
 */
export function timeStructure(input: SizingInput): TimeStructure {
  let representativeDays: RepresentativeDay[] | null = null;
  let periods: Period[];
  let modelIndexOfYearHour: (hour: number) => number;
  if (input.timeResolution.kind === 'fullYear') {
    periods = [{ firstYearHour: 0, hours: HOURS_PER_YEAR, weight: 1 }];
    modelIndexOfYearHour = (hour) => hour;
  } else {
    const series = [input.facilityLoadMW];
    if (input.solar !== undefined) series.push(input.solar.outputMWPerMWac);
    const price = input.grid?.energyPriceUSDPerMWh;
    if (price instanceof Float64Array) series.push(price);
    const keep = input.fuel?.pipelineCutHours === undefined ? [] : worstCutDayPerSeason(input.fuel.pipelineCutHours, input.facilityLoadMW);
    const selection = selectRepresentativeDays(series, input.timeResolution.days, input.timeResolution.seed ?? 1, keep);
    representativeDays = selection.days;
    periods = selection.days.map((d) => ({ firstYearHour: d.day * 24, hours: 24, weight: d.weightDays }));
    modelIndexOfYearHour = (hour) => (selection.representativeOfDay[Math.floor(hour / 24)] ?? 0) * 24 + (hour % 24);
  }
  const modelledHours = periods.reduce((sum, p) => sum + p.hours, 0);
  const hourWeight = new Float64Array(modelledHours);
  const yearHourOf = new Int32Array(modelledHours);
  let i = 0;
  for (const period of periods) {
    for (let k = 0; k < period.hours; k++, i++) {
      hourWeight[i] = period.weight;
      yearHourOf[i] = period.firstYearHour + k;
    }
  }
  return { periods, representativeDays, hourWeight, yearHourOf, modelIndexOfYearHour };
}
