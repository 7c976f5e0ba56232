import { describe, expect, it } from 'vitest';
import { blockFuelMMBtu, buildThermalFleet, maxOutputForFuelMW } from '../../../src/power-model/thermal/fleet';
import { AERO_CT } from '../simulate-fixture';

describe('maxOutputForFuelMW', () => {
  // 20 aero units (34 MW, FOR 0.05 → 32.3 MW available each). Fuel line (dispatch.test.ts):
  // incremental 7.8732 MMBtu/MWh, no-load 53.509 MMBtu/h per unit; one unit at 32.3 MW burns
  // 53.509 + 7.8732 × 32.3 = 307.81 MMBtu/h.
  const block = buildThermalFleet([{ technology: AERO_CT, units: 20, orderYear: 2020 }], 2030, 4)[0]!;

  it('gives three full units for the fuel of three full units', () => {
    const fuel = blockFuelMMBtu(block, 3 * 32.3);
    expect(fuel).toBeCloseTo(3 * 307.81, 1);
    expect(maxOutputForFuelMW(block, fuel)).toBeCloseTo(96.9, 6);
  });

  it('loads a fourth unit above its minimum when 1,000 MMBtu/h is allowed', () => {
    // Four units: 4 × 53.509 = 214.04 no-load, (1,000 − 214.04) ÷ 7.8732 = 99.83 MW (≥ 4 × 13.6 minimum).
    expect(maxOutputForFuelMW(block, 1000)).toBeCloseTo(99.83, 1);
  });

  it('never returns an output that burns more than the fuel allowed, and at most the block', () => {
    for (let fuel = 0; fuel < 7000; fuel += 37.3) {
      const mw = maxOutputForFuelMW(block, fuel);
      expect(blockFuelMMBtu(block, mw)).toBeLessThanOrEqual(fuel + 1e-9);
      expect(mw).toBeLessThanOrEqual(block.availableMW + 1e-9);
    }
    expect(maxOutputForFuelMW(block, 1e9)).toBeCloseTo(block.availableMW, 9);
    expect(maxOutputForFuelMW(block, 0)).toBe(0);
  });
});
