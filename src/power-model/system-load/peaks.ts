import { DAYS_PER_YEAR, HOURS_PER_YEAR, monthOfHour } from '../hours';
import type { ModelYearSystemLoad } from './calendar';

/**
 * Coincident-peak rules, each as the tariff defines its hours in the tariff's clock:
 *
 * - `1CP`: the hour of the year's highest system load (PJM's network service peak load for
 *   transmission, MISO's annual peak).
 * - `4CP`: ERCOT: in each of June, July, August and September the interval of the monthly system
 *   peak (16 TAC §25.192(b)(1), https://regulations.justia.com/states/texas/title-16/part-2/chapter-25/subchapter-i/division-1/section-25-192;
 *   ERCOT measures 15-minute intervals, an hourly series gives the hour that holds each).
 * - `5CP`: PJM's peak-load contribution: the five highest daily peaks of June–September, each on a
 *   different day (PJM Manual 19, Load Forecasting and Analysis: the five coincident peaks of
 *   the prior summer set each customer's PLC for the next delivery year; Constellation, "PJM's Five
 *   Coincident Peaks: What You Should Know",
 *   https://blogs.constellation.com/energy-management/pjms-five-coincident-peaks-what-you-should-know/).
 * - `12CP`: the hour of each month's system peak, January first (FERC's 12CP test; the PUCT staff's
 *   2026 proposal for ERCOT transmission).
 * - `seasonal`: MISO's Planning Resource Auction has priced four seasons since 2023/24; a load's
 *   obligation follows its demand at MISO's peak in each: summer (June–August), fall
 *   (September–November), winter (December–February), spring (March–May), in that order.
 */
export const COINCIDENT_PEAK_RULES = ['1CP', '4CP', '5CP', '12CP', 'seasonal'] as const;
export type CoincidentPeakRule = (typeof COINCIDENT_PEAK_RULES)[number];

/** One coincident-peak hour: the model hour, the system load then, and its time on the tariff's clock. */
export type PeakHour = { modelHour: number; systemMW: number; tariffMonth: number; tariffDay: number; tariffHourOfDay: number };

const SUMMER_4CP_MONTHS = [5, 6, 7, 8] as const;
const MISO_SEASONS: readonly (readonly number[])[] = [
  [5, 6, 7],
  [8, 9, 10],
  [11, 0, 1],
  [2, 3, 4],
];

/** The hours of `rule` in a system year laid on the model calendar (calendar.ts), in the order the rule lists them. */
export function coincidentPeakHours(year: ModelYearSystemLoad, rule: CoincidentPeakRule): PeakHour[] {
  switch (rule) {
    case '1CP':
      return [maxIn(year, () => true)].filter(isPeak);
    case '4CP':
      return SUMMER_4CP_MONTHS.map((m) => maxIn(year, (month) => month === m)).filter(isPeak);
    case '12CP':
      return Array.from({ length: 12 }, (_, m) => maxIn(year, (month) => month === m)).filter(isPeak);
    case 'seasonal':
      return MISO_SEASONS.map((months) => maxIn(year, (month) => months.includes(month))).filter(isPeak);
    case '5CP':
      return fiveDailyPeaks(year);
  }
}

/** Every rule's hours, computed once per system year (cached on the year object). */
export function allCoincidentPeakHours(year: ModelYearSystemLoad): Record<CoincidentPeakRule, PeakHour[]> {
  const cached = cache.get(year);
  if (cached) return cached;
  const out = {} as Record<CoincidentPeakRule, PeakHour[]>;
  for (const rule of ['1CP', '4CP', '5CP', '12CP', 'seasonal'] satisfies CoincidentPeakRule[]) out[rule] = coincidentPeakHours(year, rule);
  cache.set(year, out);
  return out;
}
const cache = new WeakMap<ModelYearSystemLoad, Record<CoincidentPeakRule, PeakHour[]>>();

function isPeak(p: PeakHour | null): p is PeakHour {
  return p !== null;
}

function peakAt(year: ModelYearSystemLoad, h: number): PeakHour {
  const t = year.tariffHour[h] ?? h;
  const dayOfYear = Math.floor(t / 24);
  return { modelHour: h, systemMW: year.loadMW[h] ?? 0, tariffMonth: monthOfHour(t), tariffDay: dayOfYear, tariffHourOfDay: t - 24 * dayOfYear };
}

/** The model hour of the highest load among hours whose tariff-clock month passes `inMonth`; the first such hour on a tie. */
function maxIn(year: ModelYearSystemLoad, inMonth: (month: number) => boolean): PeakHour | null {
  let best = -1;
  let bestMW = -Infinity;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const t = year.tariffHour[h] ?? h;
    if (t < 0 || t >= HOURS_PER_YEAR || !inMonth(monthOfHour(t))) continue;
    const mw = year.loadMW[h] ?? 0;
    if (mw > bestMW) {
      bestMW = mw;
      best = h;
    }
  }
  return best < 0 ? null : peakAt(year, best);
}

/** PJM 5CP: the peak hour of every tariff-clock day in June–September, the five highest, in time order. */
function fiveDailyPeaks(year: ModelYearSystemLoad): PeakHour[] {
  const dailyBest = new Int32Array(DAYS_PER_YEAR).fill(-1);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const t = year.tariffHour[h] ?? h;
    if (t < 0 || t >= HOURS_PER_YEAR) continue;
    const month = monthOfHour(t);
    if (month < 5 || month > 8) continue;
    const day = Math.floor(t / 24);
    const current = dailyBest[day] ?? -1;
    if (current < 0 || (year.loadMW[h] ?? 0) > (year.loadMW[current] ?? 0)) dailyBest[day] = h;
  }
  const days = Array.from(dailyBest).filter((h) => h >= 0);
  days.sort((a, b) => (year.loadMW[b] ?? 0) - (year.loadMW[a] ?? 0) || a - b);
  return days
    .slice(0, 5)
    .sort((a, b) => a - b)
    .map((h) => peakAt(year, h));
}
