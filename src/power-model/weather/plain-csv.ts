import { HOURS_PER_LEAP_YEAR, HOURS_PER_YEAR } from '../hours';
import { sunPathForYear } from '../solar/sun-position';
import { splitGhiErbs } from './erbs';
import { physical } from './bounds';
import { WeatherParseError } from './errors';
import { numberField, splitLines } from './text-lines';
import type { WeatherLocation, WeatherYear } from './types';
import { checkWeatherYear } from './weather-year';

const COLUMN_NAMES = ['timestamp', 'temperature °C', 'GHI W/m²'] as const;
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

/**
 * Parses a plain hourly weather CSV: three columns `timestamp, temperature °C, GHI W/m²`, an
 * optional header line (recognised when its temperature field is not a number), then 8760 rows
 * (or 8784 for a leap year, whose December 31 is dropped, see `hours.ts`). Timestamps are
 * `YYYY-MM-DD HH:MM` (or with `T`), local standard time, stamping the start of the hour; row i
 * must be hour i of the year, so gaps and shuffles are refused with the line that breaks.
 * The file has no direct/diffuse split, so DNI and DHI come from the Erbs model (`erbs.ts`)
 * with the sun position at the site given in `location`.
 */
export function parsePlainWeatherCsv(text: string, location: WeatherLocation): WeatherYear {
  const lines = splitLines(text);
  const firstFields = (lines[0] ?? '').split(',');
  const hasHeader = firstFields.length >= 2 && !Number.isFinite(Number((firstFields[1] ?? '').trim() || 'x'));
  const first = hasHeader ? 1 : 0;
  const rowCount = lines.length - first;
  const dryBulbC = new Float64Array(HOURS_PER_YEAR);
  const ghiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  let year: number | undefined;
  for (let i = 0; i < Math.min(rowCount, HOURS_PER_LEAP_YEAR); i++) {
    const lineNo = first + i + 1;
    const fields = (lines[first + i] ?? '').split(',');
    if (fields.length < 3) {
      throw new WeatherParseError(`expected 3 columns (${COLUMN_NAMES.join(', ')}), found ${fields.length}`, lineNo);
    }
    const stamp = STAMP.exec((fields[0] ?? '').trim());
    if (stamp === null) {
      throw new WeatherParseError(`expected YYYY-MM-DD HH:MM, found ${JSON.stringify(fields[0])}`, lineNo, COLUMN_NAMES[0]);
    }
    const [y, m, d, hh] = [Number(stamp[1]), Number(stamp[2]), Number(stamp[3]), Number(stamp[4])];
    year ??= y;
    if (y !== year || hourOfYear(y, m, d, hh) !== i) {
      throw new WeatherParseError(
        `expected hour ${i} of ${year} (${describeHour(year, i)}), found ${JSON.stringify((fields[0] ?? '').trim())}`,
        lineNo,
        COLUMN_NAMES[0],
      );
    }
    const temperatureC = physical(numberField(fields, 1, lineNo, COLUMN_NAMES[1]), 'dryBulbC', lineNo, COLUMN_NAMES[1]);
    const ghi = physical(numberField(fields, 2, lineNo, COLUMN_NAMES[2]), 'ghiWPerM2', lineNo, COLUMN_NAMES[2]);
    if (i < HOURS_PER_YEAR) {
      dryBulbC[i] = temperatureC;
      ghiWPerM2[i] = ghi;
    }
  }
  const expectedRows = year !== undefined && isLeapYear(year) ? HOURS_PER_LEAP_YEAR : HOURS_PER_YEAR;
  if (rowCount !== expectedRows) {
    throw new WeatherParseError(`expected ${expectedRows} hourly rows for ${year ?? 'the year'}, found ${rowCount}`, lines.length);
  }
  const sun = sunPathForYear(location.latitudeDeg, location.longitudeDeg, location.utcOffsetHours);
  const dniWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const dhiWPerM2 = new Float64Array(HOURS_PER_YEAR);
  splitGhiErbs(ghiWPerM2, sun, dniWPerM2, dhiWPerM2);
  return checkWeatherYear({
    source: { kind: 'csv', label: `CSV ${year ?? ''} (DNI/DHI by Erbs)` },
    latitudeDeg: location.latitudeDeg,
    longitudeDeg: location.longitudeDeg,
    utcOffsetHours: location.utcOffsetHours,
    elevationM: location.elevationM ?? 0,
    dryBulbC,
    ghiWPerM2,
    dniWPerM2,
    dhiWPerM2,
  });
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function hourOfYear(y: number, m: number, d: number, hh: number): number {
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m < 1 || m > 12 || d < 1 || d > (days[m - 1] ?? 0) || hh > 23) return -1;
  let day = d - 1;
  for (let k = 0; k < m - 1; k++) day += days[k] ?? 0;
  return day * 24 + hh;
}

function describeHour(y: number, i: number): string {
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let day = Math.floor(i / 24);
  let m = 0;
  while (m < 11 && day >= (days[m] ?? 31)) day -= days[m++] ?? 31;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${y}-${pad(m + 1)}-${pad(day + 1)} ${pad(i % 24)}:00`;
}
