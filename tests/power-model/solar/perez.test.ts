import { describe, expect, it } from 'vitest';
import { perezSkyDiffuseWPerM2, relativeAirMass } from '../../../src/power-model/solar/perez';

describe('Perez sky diffuse', () => {
  it('gives exactly DHI on a horizontal plane', () => {
    // β = 0: (1 − F1)·1 + F1·cos θz / cos θz + F2·0 = 1 whenever θz < 85°.
    expect(perezSkyDiffuseWPerM2(200, 700, 1367, 30, Math.cos(Math.PI / 6), 0)).toBeCloseTo(200, 9);
  });

  it('falls back to the isotropic sky with the sun below the horizon', () => {
    // Vertical plane: DHI·(1 + cos 90°)/2 = 40/2 = 20 W/m².
    expect(perezSkyDiffuseWPerM2(40, 0, 1367, 92, 0, Math.PI / 2)).toBeCloseTo(20, 9);
  });

  it('brightens a sun-facing plane under a clear sky beyond the isotropic share', () => {
    // Clear sky (ε = (950/100 + 1.041·0.698³)/(1 + 1.041·0.698³) ≈ 7.3, the clearest bin): the circumsolar term F1·a/b adds to the isotropic (1 + cos 30°)/2 share.
    const tilt = Math.PI / 6;
    const isotropic = (100 * (1 + Math.cos(tilt))) / 2;
    expect(perezSkyDiffuseWPerM2(100, 850, 1367, 40, 1, tilt)).toBeGreaterThan(isotropic);
  });

  it('uses the Kasten–Young air mass', () => {
    // 1/(cos θz + 0.50572 (96.07995 − θz)^−1.6364): 0.99971 at 0°, 1.99429 at 60°.
    expect(relativeAirMass(0)).toBeCloseTo(0.99971, 5);
    expect(relativeAirMass(60)).toBeCloseTo(1.99429, 5);
  });
});
