import { describe, expect, it } from 'vitest';
import { batteryState, charge, discharge, validateBattery } from '../../src/power-model/storage/battery';

const spec = { powerMW: 100, energyMWh: 400, roundTripEfficiency: 0.81, minSocFraction: 0.1, maxSocFraction: 0.9, initialSocFraction: 0.1 };

describe('battery', () => {
  it('returns round-trip efficiency times the energy put in', () => {
    // η one way = √0.81 = 0.9: charge 100 MW for 2 h → +180 MWh; deliver 100 MW until empty:
    // 180 MWh × 0.9 = 162 MWh = 0.81 × 200 MWh.
    const state = batteryState(spec);
    charge(state, 100);
    charge(state, 100);
    let delivered = 0;
    for (let h = 0; h < 5; h++) delivered += discharge(state, 100);
    expect(delivered).toBeCloseTo(162, 9);
    expect(state.socMWh).toBeCloseTo(40, 9);
  });

  it('keeps the state of charge within its limits and power within its rating', () => {
    // Usable headroom from 40 to 360 MWh = 320 MWh; at 100 MW × 0.9 per hour that takes 3.56 h.
    const state = batteryState(spec);
    let absorbed = 0;
    for (let h = 0; h < 10; h++) absorbed += charge(state, 500);
    expect(state.socMWh).toBeCloseTo(360, 9);
    expect(absorbed).toBeCloseTo(320 / 0.9, 9);
    expect(discharge(state, 1000)).toBe(100);
  });

  it('refuses an initial state of charge outside the limits, naming it', () => {
    expect(() => validateBattery({ ...spec, initialSocFraction: 0.95 })).toThrow(/initialSocFraction/);
  });
});
