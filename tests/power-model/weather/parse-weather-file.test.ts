import { describe, expect, it } from 'vitest';
import { parseWeatherFile } from '../../../src/power-model/weather/parse-weather-file';
import { tmy3Text, tmy3ToEpw } from './weather-files';

describe('parseWeatherFile', () => {
  const tmy3 = tmy3Text('722660');

  it('tells TMY3, EPW and plain CSV apart by their content', () => {
    expect(parseWeatherFile(tmy3).source.kind).toBe('tmy3');
    expect(parseWeatherFile(tmy3ToEpw(tmy3)).source.kind).toBe('epw');
    const rows = ['timestamp,temperatureC,ghiWPerM2'];
    for (let h = 0; h < 8760; h++) {
      rows.push(`${new Date(Date.UTC(2023, 0, 1) + h * 3600_000).toISOString().slice(0, 16)},20,0`);
    }
    const csv = rows.join('\n');
    expect(parseWeatherFile(csv, { latitudeDeg: 32.47, longitudeDeg: -99.71, utcOffsetHours: -6 }).source.kind).toBe('csv');
    expect(() => parseWeatherFile(csv)).toThrow(/line 1: a plain weather CSV .* the site location is needed/);
  });
});
