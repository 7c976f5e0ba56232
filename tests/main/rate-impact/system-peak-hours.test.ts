import { describe, expect, it } from 'vitest';
import { coincidentPeakHours } from '../../../src/power-model/grid/bill';
import { HOURS_PER_YEAR, monthOfHour } from '../../../src/power-model/hours';
import { temperatureProxyPeakHours as systemPeakHours } from '../../../src/main/rate-impact/system-peak-hours';

/** A year of 20 °C with one hot or cold hour placed by hand. */
function temperatures(marks: Record<number, number>): Float64Array {
  const t = new Float64Array(HOURS_PER_YEAR).fill(20);
  for (const [hour, value] of Object.entries(marks)) t[Number(hour)] = value;
  return t;
}

// Day-of-year offsets of the first of each month in a 365-day year (Jan 1 = day 0).
const FIRST_DAY = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const hourOf = (month: number, day: number, hourOfDay: number) => ((FIRST_DAY[month] ?? 0) + day) * 24 + hourOfDay;

describe('temperatureProxyPeakHours (used only where no system load is given)', () => {
  it('uses the 4CP proxy hours of the bill for the coincident peak and for June to September', () => {
    const t = temperatures({ [hourOf(6, 14, 16)]: 41, [hourOf(7, 2, 17)]: 39 });
    const peaks = systemPeakHours(t);
    expect(peaks.systemPeakHours).toEqual(coincidentPeakHours(t));
    expect([5, 6, 7, 8].map((m) => peaks.monthlySystemPeakHours[m])).toEqual(coincidentPeakHours(t));
    expect(peaks.systemPeakHours[1]).toBe(hourOf(6, 14, 16));
    expect(peaks.systemPeakHours[2]).toBe(hourOf(7, 2, 17));
  });

  it('takes the coldest evening hour (17:00-19:59) in December to February and the hottest afternoon hour otherwise', () => {
    const t = temperatures({
      [hourOf(0, 9, 18)]: -15, // a cold January evening: the January peak
      [hourOf(0, 10, 7)]: -25, // colder, but in the morning: outside the winter window
      [hourOf(3, 20, 16)]: 30, // a hot April afternoon
      [hourOf(11, 30, 17)]: -8,
    });
    const monthly = systemPeakHours(t).monthlySystemPeakHours;
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toBe(hourOf(0, 9, 18));
    expect(monthly[3]).toBe(hourOf(3, 20, 16));
    expect(monthly[11]).toBe(hourOf(11, 30, 17));
    monthly.forEach((hour, month) => expect(monthOfHour(hour)).toBe(month));
  });

  it('refuses a temperature series that is not one hour per hour of the year', () => {
    expect(() => systemPeakHours(new Float64Array(100))).toThrow(/8760/);
  });
});
