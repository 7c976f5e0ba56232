import { describe, expect, it } from 'vitest';
import {
  inverterAcBeforeClipping,
  physicalIam,
  physicalIamTabulated,
  sapmCellTemperatureC,
  sapmModuleHeatFactor,
} from '../../../src/power-model/solar/module-physics';

describe('module physics', () => {
  it('gives the De Soto physical incidence-angle modifier', () => {
    // Eq. 14 with n = 1.526, K·L = 0.008: τ(0) = e^−0.008 × (1 − (0.526/2.526)²) = 0.949016;
    // at 60°: θr = asin(sin 60°/1.526) = 34.58°, τ = 0.897772 → 0.897772/0.949016 = 0.946003.
    expect(physicalIam(1)).toBe(1);
    expect(physicalIam(Math.cos(Math.PI / 3))).toBeCloseTo(0.946003, 5);
    expect(physicalIam(0)).toBe(0);
  });

  it('tabulates the IAM within 1e-5 of the exact curve', () => {
    for (let i = 0; i <= 997; i++) {
      const c = i / 997;
      expect(Math.abs(physicalIamTabulated(c) - physicalIam(c))).toBeLessThan(1e-5);
    }
  });

  it('heats an open-rack cell by SAPM', () => {
    // 800 W/m², 20 °C air, 3 m/s: 800 × e^(−3.56 − 0.225) + 20 + 0.8 × 3
    // = 800 × 0.022709 + 22.4 = 18.167 + 22.4 = 40.567 °C.
    expect(sapmCellTemperatureC(800, 20, sapmModuleHeatFactor(3))).toBeCloseTo(40.567, 2);
  });

  it('follows the PVWatts part-load inverter curve and is nominal near full load', () => {
    // At ζ = 1 (DC = AC rating / 0.96): η = (0.96/0.9637)(−0.0162 − 0.0059 + 0.9858) = 0.960000
    // to 4 digits, which is why PVWatts picked ηref = 0.9637.
    const dc = 1 / 0.96;
    expect(inverterAcBeforeClipping(dc, 1, 0.96) / dc).toBeCloseTo(0.96, 4);
    expect(inverterAcBeforeClipping(0, 1, 0.96)).toBe(0);
  });
});
