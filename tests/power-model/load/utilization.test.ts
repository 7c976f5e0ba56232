import { describe, expect, it } from 'vitest';
import { checkedHourlyUtilization, workloadUtilization } from '../../../src/power-model/load/utilization';

function mean(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s / a.length;
}

describe('workload utilization', () => {
  it('is flat at 0.9 for training by default', () => {
    const u = workloadUtilization('training');
    expect(u).toHaveLength(8760);
    expect(Math.min(...u)).toBe(0.9);
    expect(Math.max(...u)).toBe(0.9);
  });

  it('swings ±20 % around 0.7 for inference, peaking mid-afternoon, with the mean kept', () => {
    const u = workloadUtilization('inference');
    expect(mean(u)).toBeCloseTo(0.7, 12);
    // Hours 14:00–15:00 and 15:00–16:00 straddle the 15:00 peak: 0.7 × (1 + 0.2 cos(π/24))
    // = 0.7 × (1 + 0.2 × 0.991445) = 0.838802; 02:00–03:00 and 03:00-04:00 are the trough,
    // 0.7 × (1 − 0.198289) = 0.561198.
    expect(u[14]).toBeCloseTo(0.838802, 6);
    expect(u[15]).toBeCloseTo(0.838802, 6);
    expect(u[2]).toBeCloseTo(0.561198, 6);
    expect(Math.max(...u)).toBeCloseTo(0.838802, 6);
  });

  it('narrows the swing so utilization never exceeds 1', () => {
    const u = workloadUtilization('inference', 0.95);
    expect(Math.max(...u)).toBeLessThanOrEqual(1 + 1e-12);
    expect(mean(u)).toBeCloseTo(0.95, 12);
  });

  it('accepts a user series of 8784 hours by dropping December 31, and refuses bad values', () => {
    const leap = new Float64Array(8784).fill(0.5);
    expect(checkedHourlyUtilization(leap)).toHaveLength(8760);
    const bad = new Float64Array(8760).fill(0.5);
    bad[100] = 1.2;
    expect(() => checkedHourlyUtilization(bad)).toThrow('workload.hourlyUtilization[100] must be between 0 and 1, got 1.2');
    expect(() => checkedHourlyUtilization(new Float64Array(100))).toThrow(/must hold 8760 or 8784 values, got 100/);
    expect(() => workloadUtilization('training', 0)).toThrow(/averageUtilization/);
  });
});
