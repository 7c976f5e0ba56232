import { DAYS_PER_YEAR, HOURS_PER_YEAR, monthOfHour } from '../hours';
import { sunPathForYear } from '../solar/sun-position';
import { haurwitzGhiWPerM2 } from './clear-sky';
import { splitGhiErbs } from './erbs';
import { Random } from '../random';
import type { MonthlyClimate, WeatherYear } from './types';
import { checkWeatherYear } from './weather-year';

export type SyntheticWeatherInput = {
  latitudeDeg: number;
  longitudeDeg: number;
  utcOffsetHours: number;
  /** Default 0 m. */
  elevationM?: number;
  /** Twelve monthly normals, January first. */
  monthly: MonthlyClimate[];
  /** Any integer; the same seed gives the same year. */
  seed: number;
};

/**
 * Fraction of the daily temperature range below the daily maximum, for each hour of the day
 * (index 0 = 00:00–01:00 local time): ASHRAE Handbook—Fundamentals (2009), ch. 14, Table 6.
 * Minimum (1.00) near 05:00, maximum (0.00) at 14:00–15:00.
 */
export const DIURNAL_RANGE_FRACTION: readonly number[] = [
  0.88, 0.92, 0.95, 0.98, 1.0, 0.98, 0.91, 0.74, 0.55, 0.38, 0.23, 0.13, 0.05, 0.0, 0.0, 0.06, 0.14,
  0.24, 0.39, 0.5, 0.59, 0.68, 0.75, 0.82,
];

/** Standard deviation (°C) and lag-1 autocorrelation of the day-to-day temperature anomaly. */
const ANOMALY_SD_C = 2;
const ANOMALY_LAG1 = 0.7;

/**
 * Synthesizes a deterministic weather year from monthly normals (no file needed).
 *
 * Irradiance: Haurwitz clear-sky GHI at each hour's sun position, times a seeded daily weight
 * w ∈ [1 − a, 1 + a] with a = clamp(1 − r, 0, 0.6), r the month's ratio of normal to clear-sky
 * irradiation (cloudier months vary more; r(1 + a) ≤ 1 keeps days at or under clear sky), then
 * scaled per month so the month's mean daily GHI equals `ghiKWhPerM2Day` exactly. DNI/DHI by
 * Erbs (`erbs.ts`).
 * Temperature: each day runs from Tmin + anomaly (≈05:00) to Tmax + anomaly (14:00–15:00) along
 * the ASHRAE diurnal profile above; the anomaly is a seeded AR(1) series (σ 2 °C, lag-1 0.7)
 * so warm and cool spells last a few days. Monthly normals apply as steps at month boundaries.
 */
export function synthesizeWeather(input: SyntheticWeatherInput): WeatherYear {
  checkInput(input);
  const sun = sunPathForYear(input.latitudeDeg, input.longitudeDeg, input.utcOffsetHours);
  const rng = new Random(input.seed);
  const random = () => rng.nextFloat();

  const clearDailyWhPerM2 = new Float64Array(DAYS_PER_YEAR);
  const ghiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const cs = haurwitzGhiWPerM2(sun.cosZenith[h] ?? 0);
    ghiWPerM2[h] = cs;
    clearDailyWhPerM2[Math.floor(h / 24)] = (clearDailyWhPerM2[Math.floor(h / 24)] ?? 0) + cs;
  }
  const clearMonthWhPerM2 = new Float64Array(12);
  const targetMonthWhPerM2 = new Float64Array(12);
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const m = monthOfHour(d * 24);
    clearMonthWhPerM2[m] = (clearMonthWhPerM2[m] ?? 0) + (clearDailyWhPerM2[d] ?? 0);
    targetMonthWhPerM2[m] = (targetMonthWhPerM2[m] ?? 0) + (input.monthly[m]?.ghiKWhPerM2Day ?? 0) * 1000;
  }
  const dayWeight = new Float64Array(DAYS_PER_YEAR);
  const weightedMonthWhPerM2 = new Float64Array(12);
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const m = monthOfHour(d * 24);
    const ratio = (targetMonthWhPerM2[m] ?? 0) / Math.max(1e-9, clearMonthWhPerM2[m] ?? 0);
    const amplitude = Math.min(0.6, Math.max(0, 1 - ratio));
    const w = 1 + amplitude * (2 * random() - 1);
    dayWeight[d] = w;
    weightedMonthWhPerM2[m] = (weightedMonthWhPerM2[m] ?? 0) + w * (clearDailyWhPerM2[d] ?? 0);
  }
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const m = monthOfHour(h);
    const scale = (targetMonthWhPerM2[m] ?? 0) / Math.max(1e-9, weightedMonthWhPerM2[m] ?? 0);
    ghiWPerM2[h] = (ghiWPerM2[h] ?? 0) * (dayWeight[Math.floor(h / 24)] ?? 1) * scale;
  }
  const dniWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dhiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  splitGhiErbs(ghiWPerM2, sun, dniWPerM2, dhiWPerM2);

  const dryBulbC = new Float64Array(HOURS_PER_YEAR);
  let anomalyC = 0;
  const innovationSd = ANOMALY_SD_C * Math.sqrt(1 - ANOMALY_LAG1 * ANOMALY_LAG1);
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    anomalyC = ANOMALY_LAG1 * anomalyC + innovationSd * standardNormal(random);
    const normal = input.monthly[monthOfHour(d * 24)];
    const tMaxC = (normal?.tMaxC ?? 0) + anomalyC;
    const rangeC = (normal?.tMaxC ?? 0) - (normal?.tMinC ?? 0);
    for (let k = 0; k < 24; k++) {
      dryBulbC[d * 24 + k] = tMaxC - (DIURNAL_RANGE_FRACTION[k] ?? 0) * rangeC;
    }
  }

  return checkWeatherYear({
    source: { kind: 'synthetic', label: `synthetic year from monthly normals (seed ${input.seed})` },
    latitudeDeg: input.latitudeDeg,
    longitudeDeg: input.longitudeDeg,
    utcOffsetHours: input.utcOffsetHours,
    elevationM: input.elevationM ?? 0,
    dryBulbC,
    ghiWPerM2,
    dniWPerM2,
    dhiWPerM2,
  });
}

function checkInput(input: SyntheticWeatherInput): void {
  if (!Number.isFinite(input.seed)) throw new RangeError(`seed must be a finite number, got ${input.seed}`);
  if (input.monthly.length !== 12) {
    throw new RangeError(`monthly must hold 12 months of normals, got ${input.monthly.length}`);
  }
  input.monthly.forEach((m, i) => {
    for (const key of ['tMaxC', 'tMinC', 'ghiKWhPerM2Day'] as const) {
      if (!Number.isFinite(m[key])) throw new RangeError(`monthly[${i}].${key} must be a finite number, got ${m[key]}`);
    }
    if (m.tMinC > m.tMaxC) throw new RangeError(`monthly[${i}].tMinC (${m.tMinC}) must not exceed tMaxC (${m.tMaxC})`);
    if (m.ghiKWhPerM2Day < 0 || m.ghiKWhPerM2Day > 12) {
      throw new RangeError(`monthly[${i}].ghiKWhPerM2Day must be between 0 and 12, got ${m.ghiKWhPerM2Day}`);
    }
  });
}

/** Approximately standard-normal draw: the sum of 12 uniforms minus 6 (mean 0, variance 1). */
function standardNormal(random: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}
