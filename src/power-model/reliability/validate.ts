import { HOURS_PER_YEAR } from '../hours';
import { validateCommonModeSettings } from './common-mode';
import type { ReliabilityInput } from './types';

/** Throws a RangeError naming the field and the problem for any input the Monte Carlo cannot use. */
export function validateReliabilityInput(input: ReliabilityInput): void {
  hourly('facilityLoadMW', input.facilityLoadMW);
  if (input.solarAvailableMW !== undefined) hourly('solarAvailableMW', input.solarAvailableMW);
  nonNegative('gridImportLimitMW', input.gridImportLimitMW);
  if (input.gridOutage !== undefined) {
    nonNegative('gridOutage.eventsPerYear', input.gridOutage.eventsPerYear);
    atLeast('gridOutage.meanDurationHours', input.gridOutage.meanDurationHours, 1);
  }
  const commonMode = input.commonMode;
  if (commonMode !== undefined) {
    const dryBulbC = commonMode.dryBulbC;
    if (dryBulbC.length !== HOURS_PER_YEAR) throw new RangeError(`commonMode.dryBulbC must have ${HOURS_PER_YEAR} hourly values, got ${dryBulbC.length}`);
    const bad = dryBulbC.findIndex((t) => !Number.isFinite(t));
    if (bad >= 0) throw new RangeError(`commonMode.dryBulbC[${bad}] must be a finite number, got ${dryBulbC[bad]}`);
    validateCommonModeSettings(commonMode);
  }
  const ids = new Set<string>();
  input.units.forEach((unit, index) => {
    const field = `units[${index}]`;
    if (ids.has(unit.id)) throw new RangeError(`${field}.id: duplicate unit id "${unit.id}"`);
    ids.add(unit.id);
    nonNegative(`${field}.capacityMW`, unit.capacityMW);
    atLeast(`${field}.mttrHours`, unit.mttrHours, 1);
    const rate = unit.forcedOutageRate;
    if (!Number.isFinite(rate) || rate < 0 || rate >= 1) {
      throw new RangeError(`${field}.forcedOutageRate must be in [0, 1), got ${rate}`);
    }
    const fraction = unit.hourlyCapacityFraction;
    if (fraction !== undefined) {
      hourly(`${field}.hourlyCapacityFraction`, fraction);
      for (let h = 0; h < fraction.length; h++) {
        const f = fraction[h] ?? Number.NaN;
        if (!(f >= 0 && f <= 2)) throw new RangeError(`${field}.hourlyCapacityFraction[${h}] must be in [0, 2], got ${f}`);
      }
    }
    // Up spells are whole hours too: the mean time to failure must be at least one hour.
    const mttfHours = rate === 0 ? Infinity : (unit.mttrHours * (1 - rate)) / rate;
    if (mttfHours < 1) {
      throw new RangeError(
        `${field}: forcedOutageRate ${rate} with mttrHours ${unit.mttrHours} implies a mean time to failure of ${mttfHours.toFixed(3)} h; it must be at least 1 h`,
      );
    }
  });
  const battery = input.battery;
  if (battery !== undefined) {
    nonNegative('battery.powerMW', battery.powerMW);
    nonNegative('battery.energyMWh', battery.energyMWh);
    const efficiency = battery.roundTripEfficiency;
    if (!Number.isFinite(efficiency) || efficiency <= 0 || efficiency > 1) {
      throw new RangeError(`battery.roundTripEfficiency must be in (0, 1], got ${efficiency}`);
    }
    const socMinPct = battery.socMinPct;
    if (!Number.isFinite(socMinPct) || socMinPct < 0 || socMinPct > 100) {
      throw new RangeError(`battery.socMinPct must be in [0, 100], got ${socMinPct}`);
    }
  }
  if (!Number.isInteger(input.years) || input.years < 1) {
    throw new RangeError(`years must be an integer ≥ 1, got ${input.years}`);
  }
  if (!Number.isFinite(input.seed)) throw new RangeError(`seed must be a finite number, got ${input.seed}`);
  input.rideThroughHours?.forEach((hours, index) => {
    if (!Number.isInteger(hours) || hours < 1 || hours > HOURS_PER_YEAR) {
      throw new RangeError(`rideThroughHours[${index}] must be an integer 1..${HOURS_PER_YEAR}, got ${hours}`);
    }
  });
  const starts = input.rideThroughStartsPerYear;
  if (starts !== undefined && (!Number.isInteger(starts) || starts < 0)) {
    throw new RangeError(`rideThroughStartsPerYear must be an integer ≥ 0, got ${starts}`);
  }
}

function hourly(field: string, series: Float64Array): void {
  if (series.length !== HOURS_PER_YEAR) {
    throw new RangeError(`${field} must have ${HOURS_PER_YEAR} hourly values, got ${series.length}`);
  }
  for (let h = 0; h < series.length; h++) {
    const value = series[h] ?? NaN;
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`${field}[${h}] must be a finite number ≥ 0, got ${value}`);
    }
  }
}

function nonNegative(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${field} must be a finite number ≥ 0, got ${value}`);
}

function atLeast(field: string, value: number, minimum: number): void {
  if (!Number.isFinite(value) || value < minimum) {
    throw new RangeError(`${field} must be a finite number ≥ ${minimum}, got ${value}`);
  }
}
