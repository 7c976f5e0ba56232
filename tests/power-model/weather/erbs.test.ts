import { describe, expect, it } from 'vitest';
import { sunPathForYear } from '../../../src/power-model/solar/sun-position';
import { erbsDiffuseFraction, splitGhiErbs } from '../../../src/power-model/weather/erbs';

describe('Erbs diffuse fraction', () => {
  it('follows the three pieces of Erbs et al. (1982), eq. 1', () => {
    expect(erbsDiffuseFraction(0.2)).toBeCloseTo(0.982, 12); // 1 − 0.09 × 0.2
    // 0.9511 − 0.1604·0.5 + 4.388·0.25 − 16.638·0.125 + 12.336·0.0625
    // = 0.9511 − 0.0802 + 1.097 − 2.07975 + 0.771 = 0.65915
    expect(erbsDiffuseFraction(0.5)).toBeCloseTo(0.65915, 10);
    expect(erbsDiffuseFraction(0.9)).toBe(0.165);
  });

  it('splits GHI so that DHI + DNI·cos θz gives GHI back every daytime hour', () => {
    const sun = sunPathForYear(32.47, -99.71, -6);
    const ghi = new Float64Array(8760);
    for (let h = 0; h < 8760; h++) ghi[h] = Math.max(0, 900 * (sun.cosZenith[h] ?? 0));
    const dni = new Float64Array(8760);
    const dhi = new Float64Array(8760);
    splitGhiErbs(ghi, sun, dni, dhi);
    for (let h = 0; h < 8760; h++) {
      const cosZ = sun.cosZenith[h] ?? 0;
      const back = (dhi[h] ?? 0) + (cosZ > 0 ? (dni[h] ?? 0) * cosZ : 0);
      expect(back).toBeCloseTo(ghi[h] ?? 0, 9);
      expect(dni[h]).toBeGreaterThanOrEqual(0);
    }
  });
});
