import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DAYS_IN_MONTH, monthOfHour } from '../../../src/power-model/hours';
import { synthesizeWeather } from '../../../src/power-model/weather/synthetic';
import type { MonthlyClimate } from '../../../src/power-model/weather/types';

type ClimateFile = {
  climate: Record<string, { siteLat: number; siteLon: number; months: { tmaxC: number; tminC: number; ghiKWhPerM2Day: number }[] }>;
};
const climatePath = fileURLToPath(new URL('../../fixtures/reference/climate-and-utilities.json', import.meta.url));
const climate = (JSON.parse(readFileSync(climatePath, 'utf8')) as ClimateFile).climate;

function monthlyFor(site: string): MonthlyClimate[] {
  return (climate[site]?.months ?? []).map((m) => ({ tMaxC: m.tmaxC, tMinC: m.tminC, ghiKWhPerM2Day: m.ghiKWhPerM2Day }));
}

const abileneInput = {
  latitudeDeg: 32.45,
  longitudeDeg: -99.73,
  utcOffsetHours: -6,
  monthly: monthlyFor('abilene'),
  seed: 7,
};

describe('synthesizeWeather', () => {
  it('gives the same year for the same seed and a different one for another seed', () => {
    const a = synthesizeWeather(abileneInput);
    const b = synthesizeWeather(abileneInput);
    const c = synthesizeWeather({ ...abileneInput, seed: 8 });
    expect(a.ghiWPerM2).toEqual(b.ghiWPerM2);
    expect(a.dryBulbC).toEqual(b.dryBulbC);
    expect(c.ghiWPerM2).not.toEqual(a.ghiWPerM2);
    expect(c.dryBulbC).not.toEqual(a.dryBulbC);
    expect(a.source).toEqual({ kind: 'synthetic', label: 'synthetic year from monthly normals (seed 7)' });
  });

  it.each(['abilene', 'lordstown', 'dona-ana', 'port-washington'])(
    'matches each monthly normal GHI of %s within 3 %% and keeps daily max/min temperatures near the normals',
    (site) => {
      const monthly = monthlyFor(site);
      expect(monthly).toHaveLength(12);
      const w = synthesizeWeather({
        latitudeDeg: climate[site]?.siteLat ?? 0,
        longitudeDeg: climate[site]?.siteLon ?? 0,
        utcOffsetHours: -6,
        monthly,
        seed: 1,
      });
      const ghiWh = new Float64Array(12);
      const dayMaxSum = new Float64Array(12);
      const dayMinSum = new Float64Array(12);
      for (let d = 0; d < 365; d++) {
        const m = monthOfHour(d * 24);
        let max = -Infinity;
        let min = Infinity;
        for (let k = 0; k < 24; k++) {
          const h = d * 24 + k;
          ghiWh[m] = (ghiWh[m] ?? 0) + (w.ghiWPerM2[h] ?? 0);
          max = Math.max(max, w.dryBulbC[h] ?? 0);
          min = Math.min(min, w.dryBulbC[h] ?? 0);
        }
        dayMaxSum[m] = (dayMaxSum[m] ?? 0) + max;
        dayMinSum[m] = (dayMinSum[m] ?? 0) + min;
      }
      monthly.forEach((normal, m) => {
        const days = DAYS_IN_MONTH[m] ?? 30;
        const meanDailyKWh = (ghiWh[m] ?? 0) / 1000 / days;
        expect(Math.abs(meanDailyKWh / normal.ghiKWhPerM2Day - 1)).toBeLessThan(0.03);
        // The day-to-day anomaly is AR(1) with σ 2 °C, lag-1 0.7: the SD of a 30-day mean is
        // about 2·√((1 + 0.7)/(1 − 0.7)/30) = 0.87 °C, so 3 °C is beyond 3σ.
        expect(Math.abs((dayMaxSum[m] ?? 0) / days - normal.tMaxC)).toBeLessThan(3);
        expect(Math.abs((dayMinSum[m] ?? 0) / days - normal.tMinC)).toBeLessThan(3);
      });
    },
  );

  it('has no sunshine at night and splits irradiance consistently', () => {
    const w = synthesizeWeather(abileneInput);
    for (let h = 0; h < 8760; h++) {
      const hour = h % 24;
      // Abilene (−99.7°, UTC−6) never sees the sun before 05:00 or after 21:00 local standard time.
      if (hour < 5 || hour >= 21) expect(w.ghiWPerM2[h]).toBe(0);
      expect(w.dhiWPerM2[h]).toBeLessThanOrEqual((w.ghiWPerM2[h] ?? 0) + 1e-9);
    }
  });

  it('refuses a year of normals that is not 12 months, or a minimum above the maximum', () => {
    expect(() => synthesizeWeather({ ...abileneInput, monthly: abileneInput.monthly.slice(0, 11) })).toThrow(
      'monthly must hold 12 months of normals, got 11',
    );
    const swapped = abileneInput.monthly.map((m, i) => (i === 3 ? { ...m, tMinC: m.tMaxC + 1 } : m));
    expect(() => synthesizeWeather({ ...abileneInput, monthly: swapped })).toThrow(/monthly\[3\]\.tMinC \(26\.1\) must not exceed tMaxC \(25\.1\)/);
  });
});
