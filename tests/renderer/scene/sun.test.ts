import { describe, expect, it } from 'vitest';
import { daylight, sunAt } from '../../../src/renderer/scene/sun';

// Abilene, TX: 32.5° N, 99.78° W, Central Standard Time (UTC−6). 15 August = day index 226.
const ABILENE = [32.5, -99.78, -6] as const;
const AUG15 = 226 * 24;

describe('the sun over the campus', () => {
  it('stands about 71° high, a little east of south, at 12:30 on 15 August', () => {
    // Hand check: declination ≈ 13.8°, so the noon elevation is 90 − 32.5 + 13.8 ≈ 71.3°; solar noon
    // falls at ≈ 12:44 CST (9.78° west of the zone meridian = 39 min, equation of time ≈ −4.5 min),
    // so at 12:30 the sun is still slightly east of south (azimuth just under 180°).
    const s = sunAt(...ABILENE, AUG15 + 12);
    expect(s.elevationDeg).toBeGreaterThan(70.5);
    expect(s.elevationDeg).toBeLessThan(72);
    expect(s.azimuthDeg).toBeGreaterThan(160);
    expect(s.azimuthDeg).toBeLessThan(180);
  });

  it('is low in the west-north-west at 18:30, and below the horizon at midnight', () => {
    // Hand check: hour angle (18.5 − 12.73) × 15 = 86.5°; sin(el) = sin 32.5 sin 13.8 + cos 32.5 cos 13.8 cos 86.5 = 0.178 → 10.3°.
    const evening = sunAt(...ABILENE, AUG15 + 18);
    expect(evening.elevationDeg).toBeCloseTo(10.3, 0);
    expect(evening.azimuthDeg).toBeGreaterThan(270);
    expect(evening.azimuthDeg).toBeLessThan(295);
    // Scene axes: west is −x, up is +y.
    expect(evening.direction[0]).toBeLessThan(-0.9);
    expect(sunAt(...ABILENE, AUG15).elevationDeg).toBeLessThan(-30);
  });

  it('calls it night 6° below the horizon and full day 10° above', () => {
    expect(daylight(-6)).toBe(0);
    expect(daylight(10)).toBe(1);
    expect(daylight(2)).toBeCloseTo(0.5, 9);
  });
});
