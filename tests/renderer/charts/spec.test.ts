import { describe, expect, it } from 'vitest';
import { cumulative, drawnRows, niceTicks, yExtent, type ChartSpec } from '../../../src/renderer/charts/spec';

const spec = (kind: ChartSpec['kind']): ChartSpec => ({
  title: 't',
  kind,
  x: [0, 1, 2],
  xTime: false,
  xLabel: 'x',
  yLabel: 'MW',
  series: [
    { label: 'a', color: '#000000', values: [1, 2, 3] },
    { label: 'b', color: '#ffffff', values: [10, 20, -30] },
  ],
});

describe('chart specs', () => {
  it('stacks series as running sums bottom to top', () => {
    expect(cumulative([[1, 2], [3, 4], [5, 6]])).toEqual([[1, 2], [4, 6], [9, 12]]);
  });

  it('draws stacked kinds cumulatively and lines as they are', () => {
    expect(drawnRows(spec('stacked-area'))[1]).toEqual([11, 22, -27]);
    expect(drawnRows(spec('lines'))[1]).toEqual([10, 20, -30]);
  });

  it('includes zero in the y extent so areas and bars stand on the axis', () => {
    expect(yExtent(spec('lines'))).toEqual({ min: -30, max: 20 });
    expect(yExtent({ ...spec('lines'), series: [{ label: 'a', color: '#000000', values: [5, 7] }] })).toEqual({ min: 0, max: 7 });
  });

  it('puts ticks on round steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 9, 4)).toEqual([0, 2.5, 5, 7.5]);
    expect(niceTicks(-30, 20, 5)).toEqual([-30, -20, -10, 0, 10, 20]);
  });
});
