import { describe, expect, it } from 'vitest';
import { allYearsHeadroom, prepareHeadroom } from '../../../src/power-model/headroom/analyse';
import { curtailedHoursByMonthHour } from '../../../src/power-model/headroom/month-hour';
import { HOUR_MS } from '../../../src/power-model/system-load/types';
import { SYNTHETIC_HEADROOM } from '../../fixtures/headroom/synthetic-system-load';
import { HAND_HEADROOM_AT_50_PCT_MW, handPrepared } from '../../fixtures/headroom/hand-prepared';

const sum = (rows: number[][]) => rows.flat().reduce((a, b) => a + b, 0);

describe('curtailed hours by month and hour of day', () => {
  it('places the eight curtailed hours of the hand-worked 15 MW load in their month and local hour', () => {
    const counts = curtailedHoursByMonthHour(handPrepared(), { start: 0, end: 12 }, HAND_HEADROOM_AT_50_PCT_MW);
    // Hours 0–6 and 10 are curtailed: (month, hour) = (0, 22), (0, 23), (1, 0), (6, 1), (6, 2), (6, 3), (7, 4), (3, 8).
    const cells: [number, number][] = [];
    counts.forEach((row, m) => row.forEach((n, h) => { for (let k = 0; k < n; k++) cells.push([m, h]); }));
    expect(cells).toEqual([[0, 22], [0, 23], [1, 0], [3, 8], [6, 1], [6, 2], [6, 3], [7, 4]]);
    expect(counts).toHaveLength(12);
    expect(counts.every((row) => row.length === 24)).toBe(true);
  });

  it('counts only the hours of the span it is given', () => {
    // Hours 3–8 hold curtailed hours 3, 4, 5, 6.
    expect(sum(curtailedHoursByMonthHour(handPrepared(), { start: 3, end: 9 }, HAND_HEADROOM_AT_50_PCT_MW))).toBe(4);
  });

  it('counts every hour of December, January and February and the summer peak on the synthetic series (tests/fixtures/headroom)', () => {
    // 100 MW flat from 2018-12-20 to 2020-01-10 (UTC), peaks 105 MW on 2019-01-15 18:00 and 110 MW on 2019-07-20 21:00:
    // at 0.5 % the 5.08 MW load is curtailed in all 2,664 winter hours and the summer peak, 2,665 in all.
    // December holds 12 + 31 = 43 days, January 31 + 9 = 40, February 28: each hour of day is curtailed that many times.
    const first = Date.UTC(2018, 11, 20);
    const loadMW = new Float64Array(SYNTHETIC_HEADROOM.hours).fill(100);
    loadMW[(Date.UTC(2019, 0, 15, 18) - first) / HOUR_MS] = 105;
    loadMW[(Date.UTC(2019, 6, 20, 21) - first) / HOUR_MS] = 110;
    const p = prepareHeadroom({ id: 'synthetic', name: 'synthetic', firstHourUtcMs: first, loadMW, clock: { standardUtcOffsetHours: 0, daylightSaving: false, label: 'UTC' }, source: 'test' });
    const counts = curtailedHoursByMonthHour(p, { start: 0, end: loadMW.length }, allYearsHeadroom(p, 0.5).headroomMW);
    expect(counts[11]).toEqual(new Array(24).fill(43));
    expect(counts[0]).toEqual(new Array(24).fill(40));
    expect(counts[1]).toEqual(new Array(24).fill(28));
    expect(counts[6]?.[21]).toBe(1);
    expect(sum(counts)).toBe(SYNTHETIC_HEADROOM.allYearsCurtailedHours);
  });
});
