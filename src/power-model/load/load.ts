import { HOURS_PER_YEAR, MONTH_START_DAY } from '../hours';
import { inRange } from '../limits';
import type { WeatherYear } from '../weather/types';
import { checkPueSpec, pueAt, type CoolingType, type PueSpec } from './pue';
import { checkedHourlyUtilization, workloadUtilization, type WorkloadProfile } from './utilization';
import { LOAD_LIMITS } from './validate';

export { pueAt } from './pue';
export type { CoolingType } from './pue';
export type { WorkloadProfile } from './utilization';

export type LoadPhase = {
  name: string;
  /** IT capacity the phase adds, MW. */
  itMW: number;
  /** Calendar year the phase is energized. */
  energizationYear: number;
  /** Month (1–12) it is energized, default 1: it draws from the first hour of that month. */
  energizationMonth?: number;
};

export type LoadSpec = {
  phases: LoadPhase[];
  /** Calendar year simulated. */
  year: number;
  workload: WorkloadProfile | { hourlyUtilization: Float64Array };
  /** Mean utilization of installed IT for a named workload; defaults in `utilization.ts`. */
  averageUtilization?: number;
  pue: { designPue: number; designTempC: number; coolingType: CoolingType };
};

export type LoadProfile = {
  /** IT power drawn, MW (installed IT × utilization). */
  itMW: Float64Array;
  /** PUE each hour from the outdoor dry-bulb. */
  pue: Float64Array;
  /** Facility power = itMW × pue, MW. */
  facilityMW: Float64Array;
  /** IT capacity installed by the end of the year, MW. */
  installedItMW: number;
  peakFacilityMW: number;
  /** Facility energy over the year, MWh. */
  energyMWh: number;
  /** IT energy over the year, MWh. */
  itEnergyMWh: number;
};

/**
 * Hourly data-center load for one calendar year:
 *   installed(h) = Σ itMW of phases energized by hour h (a phase energized in an earlier year
 *                  counts all year; one energized this year from the first hour of its month),
 *   itMW(h)      = installed(h) · utilization(h)        (`utilization.ts`),
 *   pue(h)       = pueAt(dryBulbC(h), spec.pue)        (`pue.ts`),
 *   facilityMW(h) = itMW(h) · pue(h).
 * Energies are sums of hourly MW over the 8760 one-hour steps.
 */
export function buildLoad(spec: LoadSpec, weather: WeatherYear): LoadProfile {
  checkPueSpec(spec.pue);
  if (!Number.isInteger(spec.year)) throw new RangeError(`year must be a whole number, got ${spec.year}`);
  const utilization =
    typeof spec.workload === 'string'
      ? workloadUtilization(spec.workload, spec.averageUtilization)
      : checkedHourlyUtilization(spec.workload.hourlyUtilization);
  const installed = installedItByHour(spec.phases, spec.year);
  const itMW = new Float64Array(HOURS_PER_YEAR);
  const pue = new Float64Array(HOURS_PER_YEAR);
  const facilityMW = new Float64Array(HOURS_PER_YEAR);
  const pueSpec: PueSpec = spec.pue;
  let peakFacilityMW = 0;
  let energyMWh = 0;
  let itEnergyMWh = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const it = (installed[h] ?? 0) * (utilization[h] ?? 0);
    const p = pueAt(weather.dryBulbC[h] ?? pueSpec.designTempC, pueSpec);
    const facility = it * p;
    itMW[h] = it;
    pue[h] = p;
    facilityMW[h] = facility;
    if (facility > peakFacilityMW) peakFacilityMW = facility;
    energyMWh += facility;
    itEnergyMWh += it;
  }
  return {
    itMW,
    pue,
    facilityMW,
    installedItMW: installed[HOURS_PER_YEAR - 1] ?? 0,
    peakFacilityMW,
    energyMWh,
    itEnergyMWh,
  };
}

/** Installed IT MW at each hour of `year` from the phase schedule (errors name the phase). */
export function installedItByHour(phases: readonly LoadPhase[], year: number): Float64Array {
  const installed = new Float64Array(HOURS_PER_YEAR);
  phases.forEach((phase, i) => {
    const where = `phases[${i}] (${JSON.stringify(phase.name)})`;
    if (!inRange(phase.itMW, LOAD_LIMITS.itMW)) throw new RangeError(`${where}.itMW must be between 0 and ${LOAD_LIMITS.itMW.max}, got ${phase.itMW}`);
    if (!Number.isInteger(phase.energizationYear)) {
      throw new RangeError(`${where}.energizationYear must be a whole year, got ${phase.energizationYear}`);
    }
    const month = phase.energizationMonth ?? 1;
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      throw new RangeError(`${where}.energizationMonth must be 1..12, got ${month}`);
    }
    if (phase.energizationYear > year) return;
    const firstHour = phase.energizationYear < year ? 0 : (MONTH_START_DAY[month - 1] ?? 0) * 24;
    for (let h = firstHour; h < HOURS_PER_YEAR; h++) installed[h] = (installed[h] ?? 0) + phase.itMW;
  });
  return installed;
}
