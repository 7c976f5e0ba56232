import { describe, expect, it } from 'vitest';
import { bundledSystemLoad } from '../../../src/main/data/load-grid-tariffs';
import { HOUR_MS } from '../../../src/power-model/system-load/types';
import { coincidentPeakHours, mapSystemLoadToModelYear } from '../../../src/power-model/system-load/index';

/** Central Prevailing Time of a UTC instant: UTC−6, UTC−5 from the second Sunday of March to the first Sunday of November (US rule since 2007). */
function centralPrevailing(utcMs: number): Date {
  const standard = new Date(utcMs - 6 * HOUR_MS);
  const y = standard.getUTCFullYear();
  const sunday = (month: number, n: number) => 1 + ((7 - new Date(Date.UTC(y, month, 1)).getUTCDay()) % 7) + 7 * (n - 1);
  const dst = standard.getTime() >= Date.UTC(y, 2, sunday(2, 2), 2) && standard.getTime() < Date.UTC(y, 10, sunday(10, 1), 1);
  return new Date(standard.getTime() + (dst ? HOUR_MS : 0));
}

describe('the shipped ERCOT system load', () => {
  const ercot = bundledSystemLoad('ERCO');
  if (!ercot) throw new Error('data/system-load/ERCO.csv.gz is missing');

  it('holds 43,848 hours from 2015-07-02 00:00 UTC, the five years of the EIA-930 cleaned release', () => {
    expect(ercot.loadMW.length).toBe(43_848);
    expect(new Date(ercot.firstHourUtcMs).toISOString()).toBe('2015-07-02T00:00:00.000Z');
  });

  it('has its 4CP hours in June–September afternoons in every year of the data (2015–2020)', () => {
    // Straight from the series on ERCOT's clock, month by month as 16 TAC §25.192 defines them:
    // every June–September month the data hold whole (2015: Aug–Sep, July starting at 19:00 on the
    // 1st; 2016–2019 all four; 2020: June).
    const best = new Map<string, { mw: number; local: Date; hours: number }>();
    for (let i = 0; i < ercot.loadMW.length; i++) {
      const local = centralPrevailing(ercot.firstHourUtcMs + i * HOUR_MS);
      const month = local.getUTCMonth();
      if (month < 5 || month > 8) continue;
      const key = `${local.getUTCFullYear()}-${month + 1}`;
      const mw = ercot.loadMW[i] ?? 0;
      const current = best.get(key);
      if (!current || mw > current.mw) best.set(key, { mw, local, hours: (current?.hours ?? 0) + 1 });
      else current.hours += 1;
    }
    const whole = [...best].filter(([key, m]) => m.hours === 24 * new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5)), 0)).getUTCDate());
    expect(whole.map(([key]) => key)).toEqual(['2015-8', '2015-9', ...[2016, 2017, 2018, 2019].flatMap((y) => [6, 7, 8, 9].map((m) => `${y}-${m}`)), '2020-6']);
    for (const [key, { local }] of whole) {
      // The hour holding each monthly peak starts between 14:00 and 19:00 local (it ends by 20:00).
      expect(local.getUTCHours(), key).toBeGreaterThanOrEqual(14);
      expect(local.getUTCHours(), key).toBeLessThanOrEqual(19);
    }
  });

  it('finds the same instants through the model calendar for each whole year 2016–2019', () => {
    for (const systemYear of [2016, 2017, 2018, 2019]) {
      const mapped = mapSystemLoadToModelYear(ercot, { systemYear, modelYear: systemYear, siteUtcOffsetHours: -6 });
      const peaks = coincidentPeakHours(mapped, '4CP');
      expect(peaks.map((p) => p.tariffMonth)).toEqual([5, 6, 7, 8]);
      for (const p of peaks) {
        const local = centralPrevailing(mapped.startUtcMs + p.modelHour * HOUR_MS);
        expect([local.getUTCMonth(), local.getUTCHours()]).toEqual([p.tariffMonth, p.tariffHourOfDay]);
        expect(local.getUTCHours()).toBeGreaterThanOrEqual(14);
        expect(local.getUTCHours()).toBeLessThanOrEqual(19);
      }
    }
  });
});
