import { HOURS_PER_YEAR } from '../hours';
import { physical } from './bounds';
import { WeatherParseError } from './errors';
import { numberField, requireColumn, splitLines } from './text-lines';
import type { WeatherYear } from './types';
import { checkWeatherYear } from './weather-year';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** TMY3 column headers this parser reads (NREL/TP-581-43156, Table 1-2). */
export const TMY3_COLUMNS = {
  date: 'Date (MM/DD/YYYY)',
  time: 'Time (HH:MM)',
  ghi: 'GHI (W/m^2)',
  dni: 'DNI (W/m^2)',
  dhi: 'DHI (W/m^2)',
  dryBulb: 'Dry-bulb (C)',
  windSpeed: 'Wspd (m/s)',
} as const;

/**
 * Parses an NREL TMY3 CSV (Wilcox & Marion, "Users Manual for TMY3 Data Sets",
 * NREL/TP-581-43156, 2008). Line 1: station id, name, state, UTC offset (h), latitude (°N),
 * longitude (°E), elevation (m). Line 2: column headers. Lines 3..8762: one row per hour in
 * local standard time, stamped at the hour's end (01:00 = 00:00–01:00, 24:00 = 23:00–24:00),
 * months drawn from different years (the year column is ignored). Each row's month, day and
 * hour must be the next hour of a 365-day year, so a shuffled or gapped file is refused.
 * Irradiance values are the hour's totals in Wh/m², i.e. mean W/m².
 */
export function parseTmy3(text: string): WeatherYear {
  const lines = splitLines(text);
  const station = (lines[0] ?? '').split(',');
  if (station.length < 7) {
    throw new WeatherParseError(
      'TMY3 station header needs 7 fields (id, name, state, UTC offset, latitude, longitude, elevation)',
      1,
    );
  }
  const utcOffsetHours = physical(numberField(station, 3, 1, 'UTC offset'), 'utcOffsetHours', 1, 'UTC offset');
  const latitudeDeg = physical(numberField(station, 4, 1, 'latitude'), 'latitudeDeg', 1, 'latitude');
  const longitudeDeg = physical(numberField(station, 5, 1, 'longitude'), 'longitudeDeg', 1, 'longitude');
  const elevationM = physical(numberField(station, 6, 1, 'elevation'), 'elevationM', 1, 'elevation');

  const header = (lines[1] ?? '').split(',');
  const col = {
    date: requireColumn(header, TMY3_COLUMNS.date, 2),
    time: requireColumn(header, TMY3_COLUMNS.time, 2),
    ghi: requireColumn(header, TMY3_COLUMNS.ghi, 2),
    dni: requireColumn(header, TMY3_COLUMNS.dni, 2),
    dhi: requireColumn(header, TMY3_COLUMNS.dhi, 2),
    dryBulb: requireColumn(header, TMY3_COLUMNS.dryBulb, 2),
    windSpeed: requireColumn(header, TMY3_COLUMNS.windSpeed, 2),
  };

  const dryBulbC = new Float64Array(HOURS_PER_YEAR);
  const ghiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dniWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dhiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const windSpeedMPerS = new Float64Array(HOURS_PER_YEAR);
  const rowCount = lines.length - 2;
  let month = 1;
  let day = 1;
  let hourEnd = 1;
  for (let h = 0; h < Math.min(rowCount, HOURS_PER_YEAR); h++) {
    const lineNo = h + 3;
    const fields = (lines[h + 2] ?? '').split(',');
    checkStamp(fields[col.date] ?? '', fields[col.time] ?? '', month, day, hourEnd, lineNo);
    ghiWPerM2[h] = physical(numberField(fields, col.ghi, lineNo, TMY3_COLUMNS.ghi), 'ghiWPerM2', lineNo, TMY3_COLUMNS.ghi);
    dniWPerM2[h] = physical(numberField(fields, col.dni, lineNo, TMY3_COLUMNS.dni), 'dniWPerM2', lineNo, TMY3_COLUMNS.dni);
    dhiWPerM2[h] = physical(numberField(fields, col.dhi, lineNo, TMY3_COLUMNS.dhi), 'dhiWPerM2', lineNo, TMY3_COLUMNS.dhi);
    dryBulbC[h] = physical(numberField(fields, col.dryBulb, lineNo, TMY3_COLUMNS.dryBulb), 'dryBulbC', lineNo, TMY3_COLUMNS.dryBulb);
    windSpeedMPerS[h] = physical(numberField(fields, col.windSpeed, lineNo, TMY3_COLUMNS.windSpeed), 'windSpeedMPerS', lineNo, TMY3_COLUMNS.windSpeed);
    hourEnd += 1;
    if (hourEnd > 24) {
      hourEnd = 1;
      day += 1;
      if (day > (DAYS_IN_MONTH[month - 1] ?? 31)) {
        day = 1;
        month += 1;
      }
    }
  }
  if (rowCount !== HOURS_PER_YEAR) {
    throw new WeatherParseError(
      `a TMY3 file has ${HOURS_PER_YEAR} hourly rows (lines 3..${HOURS_PER_YEAR + 2}), this one has ${rowCount}`,
      lines.length,
    );
  }
  const name = (station[1] ?? '').trim();
  const state = (station[2] ?? '').trim();
  return checkWeatherYear({
    source: { kind: 'tmy3', label: `TMY3 ${(station[0] ?? '').trim()} ${name}, ${state}` },
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

function checkStamp(date: string, time: string, month: number, day: number, hourEnd: number, line: number): void {
  const [m, d] = date.split('/');
  const hh = time.split(':')[0];
  if (Number(m) !== month || Number(d) !== day) {
    throw new WeatherParseError(`expected date ${month}/${day}, found ${JSON.stringify(date)}`, line, TMY3_COLUMNS.date);
  }
  if (Number(hh) !== hourEnd) {
    throw new WeatherParseError(`expected time ${hourEnd}:00, found ${JSON.stringify(time)}`, line, TMY3_COLUMNS.time);
  }
}
