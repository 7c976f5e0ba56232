import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WeatherParseError } from '../../../src/power-model/weather/errors';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import { fixture, referenceWeatherDir, tmy3Text } from './weather-files';

/** Station positions as printed in shared/reference/weather/README.md. */
const README_STATIONS: Record<string, { lat: number; lon: number }> = {
  '722660': { lat: 32.47, lon: -99.71 },
  '722700': { lat: 31.77, lon: -106.5 },
  '725250': { lat: 41.25, lon: -80.67 },
  '722560': { lat: 31.62, lon: -97.23 },
  '725374': { lat: 42.22, lon: -83.75 },
  '726400': { lat: 42.95, lon: -87.9 },
  '724280': { lat: 39.98, lon: -82.88 },
  '722650': { lat: 31.95, lon: -102.18 },
};

function annualGhiKWhPerM2(ghi: Float64Array): number {
  let sum = 0;
  for (const v of ghi) sum += v;
  return sum / 1000;
}

describe('parseTmy3', () => {
  const files = readdirSync(referenceWeatherDir).filter((f) => f.endsWith('.CSV'));

  it('finds all eight bundled stations', () => {
    expect(files).toHaveLength(8);
  });

  it.each(files)('reads %s: 8760 hours, the header position, a sane annual GHI', (file) => {
    const id = file.slice(0, 6);
    const weather = parseTmy3(readFileSync(`${referenceWeatherDir}/${file}`, 'utf8'));
    const station = README_STATIONS[id];
    expect(station).toBeDefined();
    expect(weather.source.kind).toBe('tmy3');
    expect(weather.source.label).toContain(`TMY3 ${id}`);
    expect(weather.ghiWPerM2).toHaveLength(8760);
    expect(weather.dryBulbC).toHaveLength(8760);
    // README rounds positions to 2 decimals.
    expect(weather.latitudeDeg).toBeCloseTo(station?.lat ?? NaN, 1);
    expect(weather.longitudeDeg).toBeCloseTo(station?.lon ?? NaN, 1);
    // Contiguous-US resource spans about 1,350–2,500 kWh/m²/yr (NREL ATB 2017, "Resource
    // Potential"); these stations (Great Lakes to El Paso) must fall inside it, with 5 % slack
    // for the cloudiest TMY3 months.
    const annual = annualGhiKWhPerM2(weather.ghiWPerM2);
    expect(annual).toBeGreaterThan(1350 * 0.95);
    expect(annual).toBeLessThan(2500);
  });

  it('matches the published annual GHI of the stations used alone in the reference climate table', () => {
    // shared/reference/climate-and-utilities.json: dona-ana uses El Paso 722700 with weight 1.0,
    // annualGhiKWhPerM2Day 5.66; lordstown uses Youngstown 725250 with weight 1.0, 3.64.
    const elPaso = parseTmy3(tmy3Text('722700'));
    const youngstown = parseTmy3(tmy3Text('725250'));
    expect(annualGhiKWhPerM2(elPaso.ghiWPerM2) / 365).toBeCloseTo(5.66, 1.5); // ±0.016
    expect(annualGhiKWhPerM2(youngstown.ghiWPerM2) / 365).toBeCloseTo(3.64, 1.5);
  });

  it('reads the UTC offset, elevation and the first hour of Abilene', () => {
    const w = parseTmy3(tmy3Text('722660'));
    // Line 1: 722660,ABILENE REGIONAL AP [UT],TX,-6,32.47,-99.71,530; line 3 (1/1 01:00): dry-bulb 1.1 °C, wind 6.2 m/s.
    expect(w.utcOffsetHours).toBe(-6);
    expect(w.elevationM).toBe(530);
    expect(w.dryBulbC[0]).toBe(1.1);
    expect(w.windSpeedMPerS?.[0]).toBe(6.2);
    expect(w.ghiWPerM2[0]).toBe(0);
  });

  it('refuses a file with a missing column, naming the column and line 2', () => {
    expect(() => parseTmy3(fixture('tmy3-missing-ghi-column.csv'))).toThrow('line 2, column "GHI (W/m^2)": missing column');
  });

  it('refuses a file with the wrong number of rows, saying how many it has', () => {
    expect(() => parseTmy3(fixture('tmy3-abilene-two-days.csv'))).toThrow(
      'line 50: a TMY3 file has 8760 hourly rows (lines 3..8762), this one has 48',
    );
  });

  it('refuses text in a number column, naming line and column', () => {
    let error: unknown;
    try {
      parseTmy3(fixture('tmy3-text-in-dry-bulb.csv'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WeatherParseError);
    expect((error as WeatherParseError).line).toBe(7);
    expect((error as WeatherParseError).column).toBe('Dry-bulb (C)');
    expect((error as WeatherParseError).message).toBe('line 7, column "Dry-bulb (C)": expected a number, found "warm"');
  });

  it('refuses rows out of calendar order', () => {
    const lines = tmy3Text('722660').split('\n');
    [lines[10], lines[11]] = [lines[11] ?? '', lines[10] ?? ''];
    expect(() => parseTmy3(lines.join('\n'))).toThrow(/line 11, column "Time \(HH:MM\)": expected time 9:00/);
  });
});

describe('parseTmy3 refuses weather that is physically impossible, naming the line', () => {
  /** The Abilene TMY3 file with one field of one line replaced. */
  function withField(lineIndex: number, column: string, value: string): string {
    const lines = tmy3Text('722660').split('\n');
    const header = (lines[1] ?? '').split(',');
    const fields = (lines[lineIndex] ?? '').split(',');
    fields[lineIndex === 0 ? Number(column) : header.indexOf(column)] = value;
    lines[lineIndex] = fields.join(',');
    return lines.join('\n');
  }

  it.each([
    // Station header field 5 (index 4) is the latitude.
    ['a latitude of 200°', 0, '4', '200', /^line 1, column "latitude": 200 ° is not physically possible \(expected -90\.\.90 °\)/],
    // Line 101 is the 99th hour; the record lows and highs are −89.2 °C and 56.7 °C (WMO).
    ['a dry-bulb of −999 °C', 100, 'Dry-bulb (C)', '-999', /^line 101, column "Dry-bulb \(C\)": -999 °C is not physically possible \(expected -90\.\.60 °C\)/],
    ['a dry-bulb of 500 °C', 4000, 'Dry-bulb (C)', '500', /^line 4001, column "Dry-bulb \(C\)": 500 °C is not physically possible/],
    // Above the solar constant (1361 W/m²).
    ['a GHI of 1e9 W/m²', 4000, 'GHI (W/m^2)', '1e9', /^line 4001, column "GHI \(W\/m\^2\)": 1000000000 W\/m² is not physically possible \(expected 0\.\.1500 W\/m²\)/],
  ])('refuses %s', (_what, line, column, value, message) => {
    expect(() => parseTmy3(withField(line, column, value))).toThrow(message);
  });
});
