import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { selectRepresentativeDays } from '../../../src/power-model/optimize/representative-days';

describe('selectRepresentativeDays', () => {
  it('keeps the peak day alone and separates two day types into clusters weighted by their day counts', () => {
    // Weekdays draw 100 MW, weekends (day % 7 = 5 or 6: 104 days of 365) 50 MW, and day 42 (a weekday) peaks at 120 MW at noon.
    // With k = 3: the peak day alone (weight 1), the other 260 of the 261 weekdays, the 104 weekend days.
    const load = new Float64Array(HOURS_PER_YEAR);
    for (let h = 0; h < HOURS_PER_YEAR; h++) load[h] = Math.floor(h / 24) % 7 >= 5 ? 50 : 100;
    load[42 * 24 + 12] = 120;
    const { days, representativeOfDay } = selectRepresentativeDays([load], 3, 1);
    expect(days[0]).toEqual({ day: 42, weightDays: 1 });
    expect(days.map((d) => d.weightDays).sort((a, b) => a - b)).toEqual([1, 104, 260]);
    const weekendRepresentative = days.findIndex((d) => d.weightDays === 104);
    expect((days[weekendRepresentative]?.day ?? -1) % 7).toBeGreaterThanOrEqual(5);
    expect(representativeOfDay[5]).toBe(weekendRepresentative);
    expect(Array.from(representativeOfDay).every((index) => index >= 0 && index < days.length)).toBe(true);
  });

  it('is reproducible for a seed and refuses a count outside 1..365', () => {
    const load = new Float64Array(HOURS_PER_YEAR).map((_, h) => 100 + 10 * Math.sin(h / 37) + (h % 24));
    expect(selectRepresentativeDays([load], 8, 5)).toEqual(selectRepresentativeDays([load], 8, 5));
    expect(() => selectRepresentativeDays([load], 0, 1)).toThrow(/representative days must be an integer 1..365/);
  });

  it('keeps the groups it is told to keep, each day standing for its members, after the peak day and leaving one cluster for the rest', () => {
    // The weekday/weekend load of the first test: with k = 4, day 10 standing for days 10–12 and
    // day 200 for itself: the peak day 42 (weight 1), day 10 (3), day 200 (1), and the other 360
    // days in one cluster.
    const load = new Float64Array(HOURS_PER_YEAR);
    for (let h = 0; h < HOURS_PER_YEAR; h++) load[h] = Math.floor(h / 24) % 7 >= 5 ? 50 : 100;
    load[42 * 24 + 12] = 120;
    const keep = [{ day: 10, members: [10, 11, 12] }, { day: 200, members: [200] }];
    const { days, representativeOfDay } = selectRepresentativeDays([load], 4, 1, keep);
    expect(days.slice(0, 3)).toEqual([{ day: 42, weightDays: 1 }, { day: 10, weightDays: 3 }, { day: 200, weightDays: 1 }]);
    expect(days[3]?.weightDays).toBe(360);
    expect([representativeOfDay[10], representativeOfDay[11], representativeOfDay[12], representativeOfDay[200]]).toEqual([1, 1, 1, 2]);
    expect(days.reduce((sum, d) => sum + d.weightDays, 0)).toBe(365);
    // k = 3 leaves room for one group only (the peak day and one cluster take the others): the first listed.
    const fewer = selectRepresentativeDays([load], 3, 1, keep);
    expect(fewer.days.slice(0, 2)).toEqual([{ day: 42, weightDays: 1 }, { day: 10, weightDays: 3 }]);
    expect(fewer.days.reduce((sum, d) => sum + d.weightDays, 0)).toBe(365);
  });
});
