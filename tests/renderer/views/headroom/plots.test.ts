import { describe, expect, it } from 'vitest';
import type { DurationCurve } from '../../../../src/power-model/headroom/duration-curve';
import { durationCurvePlot, headroomCurvePlot } from '../../../../src/renderer/views/headroom/plots';

const colors = { text: '#000', grid: '#ccc', font: '12px sans-serif' };

describe('the headroom plots’ data', () => {
  it('draws the duration curve in GW against hours a year, the new load stacked on the system load', () => {
    const curve: DurationCurve = { hoursAtOrAbove: [3, 6, 12], systemLoadMW: [99_000, 88_000, 60_000], newLoadServedMW: [500, 10_000, 15_000], newLoadMW: 15_000, spanHours: 12 };
    const { data, options } = durationCurvePlot(curve, { winterMW: 60_000, summerMW: 100_000, shoulderMW: 100_000 }, 2)(colors);
    // Two years: 3, 6, 12 hours at or above are 1.5, 3, 6 hours a year; the stack's top is load + served.
    expect(data).toEqual([[1.5, 3, 6], [99, 88, 60], [99.5, 98, 75], [60, 60, 60], [100, 100, 100]]);
    expect(options.scales?.x?.distr).toBe(3);
    expect(options.bands).toEqual([{ series: [2, 1], fill: expect.any(String) }]);
  });

  it('marks the chosen limit on the headroom curve and nowhere else', () => {
    const points = [0.25, 0.5, 1].map((p, i) => ({ curtailmentPct: p, headroomMW: 1000 * (i + 1), curtailedHoursPerYear: 50 * (i + 1), averageEventHours: 3 }));
    const { data } = headroomCurvePlot(points, 0.5)(colors);
    expect(data).toEqual([[0.25, 0.5, 1], [1, 2, 3], [null, 2, null], [50, 100, 150]]);
  });
});
