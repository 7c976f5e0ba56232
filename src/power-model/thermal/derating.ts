import { HOURS_PER_YEAR } from '../hours';

/**
 * One point of a technology's ambient correction curve: at compressor-inlet (dry-bulb) `tempC`,
 * output and heat rate as fractions of their ISO rating (15 °C, sea level, 60% RH).
 */
export type AmbientDeratingPoint = { tempC: number; outputFraction: number; heatRateFraction: number };

/**
 * Altitude correction: output falls by `outputLossPer300m` (a fraction) for every 300 m above
 * `ratedToElevationM`. Heat rate is left alone: a gas turbine's efficiency does not depend on
 * ambient pressure to first order, only its mass flow (GE GER-3567H, "GE Gas Turbine Performance
 * Characteristics", 2000).
 */
export type AltitudeDerating = { outputLossPer300m: number; ratedToElevationM: number };

/** A technology's correction against ambient and altitude; absent on a technology = no derating. */
export type ThermalDerating = { ambient: readonly AmbientDeratingPoint[]; altitude: AltitudeDerating };

/** ISO rating temperature, °C: where every curve reads 1.0. */
export const ISO_TEMP_C = 15;

/**
 * Rank of the hour whose dry-bulb is the 0.4% design temperature: the value exceeded in 0.4% of
 * the 8760 hours of a year (ASHRAE Handbook—Fundamentals, ch. 14, "Climatic Design Information":
 * the 0.4% annual cooling dry-bulb), 0.004 × 8760 = 35.04, so the 35th-hottest hour.
 */
export const DESIGN_HOUR_RANK = 35;

/**
 * The curve at `tempC`: piecewise-linear between the points, held flat beyond the first and the
 * last (a correction is never extrapolated past what its source shows).
 */
export function ambientCorrection(points: readonly AmbientDeratingPoint[], tempC: number): { outputFraction: number; heatRateFraction: number } {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return { outputFraction: 1, heatRateFraction: 1 };
  if (tempC <= first.tempC) return { outputFraction: first.outputFraction, heatRateFraction: first.heatRateFraction };
  if (tempC >= last.tempC) return { outputFraction: last.outputFraction, heatRateFraction: last.heatRateFraction };
  let i = 1;
  while (i < points.length - 1 && (points[i]?.tempC ?? Infinity) < tempC) i++;
  const a = points[i - 1] ?? first;
  const b = points[i] ?? last;
  const t = (tempC - a.tempC) / (b.tempC - a.tempC);
  return { outputFraction: a.outputFraction + t * (b.outputFraction - a.outputFraction), heatRateFraction: a.heatRateFraction + t * (b.heatRateFraction - a.heatRateFraction) };
}

/** Output fraction at `elevationM`: 1 − loss × max(0, elevation − rated) ÷ 300 m, never below 0. */
export function altitudeOutputFraction(altitude: AltitudeDerating, elevationM: number): number {
  return Math.max(0, 1 - (altitude.outputLossPer300m * Math.max(0, elevationM - altitude.ratedToElevationM)) / 300);
}

/**
 * The 0.4% design dry-bulb of a weather year, °C: the DESIGN_HOUR_RANK-th hottest hour (35th of
 * 8760). A shorter series uses the same rank, clamped to its length.
 */
export function designDryBulbC(dryBulbC: ArrayLike<number>, rank: number = DESIGN_HOUR_RANK): number {
  if (dryBulbC.length === 0) throw new Error('design dry-bulb: the weather year has no hours');
  const sorted = Float64Array.from(dryBulbC).sort();
  const index = Math.max(0, sorted.length - Math.min(rank, sorted.length));
  return sorted[index] ?? Number.NaN;
}

