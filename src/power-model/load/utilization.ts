import { HOURS_PER_LEAP_YEAR, HOURS_PER_YEAR } from '../hours';
import { missingCase } from '../missing-case';

export type WorkloadProfile = 'training' | 'inference' | 'mixed';

/**
 * Default mean utilization of installed IT capacity. A running hyperscale campus reaches
 * 80–95 % of capacity, against a fleet average near 50 % (LBNL 2024, as summarised in
 * shared/reference/rate-impact-method.md §1). Training runs flat near the top of that range:
 * 0.9. Inference follows users and idles at night: 0.7, a Stargrid assumption between the two.
 * Mixed: their mean, 0.8.
 */
export const DEFAULT_AVERAGE_UTILIZATION: Readonly<Record<WorkloadProfile, number>> = {
  training: 0.9,
  inference: 0.7,
  mixed: 0.8,
};

/**
 * Relative half-swing of the daily utilization cycle (Stargrid assumption): inference ±20 %
 * around its mean, mixed ±10 %, training flat.
 */
export const DAILY_SWING: Readonly<Record<WorkloadProfile, number>> = {
  training: 0,
  inference: 0.2,
  mixed: 0.1,
};

/** Local hour (mid-hour, 0..24) of the daily utilization peak: mid-afternoon, 15:00. */
export const PEAK_HOUR_OF_DAY = 15;

/**
 * Hourly utilization (0..1) of installed IT for a named workload:
 *   u(h) = ū · (1 + A cos(2π (hourOfDay(h) + 0.5 − 15) / 24)),
 * ū = `averageUtilization` (default above), A = DAILY_SWING, reduced where needed so u ≤ 1.
 * The cosine sums to zero over the 24 hours of each day, so the annual mean is exactly ū.
 */
export function workloadUtilization(profile: WorkloadProfile, averageUtilization?: number): Float64Array {
  const mean = averageUtilization ?? defaultUtilization(profile);
  if (!Number.isFinite(mean) || mean <= 0 || mean > 1) {
    throw new RangeError(`averageUtilization must be greater than 0 and at most 1, got ${mean}`);
  }
  const swing = Math.min(DAILY_SWING[profile], (1 - mean) / mean);
  const day = new Float64Array(24);
  for (let k = 0; k < 24; k++) {
    day[k] = mean * (1 + swing * Math.cos((2 * Math.PI * (k + 0.5 - PEAK_HOUR_OF_DAY)) / 24));
  }
  const u = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) u[h] = day[h % 24] ?? mean;
  return u;
}

/**
 * A user-supplied hourly utilization series checked and cut to the model year: 8760 values, or
 * 8784 (leap year) less December 31; each in 0..1.
 */
export function checkedHourlyUtilization(values: Float64Array): Float64Array {
  if (values.length !== HOURS_PER_YEAR && values.length !== HOURS_PER_LEAP_YEAR) {
    throw new RangeError(`workload.hourlyUtilization must hold ${HOURS_PER_YEAR} or ${HOURS_PER_LEAP_YEAR} values, got ${values.length}`);
  }
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const v = values[h] ?? Number.NaN;
    if (!Number.isFinite(v) || v < 0 || v > 1) {
      throw new RangeError(`workload.hourlyUtilization[${h}] must be between 0 and 1, got ${v}`);
    }
  }
  return values.length === HOURS_PER_YEAR ? values : values.slice(0, HOURS_PER_YEAR);
}

function defaultUtilization(profile: WorkloadProfile): number {
  switch (profile) {
    case 'training':
    case 'inference':
    case 'mixed':
      return DEFAULT_AVERAGE_UTILIZATION[profile];
    default:
      return missingCase(profile);
  }
}
