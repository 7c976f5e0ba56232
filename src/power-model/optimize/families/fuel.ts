import { gasDaysFor } from '../../fuel/gas-day';
import { HOURS_PER_YEAR } from '../../hours';
import type { SizingInput, SizingThermalTechnology } from '../types';
import type { DistillateColumns } from './distillate';
import type { GasStorageColumns } from './gas-storage';
import type { HourlyColumns } from './hourly-columns';
import { fuelMMBtuPerMWh } from './permits';
import type { RowWriter } from './row-writer';
import type { Period } from './time-structure';

/**
 * One day of the daily pipeline quantity in the LP: its modelled hours `first` … `first + hours − 1`
 * and the share of the daily quantity it gets (a year's first, partial gas day gets its share).
 */
export type FuelDay = { first: number; hours: number; fraction: number };

/**
 * The days the LP's daily pipeline rows cover. The full year: the gas days of `fuel.clock`
 * (fuel/gas-day.ts gasDaysFor — the same function, so the same boundaries and shares, as the
 * dispatch's limiter: NAESB 9:00–9:00 Central with a clock, calendar days without). A
 * representative day: its own 24 hours, standing for a gas day (a day's hours cannot be split
 * between two gas days that are not modelled; the re-check's dispatch counts the real ones).
 */
export function fuelDays(input: SizingInput, periods: readonly Period[]): FuelDay[] {
  const days: FuelDay[] = [];
  let i = 0;
  for (const period of periods) {
    if (period.hours === HOURS_PER_YEAR) {
      const gas = gasDaysFor(input.fuel?.clock);
      gas.startHours.forEach((start, d) => days.push({ first: i + start, hours: (gas.startHours[d + 1] ?? HOURS_PER_YEAR) - start, fraction: gas.fraction[d] ?? 1 }));
    } else {
      for (let start = 0; start < period.hours; start += 24) days.push({ first: i + start, hours: Math.min(24, period.hours - start), fraction: 1 });
    }
    i += period.hours;
  }
  return days;
}

/** The year hour of each modelled hour of `periods`, in order. */
export function yearHoursOf(periods: readonly Period[]): Int32Array {
  const out = new Int32Array(periods.reduce((sum, p) => sum + p.hours, 0));
  let i = 0;
  for (const p of periods) for (let k = 0; k < p.hours; k++) out[i++] = p.firstYearHour + k;
  return out;
}

/** MMBtu per MWh technology t burns in modelled hour i: HR_t/1000 × its hour's heat-rate fraction (1 without one). */
export function burnMMBtuPerMWh(t: SizingThermalTechnology, yearHour: number): number {
  return fuelMMBtuPerMWh(t) * (t.heatRateFractionByHour?.[yearHour] ?? 1);
}

/**
 * Gas deliverability: the pipeline gas the fleet burns, Σ_t HR_{t,i}/1000 · p_{t,i} − Σ_t q_{t,i}
 * MMBtu (HR_{t,i}: the heat rate at the hour's dry-bulb, burnMMBtuPerMWh; q: distillate burned in
 * its place, families/distillate.ts; none without dual fuel), is at most the pipeline's hourly
 * quantity in every modelled hour, and over every gas day (fuelDays) at most its daily quantity ×
 * the day's share. Interruptible service (`pipelineCutHours`): in a cut hour the pipeline delivers
 * nothing (≤ 0, whatever the hourly quantity), and a day's quantity shrinks to its uncut hours'
 * share (a full-year gas day is cut whole, so 0 or all of it; a representative day may straddle
 * two gas days). Gas drawn from an on-site tank (g_i, families/gas-storage.ts) is not pipeline gas.
 */
export function fuelRows(writer: RowWriter, input: SizingInput, hourly: HourlyColumns, periods: readonly Period[], distillate?: DistillateColumns, storage?: GasStorageColumns): void {
  const fuel = input.fuel;
  if (fuel === undefined || input.thermal.length === 0) return;
  const yearHour = yearHoursOf(periods);
  const gasTerms = (i: number): void => {
    hourly.thermalHour.forEach((hours, t) => {
      const technology = input.thermal[t];
      if (technology !== undefined) writer.term(hours[i] ?? -1, burnMMBtuPerMWh(technology, yearHour[i] ?? 0));
    });
    for (const hours of distillate?.burnHour ?? []) writer.term(hours[i] ?? -1, -1);
    if (storage !== undefined && storage.tankMMBtu >= 0) writer.term(storage.drawHour[i] ?? -1, -1);
  };
  const cutHours = fuel.pipelineCutHours;
  const isCut = (i: number): boolean => cutHours !== undefined && cutHours[yearHour[i] ?? 0] === 1;
  const hourlyLimit = fuel.pipelineMMBtuPerHour;
  const dailyLimit = fuel.pipelineMMBtuPerDay;
  for (const day of fuelDays(input, periods)) {
    let openHours = 0;
    for (let k = 0; k < day.hours; k++) {
      const i = day.first + k;
      const cut = isCut(i);
      if (!cut) openHours++;
      if (hourlyLimit === undefined && !cut) continue;
      gasTerms(i);
      writer.row(-Infinity, cut ? 0 : (hourlyLimit ?? Infinity));
    }
    if (dailyLimit !== undefined && openHours > 0) {
      for (let k = 0; k < day.hours; k++) gasTerms(day.first + k);
      writer.row(-Infinity, (dailyLimit * day.fraction * openHours) / day.hours);
    }
  }
}
