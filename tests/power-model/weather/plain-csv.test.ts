import { describe, expect, it } from 'vitest';
import { parsePlainWeatherCsv } from '../../../src/power-model/weather/plain-csv';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import { tmy3Text } from './weather-files';

const abilene = { latitudeDeg: 32.47, longitudeDeg: -99.71, utcOffsetHours: -6, elevationM: 530 };

function csvFor(year: number, hours: number, temperature: (h: number) => string, ghi: (h: number) => string): string {
  const rows = ['timestamp,temperatureC,ghiWPerM2'];
  const start = Date.UTC(year, 0, 1);
  for (let h = 0; h < hours; h++) {
    const stamp = new Date(start + h * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    rows.push(`${stamp},${temperature(h)},${ghi(h)}`);
  }
  return rows.join('\n');
}

describe('parsePlainWeatherCsv', () => {
  const tmy3 = parseTmy3(tmy3Text('722660'));

  it('reads temperature and GHI per hour and splits GHI into DNI and DHI', () => {
    const text = csvFor(2023, 8760, (h) => String(tmy3.dryBulbC[h]), (h) => String(tmy3.ghiWPerM2[h]));
    const w = parsePlainWeatherCsv(text, abilene);
    expect(w.source.kind).toBe('csv');
    expect(w.ghiWPerM2).toEqual(tmy3.ghiWPerM2);
    expect(w.dryBulbC).toEqual(tmy3.dryBulbC);
    expect(w.latitudeDeg).toBe(32.47);
    expect(w.elevationM).toBe(530);
    let dhiSum = 0;
    let ghiSum = 0;
    for (let h = 0; h < 8760; h++) {
      expect(w.dhiWPerM2[h]).toBeLessThanOrEqual((w.ghiWPerM2[h] ?? 0) + 1e-9);
      dhiSum += w.dhiWPerM2[h] ?? 0;
      ghiSum += w.ghiWPerM2[h] ?? 0;
    }
    // Erbs on a sunny site: the diffuse share of the year sits between the clear-sky floor
    // 0.165 (kt > 0.8) and 1 (overcast); the TMY3 file itself gives 0.33 for Abilene.
    expect(dhiSum / ghiSum).toBeGreaterThan(0.165);
    expect(dhiSum / ghiSum).toBeLessThan(0.5);
  });

  it('drops December 31 of a leap year', () => {
    const text = csvFor(2024, 8784, (h) => String(h % 30), () => '0');
    const w = parsePlainWeatherCsv(text, abilene);
    expect(w.dryBulbC).toHaveLength(8760);
    expect(w.dryBulbC[8759]).toBe(8759 % 30); // the kept rows are the first 8760, Feb 29 included
  });

  it('refuses a gap in the hours, naming the line and the hour it expected', () => {
    const lines = csvFor(2023, 8760, () => '10', () => '0').split('\n');
    lines.splice(6, 1); // removes 2023-01-01 05:00 (line 7)
    expect(() => parsePlainWeatherCsv(lines.join('\n'), abilene)).toThrow(
      'line 7, column "timestamp": expected hour 5 of 2023 (2023-01-01 05:00), found "2023-01-01 06:00"',
    );
  });

  it('refuses text in the GHI column', () => {
    const lines = csvFor(2023, 8760, () => '10', () => '0').split('\n');
    lines[3] = '2023-01-01 02:00,10,sunny';
    expect(() => parsePlainWeatherCsv(lines.join('\n'), abilene)).toThrow('line 4, column "GHI W/m²": expected a number, found "sunny"');
  });

  it('refuses a short file, naming the count', () => {
    expect(() => parsePlainWeatherCsv(csvFor(2023, 100, () => '10', () => '0'), abilene)).toThrow(
      'line 101: expected 8760 hourly rows for 2023, found 100',
    );
  });
});
