import { HOURS_PER_YEAR, MONTH_START_DAY, hoursInMonth, monthOfHour } from '../hours';

const peakHoursByWeather = new WeakMap<Float64Array, number[]>();

/** Months whose hottest late-afternoon hour stands in for the system peak (June–September). */
const COINCIDENT_PEAK_MONTHS = [5, 6, 7, 8] as const;

/**
 * The hours standing in for the system's coincident peaks, a 4CP proxy: in each of June to
 * September, the hour between 15:00 and 19:00 local with the highest dry-bulb temperature
 * (summer peaks follow heat; ERCOT's 4CP hours fall in these months at these hours).
 */
export function coincidentPeakHours(dryBulbC: Float64Array): number[] {
  // A weather year's temperatures never change once parsed: the hours are worked out once per array.
  const cached = peakHoursByWeather.get(dryBulbC);
  if (cached) return [...cached];
  const best = new Map<number, { hour: number; tempC: number }>();
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hourOfDay = h % 24;
    if (hourOfDay < 15 || hourOfDay >= 19) continue;
    const month = monthOfHour(h);
    if (!COINCIDENT_PEAK_MONTHS.some((m) => m === month)) continue;
    const tempC = dryBulbC[h] ?? -Infinity;
    const current = best.get(month);
    if (!current || tempC > current.tempC) best.set(month, { hour: h, tempC });
  }
  const hours = COINCIDENT_PEAK_MONTHS.map((m) => best.get(m)?.hour ?? 0);
  peakHoursByWeather.set(dryBulbC, hours);
  return [...hours];
}

/**
 * The billing quantities of one year of grid import (MW each hour):
 * - energyCostUSD = Σ import × price (USD/MWh).
 * - monthlyPeakMW: the highest hourly import of each month.
 * - billedDemandMW: max(monthly peak, minimumDemandFraction × contractMW) per month, the
 *   minimum-demand clause of large-load tariffs.
 * - coincidentPeakMW: mean import over the coincident-peak hours.
 */
export type GridBillQuantities = {
  energyMWh: number;
  energyCostUSD: number;
  peakMW: number;
  monthlyPeakMW: number[];
  billedDemandMW: number[];
  billedDemandAvgMW: number;
  coincidentPeakMW: number;
};

export function gridBillQuantities(
  gridImportMW: Float64Array,
  priceUSDPerMWh: Float64Array,
  peakHours: number[],
  contractMW: number,
  minimumDemandFraction: number,
): GridBillQuantities {
  const monthlyPeakMW = new Array<number>(12).fill(0);
  let energyMWh = 0;
  let energyCostUSD = 0;
  // Month by month over hour ranges: no per-hour month lookup in this hot loop.
  for (let month = 0; month < 12; month++) {
    const start = (MONTH_START_DAY[month] ?? 0) * 24;
    const end = start + hoursInMonth(month);
    let monthPeak = 0;
    for (let h = start; h < end; h++) {
      const mw = gridImportMW[h] ?? 0;
      energyMWh += mw;
      energyCostUSD += mw * (priceUSDPerMWh[h] ?? 0);
      if (mw > monthPeak) monthPeak = mw;
    }
    monthlyPeakMW[month] = monthPeak;
  }
  const floorMW = minimumDemandFraction * contractMW;
  const billedDemandMW = monthlyPeakMW.map((p) => Math.max(p, floorMW));
  const coincidentPeakMW = peakHours.length === 0 ? 0 : peakHours.reduce((sum, h) => sum + (gridImportMW[h] ?? 0), 0) / peakHours.length;
  return {
    energyMWh,
    energyCostUSD,
    peakMW: Math.max(...monthlyPeakMW),
    monthlyPeakMW,
    billedDemandMW,
    billedDemandAvgMW: billedDemandMW.reduce((a, b) => a + b, 0) / 12,
    coincidentPeakMW,
  };
}
