import { describe, expect, it } from 'vitest';
import { dualFuelUnitsMW, markDualFuelUnits } from '../../../../src/main/runs/jobs/worst-day-check';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import type { SizedMix } from '../../../../src/power-model/optimize/types';
import type { ReliabilityInput } from '../../../../src/power-model/reliability/types';

const unit = (id: string, gasFired: boolean) => ({ id, capacityMW: 10, forcedOutageRate: 0.02, mttrHours: 50, gasFired });
const input: ReliabilityInput = {
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(30),
  gridImportLimitMW: 0,
  units: [unit('gas-recip-engine-1', true), unit('gas-recip-engine-2', true), unit('gas-recip-engine-3', true), unit('fuel-cell-sofc-1', false)],
  years: 1,
  seed: 1,
};
const mix: SizedMix = {
  gridImportMW: 0,
  thermal: [
    { technologyId: 'gas-recip-engine', units: 3, unitMW: 10, capacityMW: 30, lpCapacityMW: 28, dualFuelMW: 12.5 },
    { technologyId: 'fuel-cell-sofc', units: 1, unitMW: 10, capacityMW: 10, lpCapacityMW: 10 },
  ],
  solarMWac: 0,
  batteryMW: 0,
  batteryMWh: 0,
};

describe('dual-fuel units in the Monte Carlo fleet', () => {
  it('rounds the LP dual-fuel MW up to whole units and exempts that many of the technology from gas interruptions', () => {
    // 12.5 MW of 10 MW units → 2 units: engines 1 and 2 run on stored fuel, engine 3 stays gas only.
    expect(dualFuelUnitsMW(mix)).toBe(20);
    const marked = markDualFuelUnits(input, mix);
    expect(marked.units).toBe(2);
    expect(marked.input.units.map((u) => u.gasFired)).toEqual([false, false, true, false]);
    // The input it was given is left as it was.
    expect(input.units.map((u) => u.gasFired)).toEqual([true, true, true, false]);
  });
});
