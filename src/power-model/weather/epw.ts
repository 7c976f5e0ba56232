import { HOURS_PER_LEAP_YEAR, HOURS_PER_YEAR } from '../hours';
import { physical } from './bounds';
import { WeatherParseError } from './errors';
import { numberField, splitLines } from './text-lines';
import type { WeatherYear } from './types';
import { checkWeatherYear } from './weather-year';

/** EPW data fields read here: 0-based index and the name the EnergyPlus Auxiliary Programs guide gives it. */
const FIELD = {
  month: { index: 1, name: 'Month' },
  day: { index: 2, name: 'Day' },
  hour: { index: 3, name: 'Hour' },
  dryBulb: { index: 6, name: 'Dry Bulb Temperature' },
  ghi: { index: 13, name: 'Global Horizontal Radiation' },
  dni: { index: 14, name: 'Direct Normal Radiation' },
  dhi: { index: 15, name: 'Diffuse Horizontal Radiation' },
  windSpeed: { index: 21, name: 'Wind Speed' },
} as const;

const HEADER_LINES = 8;
// EPW "missing" codes (Auxiliary Programs, "Data Field Descriptions").
const MISSING_RADIATION = 9999;
const MISSING_DRY_BULB = 99.9;
const MISSING_WIND = 999;

/**
 * Parses an EnergyPlus weather file (EPW; EnergyPlus "Auxiliary Programs", ch. 2.9).
 * Line 1 `LOCATION,city,state,country,source,WMO,latitude,longitude,timeZone,elevation`;
 * lines 2–8 other headers; then 8760 hourly rows (8784 for a leap year, whose December 31 is
 * dropped), local standard time, hour 1 = 00:00–01:00. Radiation fields are the hour's Wh/m²,
 * i.e. mean W/m². A field holding the EPW "missing" code (9999 radiation, 99.9 dry bulb) is
 * refused rather than guessed.
 */
export function parseEpw(text: string): WeatherYear {
  const lines = splitLines(text);
  const location = (lines[0] ?? '').split(',');
  if ((location[0] ?? '').trim().toUpperCase() !== 'LOCATION' || location.length < 10) {
    throw new WeatherParseError('an EPW file starts with LOCATION,city,state,country,source,WMO,latitude,longitude,timeZone,elevation', 1);
  }
  const latitudeDeg = physical(numberField(location, 6, 1, 'latitude'), 'latitudeDeg', 1, 'latitude');
  const longitudeDeg = physical(numberField(location, 7, 1, 'longitude'), 'longitudeDeg', 1, 'longitude');
  const utcOffsetHours = physical(numberField(location, 8, 1, 'time zone'), 'utcOffsetHours', 1, 'time zone');
  const elevationM = physical(numberField(location, 9, 1, 'elevation'), 'elevationM', 1, 'elevation');

  const rowCount = Math.max(0, lines.length - HEADER_LINES);
  if (rowCount !== HOURS_PER_YEAR && rowCount !== HOURS_PER_LEAP_YEAR) {
    throw new WeatherParseError(
      `an EPW file has ${HOURS_PER_YEAR} (or ${HOURS_PER_LEAP_YEAR}) hourly rows after ${HEADER_LINES} header lines, this one has ${rowCount}`,
      lines.length,
    );
  }
  const days = [31, rowCount === HOURS_PER_LEAP_YEAR ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const dryBulbC = new Float64Array(HOURS_PER_YEAR);
  const ghiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dniWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dhiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const windSpeedMPerS = new Float64Array(HOURS_PER_YEAR);
  let month = 1;
  let day = 1;
  let hourEnd = 1;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const lineNo = HEADER_LINES + h + 1;
    const fields = (lines[HEADER_LINES + h] ?? '').split(',');
    const m = numberField(fields, FIELD.month.index, lineNo, FIELD.month.name);
    const d = numberField(fields, FIELD.day.index, lineNo, FIELD.day.name);
    const hr = numberField(fields, FIELD.hour.index, lineNo, FIELD.hour.name);
    if (m !== month || d !== day || hr !== hourEnd) {
      throw new WeatherParseError(`expected month ${month}, day ${day}, hour ${hourEnd}; found ${m}/${d} hour ${hr}`, lineNo, FIELD.hour.name);
    }
    dryBulbC[h] = physical(present(numberField(fields, FIELD.dryBulb.index, lineNo, FIELD.dryBulb.name), MISSING_DRY_BULB, lineNo, FIELD.dryBulb.name), 'dryBulbC', lineNo, FIELD.dryBulb.name);
    ghiWPerM2[h] = physical(radiation(fields, FIELD.ghi, lineNo), 'ghiWPerM2', lineNo, FIELD.ghi.name);
    dniWPerM2[h] = physical(radiation(fields, FIELD.dni, lineNo), 'dniWPerM2', lineNo, FIELD.dni.name);
    dhiWPerM2[h] = physical(radiation(fields, FIELD.dhi, lineNo), 'dhiWPerM2', lineNo, FIELD.dhi.name);
    windSpeedMPerS[h] = physical(present(numberField(fields, FIELD.windSpeed.index, lineNo, FIELD.windSpeed.name), MISSING_WIND, lineNo, FIELD.windSpeed.name), 'windSpeedMPerS', lineNo, FIELD.windSpeed.name);
    hourEnd += 1;
    if (hourEnd > 24) {
      hourEnd = 1;
      day += 1;
      if (day > (days[month - 1] ?? 31)) {
        day = 1;
        month += 1;
      }
    }
  }
  const place = [location[1], location[2], location[3]].map((s) => (s ?? '').trim()).filter((s) => s !== '' && s !== '-');
  return checkWeatherYear({
    source: { kind: 'epw', label: `EPW ${(location[5] ?? '').trim()} ${place.join(', ')}`.trim() },
    latitudeDeg,
    longitudeDeg,
    utcOffsetHours,
    elevationM,
    dryBulbC,
    ghiWPerM2,
    dniWPerM2,
    dhiWPerM2,
    windSpeedMPerS,
  });
}

function radiation(fields: readonly string[], field: { index: number; name: string }, line: number): number {
  const value = present(numberField(fields, field.index, line, field.name), MISSING_RADIATION, line, field.name);
  if (value < 0) throw new WeatherParseError(`expected a value ≥ 0, found ${value}`, line, field.name);
  return value;
}

function present(value: number, missingCode: number, line: number, column: string): number {
  if (value >= missingCode) throw new WeatherParseError(`missing value (EPW code ${missingCode})`, line, column);
  return value;
}
