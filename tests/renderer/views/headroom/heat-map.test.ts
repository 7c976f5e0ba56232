import { describe, expect, it } from 'vitest';
import { heatColor, legendTicks, maxCount } from '../../../../src/renderer/views/headroom/heat-map';

describe('the heat-map colour scale and legend', () => {
  it('runs from the palest kept BuPu stop to the darkest, interpolating between stops', () => {
    expect(heatColor(0)).toBe('rgb(191, 211, 230)');
    expect(heatColor(1)).toBe('rgb(129, 15, 124)');
    // Five stops: t = 0.5 lands on the third, [140, 150, 198].
    expect(heatColor(0.5)).toBe('rgb(140, 150, 198)');
    // t = 0.125 is halfway between the first two: (191 + 158) / 2 = 174.5 → 175, (211 + 188) / 2 = 199.5 → 200, (230 + 218) / 2 = 224.
    expect(heatColor(0.125)).toBe('rgb(175, 200, 224)');
    expect([heatColor(-1), heatColor(2), heatColor(Number.NaN)]).toEqual([heatColor(0), heatColor(1), heatColor(0)]);
  });

  it('labels the legend in whole steps from 0 to the largest cell, without a tick crowding the top one', () => {
    // 71: step ⌈71 / 4⌉ = 18.
    expect(legendTicks(71)).toEqual([0, 18, 36, 54, 71]);
    // 5: step 2; 4 is within a step's half of 5, so it is left out.
    expect(legendTicks(5)).toEqual([0, 2, 5]);
    expect(legendTicks(0)).toEqual([0]);
  });

  it('finds the largest cell', () => {
    expect(maxCount([[0, 3], [7, 1]])).toBe(7);
    expect(maxCount([])).toBe(0);
  });
});
