import { HOURS_PER_LEAP_YEAR, HOURS_PER_YEAR } from '../hours';
import type { WeatherYear } from './types';

/**
 * Checks a weather year's position and series before the engine uses it, so a bad file or
 * a bad synthesis fails here with the field named rather than as NaN far downstream.
 * Latitude −90..90°, longitude −180..180°, UTC offset −12..14 h, four series of 8760 finite
 * values, irradiance ≥ 0. Returns the same object.
 */
export function checkWeatherYear(weather: WeatherYear): WeatherYear {
  checkRange('latitudeDeg', weather.latitudeDeg, -90, 90);
  checkRange('longitudeDeg', weather.longitudeDeg, -180, 180);
  checkRange('utcOffsetHours', weather.utcOffsetHours, -12, 14);
  if (!Number.isFinite(weather.elevationM)) throw new RangeError(`elevationM must be a finite number, got ${weather.elevationM}`);
  const series = ['dryBulbC', 'ghiWPerM2', 'dniWPerM2', 'dhiWPerM2'] as const;
  for (const name of series) {
    const values = weather[name];
    if (values.length !== HOURS_PER_YEAR) {
      throw new RangeError(`${name} must hold ${HOURS_PER_YEAR} hourly values, got ${values.length}`);
    }
    const mustBeNonNegative = name !== 'dryBulbC';
    for (let h = 0; h < HOURS_PER_YEAR; h++) {
      const v = values[h] ?? Number.NaN;
      if (!Number.isFinite(v) || (mustBeNonNegative && v < 0)) {
        throw new RangeError(`${name}[${h}] must be a finite${mustBeNonNegative ? ', non-negative' : ''} number, got ${v}`);
      }
    }
  }
  return weather;
}

/**
 * Number of hourly rows to keep from a file of `rowCount` rows: 8760 as is, 8784 (a leap
 * year) less its last 24 hours (December 31), per the model-year convention in `hours.ts`.
 * Any other count is refused by the caller with the file's own error.
 */
export function modelHoursFromRowCount(rowCount: number): number | undefined {
  if (rowCount === HOURS_PER_YEAR || rowCount === HOURS_PER_LEAP_YEAR) return HOURS_PER_YEAR;
  return undefined;
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
}
