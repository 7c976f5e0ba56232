import { describe, expect, it } from 'vitest';
import { trackerRotationDeg } from '../../../src/power-model/solar/tracking';

describe('trackerRotationDeg', () => {
  it('lies flat with the sun overhead or down, faces east in the morning and west in the afternoon', () => {
    expect(trackerRotationDeg(0, 180, 60, 0.35, true)).toBeCloseTo(0, 12);
    expect(trackerRotationDeg(95, 90, 60, 0.35, true)).toBe(0);
    // Sun 60° from zenith due east: R = atan2(−sin 60°, cos 60°) = −60°; cos 60°/0.35 > 1, no backtracking.
    expect(trackerRotationDeg(60, 90, 90, 0.35, true)).toBeCloseTo(-60, 9);
    expect(trackerRotationDeg(60, 270, 90, 0.35, true)).toBeCloseTo(60, 9);
  });

  it('backtracks at low sun so rows do not shade each other', () => {
    // Sun 80° from zenith due east, GCR 0.35: cos 80°/0.35 = 0.496138 < 1, so
    // R = −80° + acos(0.496138) = −80° + 60.2552° = −19.7448°.
    expect(trackerRotationDeg(80, 90, 90, 0.35, true)).toBeCloseTo(-19.7448, 3);
    expect(trackerRotationDeg(80, 90, 90, 0.35, false)).toBeCloseTo(-80, 9);
  });

  it('stops at the rotation limit', () => {
    expect(trackerRotationDeg(70, 90, 45, 0.35, false)).toBe(-45);
  });
});
