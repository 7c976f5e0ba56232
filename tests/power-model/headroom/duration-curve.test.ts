import { describe, expect, it } from 'vitest';
import { bucketEdges, durationCurve } from '../../../src/power-model/headroom/duration-curve';
import { HAND_HEADROOM_AT_50_PCT_MW, handPrepared } from '../../fixtures/headroom/hand-prepared';

describe('the load duration curve with the new load stacked on it', () => {
  it('cuts twelve hours into buckets of 3, 3 and 6 when asked for four points', () => {
    // half = 2: geometric 12^(1/2) = 3.46 → 3, 12^(2/2) = 12; even 6, 12.
    expect(bucketEdges(12, 4)).toEqual([3, 6, 12]);
  });

  it('averages load and served new load over each bucket of hours ranked by load, as worked by hand', () => {
    // Ranked by load: 101, 100, 98 | 94, 90, 80 | 80, 70, 65, 60, 58, 50 (hours 10, 3, 4 | 5, 6, 7 | 8, 9, 11, 1, 2, 0).
    // Served new load = 15 − curtailed MW: 0, 0, 2 | 6, 10, 15 | 15, 15, 15, 0, 2, 10.
    const c = durationCurve(handPrepared(), { start: 0, end: 12 }, HAND_HEADROOM_AT_50_PCT_MW, 4);
    expect(c.hoursAtOrAbove).toEqual([3, 6, 12]);
    expect(c.systemLoadMW[0]).toBeCloseTo(299 / 3, 12);
    expect(c.systemLoadMW[1]).toBeCloseTo(88, 12);
    expect(c.systemLoadMW[2]).toBeCloseTo(383 / 6, 12);
    expect(c.newLoadServedMW[0]).toBeCloseTo(2 / 3, 12);
    expect(c.newLoadServedMW[1]).toBeCloseTo(31 / 3, 12);
    expect(c.newLoadServedMW[2]).toBeCloseTo(57 / 6, 12);
    // Served energy 2 + 31 + 57 = 90 MWh = 15 MW × 12 h less the 90 MWh curtailed (50 %).
    expect(c.newLoadServedMW.reduce((a, v, j) => a + v * ((c.hoursAtOrAbove[j] ?? 0) - (c.hoursAtOrAbove[j - 1] ?? 0)), 0)).toBeCloseTo(90, 9);
    expect([c.newLoadMW, c.spanHours]).toEqual([15, 12]);
  });

  it('ranks only the hours of the span it is given', () => {
    // Hours 6–11: loads 90, 80, 80, 70, 101, 65; one bucket edge per hour at this size.
    const c = durationCurve(handPrepared(), { start: 6, end: 12 }, HAND_HEADROOM_AT_50_PCT_MW, 12);
    expect(c.hoursAtOrAbove).toEqual([1, 2, 3, 4, 5, 6]);
    expect(c.systemLoadMW).toEqual([101, 90, 80, 80, 70, 65]);
    expect(c.newLoadServedMW).toEqual([0, 10, 15, 15, 15, 15]);
  });

  it('keeps one-hour buckets at the top of a five-year series and ends on its last hour', () => {
    const edges = bucketEdges(43_848);
    expect(edges.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(edges.at(-1)).toBe(43_848);
    expect(edges.length).toBeLessThanOrEqual(301);
    expect(edges.every((e, j) => j === 0 || e > (edges[j - 1] ?? 0))).toBe(true);
    expect([bucketEdges(1), bucketEdges(0)]).toEqual([[1], []]);
  });
});
