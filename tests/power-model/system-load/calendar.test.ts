import { describe, expect, it } from 'vitest';
import { hourOfDate } from '../../../src/power-model/hours';
import { availableSystemYears, daylightSavingAt, mapSystemLoadToModelYear, weekdayShiftDays } from '../../../src/power-model/system-load/calendar';
import { BALANCING_AUTHORITY_CLOCKS, HOUR_MS, type SystemLoadSeries, type TariffClock } from '../../../src/power-model/system-load/types';

const CPT = BALANCING_AUTHORITY_CLOCKS.ERCO as TariffClock;
const MISO_EST = BALANCING_AUTHORITY_CLOCKS.MISO as TariffClock;

/** An hourly series whose value is its own index, from `firstUtc` for `hours` hours: a value read back says which hour was taken. */
function indexSeries(firstUtc: string, hours: number, clock: TariffClock = CPT): SystemLoadSeries {
  return { id: 'TEST', name: 'test', firstHourUtcMs: Date.parse(firstUtc), loadMW: Float64Array.from({ length: hours }, (_, i) => i), clock, source: 'synthetic' };
}

describe('weekdayShiftDays', () => {
  it('moves the system year at most three days so that January 1 falls on the model year’s weekday', () => {
    // 2019-01-01 is a Tuesday, 2026-01-01 a Thursday (+2), 2028-01-01 a Saturday (+4 ≡ −3), 2019 itself 0.
    expect(weekdayShiftDays(2019, 2019)).toBe(0);
    expect(weekdayShiftDays(2019, 2026)).toBe(2);
    expect(weekdayShiftDays(2019, 2028)).toBe(-3);
    // 2016-01-01 is a Friday, 2030-01-01 a Tuesday: −3.
    expect(weekdayShiftDays(2016, 2030)).toBe(-3);
  });
});

describe('mapSystemLoadToModelYear', () => {
  // Series from 2018-12-20 00:00 UTC: 12 days + 6 hours before 2019-01-01 00:00 CST (06:00 UTC) = index 294.
  const series = indexSeries('2018-12-20T00:00:00Z', 400 * 24);

  it('starts the window at January 1 00:00 of the site’s standard time, shifted by whole days for the weekday', () => {
    const same = mapSystemLoadToModelYear(series, { systemYear: 2019, modelYear: 2019, siteUtcOffsetHours: -6 });
    expect(same.shiftDays).toBe(0);
    expect(same.loadMW[0]).toBe(294);
    expect(same.loadMW[8759]).toBe(294 + 8759);
    const shifted = mapSystemLoadToModelYear(series, { systemYear: 2019, modelYear: 2028, siteUtcOffsetHours: -6 });
    // Three days earlier: 294 − 72 = 222, and the window's first day is a Saturday like 2028-01-01.
    expect(shifted.loadMW[0]).toBe(222);
    expect(new Date(shifted.startUtcMs - 6 * HOUR_MS).getUTCDay()).toBe(6);
    // A site on Eastern time takes its window one hour earlier in UTC: 05:00 UTC = index 293.
    expect(mapSystemLoadToModelYear(series, { systemYear: 2019, modelYear: 2019, siteUtcOffsetHours: -5 }).loadMW[0]).toBe(293);
  });

  it('keeps 365 consecutive days in a leap system year: model March 1 holds February 29, and December 31 is left out', () => {
    // 2016-01-01 and 2021-01-01 are both Fridays, so laying 2016 on 2021 needs no shift.
    const leap = indexSeries('2015-12-25T06:00:00Z', 380 * 24);
    const m = mapSystemLoadToModelYear(leap, { systemYear: 2016, modelYear: 2021, siteUtcOffsetHours: -6 });
    expect(m.shiftDays).toBe(0);
    const marchFirst = hourOfDate(3, 1, 0); // model day 59
    const utc = new Date(leap.firstHourUtcMs + (m.loadMW[marchFirst] ?? 0) * HOUR_MS - 6 * HOUR_MS);
    expect([utc.getUTCMonth() + 1, utc.getUTCDate()]).toEqual([2, 29]);
    const lastHour = new Date(leap.firstHourUtcMs + (m.loadMW[8759] ?? 0) * HOUR_MS - 6 * HOUR_MS);
    expect([lastHour.getUTCMonth() + 1, lastHour.getUTCDate(), lastHour.getUTCHours()]).toEqual([12, 30, 23]);
  });

  it('reads each hour on the tariff clock with US daylight saving on the model year’s dates', () => {
    const m = mapSystemLoadToModelYear(series, { systemYear: 2019, modelYear: 2019, siteUtcOffsetHours: -6 });
    // 2019: DST from Sunday March 10, 02:00 CST, to Sunday November 3, 02:00 CDT (= 01:00 CST).
    expect(m.tariffHour[hourOfDate(3, 10, 1)]).toBe(hourOfDate(3, 10, 1));
    expect(m.tariffHour[hourOfDate(3, 10, 2)]).toBe(hourOfDate(3, 10, 2) + 1);
    expect(m.tariffHour[hourOfDate(7, 1, 16)]).toBe(hourOfDate(7, 1, 17)); // 16:00 CST is 17:00 CDT
    expect(m.tariffHour[hourOfDate(11, 3, 0)]).toBe(hourOfDate(11, 3, 1)); // 00:00 CST = 01:00 CDT, still daylight time
    expect(m.tariffHour[hourOfDate(11, 3, 1)]).toBe(hourOfDate(11, 3, 1)); // back on standard time
    // MISO's market clock is EST all year: a Central-time site's hour h is h + 1 there, summer and winter.
    const miso = mapSystemLoadToModelYear({ ...series, clock: MISO_EST }, { systemYear: 2019, modelYear: 2019, siteUtcOffsetHours: -6 });
    expect(miso.tariffHour[hourOfDate(1, 15, 12)]).toBe(hourOfDate(1, 15, 13));
    expect(miso.tariffHour[hourOfDate(7, 15, 12)]).toBe(hourOfDate(7, 15, 13));
  });

  it('refuses a year the series does not hold whole, naming the years it can give', () => {
    expect(() => mapSystemLoadToModelYear(series, { systemYear: 2020, modelYear: 2028, siteUtcOffsetHours: -6 })).toThrow(/systemYear: TEST holds no whole year 2020; pick one of 2019/);
    expect(availableSystemYears(series, -6)).toEqual([2019]);
  });
});

describe('daylightSavingAt', () => {
  it('follows the US rule since 2007 and never applies to a clock without daylight saving', () => {
    expect(daylightSavingAt(Date.parse('2028-03-12T07:59:00Z'), CPT)).toBe(false); // 01:59 CST on 12 March 2028
    expect(daylightSavingAt(Date.parse('2028-03-12T08:00:00Z'), CPT)).toBe(true); // 02:00 CST → 03:00 CDT
    expect(daylightSavingAt(Date.parse('2028-11-05T06:59:00Z'), CPT)).toBe(true); // 01:59 CDT on 5 November 2028
    expect(daylightSavingAt(Date.parse('2028-11-05T07:00:00Z'), CPT)).toBe(false);
    expect(daylightSavingAt(Date.parse('2028-07-01T12:00:00Z'), MISO_EST)).toBe(false);
  });
});
