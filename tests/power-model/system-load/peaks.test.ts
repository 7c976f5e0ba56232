import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR, hourOfDate } from '../../../src/power-model/hours';
import type { ModelYearSystemLoad } from '../../../src/power-model/system-load/calendar';
import { coincidentPeakHours } from '../../../src/power-model/system-load/peaks';

/**
 * A flat 100 MW system year with peaks placed by hand, read on a clock equal to the model's
 * (tariffHour = h) unless `tariffShift` moves it: short enough to work every rule out by hand.
 */
function year(peaks: Record<number, number>, tariffShift: (h: number) => number = () => 0): ModelYearSystemLoad {
  const loadMW = new Float64Array(HOURS_PER_YEAR).fill(100);
  for (const [h, mw] of Object.entries(peaks)) loadMW[Number(h)] = mw;
  const tariffHour = Int32Array.from({ length: HOURS_PER_YEAR }, (_, h) => h + tariffShift(h));
  return { seriesId: 'T', systemYear: 2019, modelYear: 2019, shiftDays: 0, startUtcMs: 0, loadMW, tariffHour, clock: { standardUtcOffsetHours: 0, daylightSaving: false, label: 'test clock' }, description: 'test year' };
}

const at = (month: number, day: number, hour: number) => hourOfDate(month, day, hour);
const hours = (y: ModelYearSystemLoad, rule: Parameters<typeof coincidentPeakHours>[1]) => coincidentPeakHours(y, rule).map((p) => p.modelHour);

describe('coincident-peak rules on a hand-made system year', () => {
  const peaks = {
    [at(1, 20, 18)]: 150, // the winter peak, also the annual peak
    [at(6, 12, 16)]: 130,
    [at(7, 18, 17)]: 140,
    [at(7, 18, 15)]: 139, // same day as the July peak: one daily peak only
    [at(7, 25, 16)]: 138,
    [at(8, 8, 17)]: 145,
    [at(8, 9, 17)]: 120,
    [at(9, 3, 16)]: 125,
    [at(10, 2, 19)]: 110,
  };
  const y = year(peaks);

  it('1CP is the hour of the annual peak', () => {
    expect(hours(y, '1CP')).toEqual([at(1, 20, 18)]);
  });

  it('ERCOT 4CP is the hour of each monthly peak of June to September, in month order', () => {
    expect(hours(y, '4CP')).toEqual([at(6, 12, 16), at(7, 18, 17), at(8, 8, 17), at(9, 3, 16)]);
  });

  it('PJM 5CP is the five highest daily peaks of June to September on different days, in time order', () => {
    // Daily peaks: Aug 8 145, Jul 18 140 (139 on the same day does not count), Jul 25 138, Jun 12 130, Sep 3 125; Aug 9 (120) is sixth.
    expect(hours(y, '5CP')).toEqual([at(6, 12, 16), at(7, 18, 17), at(7, 25, 16), at(8, 8, 17), at(9, 3, 16)]);
  });

  it('12CP is each month’s peak hour, January first; a flat month takes its first hour', () => {
    const h = hours(y, '12CP');
    expect(h).toHaveLength(12);
    expect(h[0]).toBe(at(1, 20, 18));
    expect(h[1]).toBe(at(2, 1, 0));
    expect(h[9]).toBe(at(10, 2, 19));
  });

  it('MISO seasonal is the peak of summer, fall, winter and spring, in that order', () => {
    expect(hours(y, 'seasonal')).toEqual([at(8, 8, 17), at(9, 3, 16), at(1, 20, 18), at(3, 1, 0)]);
  });

  it('reads months on the tariff clock: a peak at 23:00 standard time on September 30 is October 1 in daylight time', () => {
    // The whole summer on a clock one hour ahead (daylight saving); 23:00 on Sep 30 becomes 00:00 on Oct 1.
    const dst = year({ [at(9, 30, 23)]: 200, [at(9, 12, 16)]: 130 }, (h) => (h >= at(3, 10, 2) && h < at(11, 3, 1) ? 1 : 0));
    expect(hours(dst, '4CP')[3]).toBe(at(9, 12, 16));
    expect(coincidentPeakHours(dst, '4CP')[3]).toMatchObject({ tariffMonth: 8, tariffHourOfDay: 17, systemMW: 130 });
  });
});
