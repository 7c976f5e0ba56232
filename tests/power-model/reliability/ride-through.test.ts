import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { simulateReliability } from '../../../src/power-model/reliability/monte-carlo';

describe('ride-through trials', () => {
  it('ends a trial at the first hour the site is short without the grid, after hours it covered with room to spare', () => {
    // One 100 MW unit that never fails, at 0.4 of its rating in hours 4,000–4,099 (40 MW against a
    // 50 MW load: short without the grid) and at its rating elsewhere (50 MW to spare, the hours the
    // trials advance without looking at the designs); a 100 MW grid that never fails; no battery.
    // An outage of n hours starting at s is ridden through unless [s, s + n) meets the short hours:
    // 99 + n of the 8,689 start hours (0 … 8,760 − 72) fail, so P = 1 − (99 + n)/8,689:
    // 0.98849 for 1 h, 0.98584 for 24 h, 0.98032 for 72 h. 600 years × 8 starts = 4,800 trials: a
    // standard error of about 0.002, so ±0.008 is four of them; a trial that never ended would give 1.
    const fraction = new Float64Array(HOURS_PER_YEAR).fill(1);
    fraction.fill(0.4, 4000, 4100);
    const result = simulateReliability({
      facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(50),
      gridImportLimitMW: 100,
      units: [{ id: 'ct', capacityMW: 100, forcedOutageRate: 0, mttrHours: 10, hourlyCapacityFraction: fraction }],
      years: 600,
      seed: 5,
      rideThroughHours: [1, 24, 72],
    });
    const expected = [1 - 100 / 8689, 1 - 123 / 8689, 1 - 171 / 8689];
    result.rideThrough.forEach((r, i) => {
      expect(r.trials).toBe(4800);
      expect(Math.abs(r.probability.mean - (expected[i] ?? NaN))).toBeLessThan(0.008);
    });
    // The grid covers every hour: no loss of load.
    expect(result.lossOfLoadHoursPerYear.mean).toBe(0);
  });
});