/** Output and heat-rate fractions of one technology at one temperature and elevation. */
export function deratingAt(derating: ThermalDerating | undefined, tempC: number, elevationM: number): { outputFraction: number; heatRateFraction: number } {
  if (derating === undefined) return { outputFraction: 1, heatRateFraction: 1 };
  const ambient = ambientCorrection(derating.ambient, tempC);
  return { outputFraction: ambient.outputFraction * altitudeOutputFraction(derating.altitude, elevationM), heatRateFraction: ambient.heatRateFraction };
}

/** Hourly output and heat-rate fractions of a technology over a weather year (8760 values each). */
export type HourlyDerating = { outputFraction: Float64Array; heatRateFraction: Float64Array };

/**
 * Fractions already worked out, by derating curve, weather year and elevation: every simulation
 * of a site builds its fleet again (a tenth of a simulation went here), and all three inputs are
 * read, never written, as are the fractions returned.
 */
const deratingCache = new WeakMap<ThermalDerating, WeakMap<Float64Array, Map<number, HourlyDerating>>>();

/**
 * The technology's fractions every hour of `dryBulbC` at `elevationM`; undefined when the
 * technology carries no derating (the dispatch then runs it at its rating, as before). The arrays
 * are shared between callers (cached): read them, never write.
 */
export function hourlyDerating(derating: ThermalDerating | undefined, dryBulbC: Float64Array, elevationM: number): HourlyDerating | undefined {
  if (derating === undefined) return undefined;
  if (dryBulbC.length !== HOURS_PER_YEAR) throw new Error(`derating: dryBulbC must have ${HOURS_PER_YEAR} values, got ${dryBulbC.length}`);
  let byWeather = deratingCache.get(derating);
  if (byWeather === undefined) deratingCache.set(derating, (byWeather = new WeakMap()));
  let byElevation = byWeather.get(dryBulbC);
  if (byElevation === undefined) byWeather.set(dryBulbC, (byElevation = new Map()));
  let fractions = byElevation.get(elevationM);
  if (fractions === undefined) byElevation.set(elevationM, (fractions = computeHourlyDerating(derating, dryBulbC, elevationM)));
  return fractions;
}

function computeHourlyDerating(derating: ThermalDerating, dryBulbC: Float64Array, elevationM: number): HourlyDerating {
  const altitude = altitudeOutputFraction(derating.altitude, elevationM);
  const outputFraction = new Float64Array(HOURS_PER_YEAR);
  const heatRateFraction = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const c = ambientCorrection(derating.ambient, dryBulbC[h] ?? ISO_TEMP_C);
    outputFraction[h] = c.outputFraction * altitude;
    heatRateFraction[h] = c.heatRateFraction;
  }
  return { outputFraction, heatRateFraction };
}

/** Refuses a curve that cannot be interpolated, naming the field. */
export function validateDerating(derating: ThermalDerating, owner: string): void {
  const bad = (field: string, problem: string): never => {
    throw new Error(`${owner}: derating.${field} ${problem}`);
  };
  if (derating.ambient.length === 0) bad('ambient', 'must list at least one point');
  derating.ambient.forEach((p, i) => {
    if (!Number.isFinite(p.tempC)) bad(`ambient.${i}.tempC`, 'must be a finite number');
    if (i > 0 && !(p.tempC > (derating.ambient[i - 1]?.tempC ?? -Infinity))) bad(`ambient.${i}.tempC`, 'must be above the previous point (ascending temperatures)');
    if (!(p.outputFraction > 0 && p.outputFraction <= 2)) bad(`ambient.${i}.outputFraction`, 'must be in (0, 2]');
    if (!(p.heatRateFraction > 0 && p.heatRateFraction <= 2)) bad(`ambient.${i}.heatRateFraction`, 'must be in (0, 2]');
  });
  if (!(derating.altitude.outputLossPer300m >= 0 && derating.altitude.outputLossPer300m < 1)) bad('altitude.outputLossPer300m', 'must be in [0, 1)');
  if (!(derating.altitude.ratedToElevationM >= 0)) bad('altitude.ratedToElevationM', 'must be ≥ 0');
}
