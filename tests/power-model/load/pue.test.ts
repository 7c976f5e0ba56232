import { describe, expect, it } from 'vitest';
import { PUE_SLOPE_PER_C, pueAt, type CoolingType } from '../../../src/power-model/load/pue';

describe('pueAt', () => {
  const types: CoolingType[] = ['air', 'evaporative', 'hybrid', 'liquid'];

  it.each(types)('equals the design PUE at the design temperature (%s)', (coolingType) => {
    expect(pueAt(32, { designPue: 1.25, designTempC: 32, coolingType })).toBe(1.25);
  });

  it('rises with heat at the slope of the cooling type', () => {
    // air: 1.3 + 0.01/°C × (45 − 35) °C = 1.4; liquid: 1.3 + 0.003 × 10 = 1.33.
    expect(pueAt(45, { designPue: 1.3, designTempC: 35, coolingType: 'air' })).toBeCloseTo(1.4, 12);
    expect(pueAt(45, { designPue: 1.3, designTempC: 35, coolingType: 'liquid' })).toBeCloseTo(1.33, 12);
    expect(PUE_SLOPE_PER_C.air).toBeGreaterThan(PUE_SLOPE_PER_C.liquid);
  });

  it('falls with cold but not below the floor of 60 % of the design overhead', () => {
    // 1.3 − 0.01 × 10 = 1.2 at 25 °C (above the floor); floor = 1 + 0.6 × 0.3 = 1.18.
    expect(pueAt(25, { designPue: 1.3, designTempC: 35, coolingType: 'air' })).toBeCloseTo(1.2, 12);
    expect(pueAt(-30, { designPue: 1.3, designTempC: 35, coolingType: 'air' })).toBeCloseTo(1.18, 12);
  });
});
