import { HOURS_PER_YEAR } from '../../hours';
import { selectRepresentativeDays, type RepresentativeDay } from '../representative-days';
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

/**
 * The full year (one period of 8760 hours, weight 1) or k representative days (24-hour periods
 * weighted by the days each stands for, chosen on load, solar and price: representative-days.ts).
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
    const selection = selectRepresentativeDays(series, input.timeResolution.days, input.timeResolution.seed ?? 1);
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
