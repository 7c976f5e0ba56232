import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import { followSchedule } from '../../../src/power-model/dispatch/follow-schedule';
import type { DispatchInput, DispatchSchedule } from '../../../src/power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { DEFAULT_BATTERY_LIMITS, NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import { RECIP } from '../simulate-fixture';

const flat = (mw: number) => new Float64Array(HOURS_PER_YEAR).fill(mw);

function input(partial: Partial<DispatchInput>): DispatchInput {
  return {
    strategy: 'economic',
    facilityMW: flat(100),
    solarMW: flat(0),
    gridLimitMW: 100,
    gridPriceUSDPerMWh: flat(50),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 0,
    thermal: [],
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    ...partial,
  };
}

function schedule(partial: Partial<DispatchSchedule>): DispatchSchedule {
  return { gridImportMW: flat(0), thermalMWByTechnology: {}, batteryChargeMW: flat(0), batteryDischargeMW: flat(0), batteryInitialSocFraction: 0.5, ...partial };
}

describe('followSchedule', () => {
  it('leaves a contracted grid idle when the schedule says so, and counts what nothing serves as unserved', () => {
    // 100 MW load, 100 MW of grid contracted but scheduled at 0 (a CO2 cap of 0): the economic
    // dispatch would draw 876,000 MWh (350,400 t at 400 kg/MWh); the schedule draws none.
    const inp = input({});
    expect(sumSeries(dispatchYear(inp).flows.co2Tonnes)).toBeCloseTo(350_400, 6);
    const followed = followSchedule(inp, schedule({}));
    expect(sumSeries(followed.flows.gridToLoadMW)).toBe(0);
    expect(sumSeries(followed.flows.co2Tonnes)).toBe(0);
    expect(sumSeries(followed.flows.unservedMW)).toBeCloseTo(100 * 8760, 6);
  });

  it('runs each source up to its schedule and never beyond, solar first', () => {
    // Load 100 MW, solar 30 MW, thermal scheduled 50 MW (available 20 × 10.3 × 0.97 = 199.8 MW),
    // grid scheduled 15 MW: 30 + 50 + 15 = 95 MW served, 5 MW unserved every hour.
    const thermal = buildThermalFleet([{ technology: RECIP, units: 20, orderYear: 2020 }], 2030, 4);
    const inp = input({ solarMW: flat(30), thermal });
    const r = followSchedule(inp, schedule({ gridImportMW: flat(15), thermalMWByTechnology: { [RECIP.id]: flat(50) } }));
    expect(r.flows.solarToLoadMW[0]).toBe(30);
    expect(r.flows.thermalToLoadMW[0]).toBe(50);
    expect(r.flows.gridToLoadMW[0]).toBe(15);
    expect(r.flows.unservedMW[0]).toBeCloseTo(5, 12);
    expect(r.thermalBlocks[0]?.energyMWh).toBeCloseTo(50 * 8760, 6);
    // 50 MW from 10 MW-available units: n = ceil(50 / 9.991) = 6 committed, each above minimum load,
    // fuel = 6 × noLoad + incremental × 50 (the engine's fuel line, as dispatchYear counts it).
    expect(r.flows.thermalFuelMMBtu[0]).toBeCloseTo(6 * (thermal[0]?.noLoadMMBtuPerHour ?? 0) + (thermal[0]?.incrementalMMBtuPerMWh ?? 0) * 50, 9);
  });

  it('charges and discharges the battery as scheduled, starting from the state it is given', () => {
    // 100 MWh / 50 MW battery at RTE 0.81 (η = 0.9 each way), starting at 50% = 50 MWh.
    // Hour 0: discharge 18 MW → 50 − 18/0.9 = 30 MWh. Hour 1: charge 20 MW from the grid
    // (scheduled draw 120 MW = 100 to load + 20 to charge) → 30 + 20 × 0.9 = 48 MWh.
    const battery = { powerMW: 50, energyMWh: 100, roundTripEfficiency: 0.81, ...DEFAULT_BATTERY_LIMITS };
    const grid = flat(100);
    grid[0] = 82;
    grid[1] = 120;
    const charge = flat(0);
    charge[1] = 20;
    const discharge = flat(0);
    discharge[0] = 18;
    const inp = input({ battery, gridLimitMW: 150 });
    const r = followSchedule(inp, schedule({ gridImportMW: grid, batteryChargeMW: charge, batteryDischargeMW: discharge, batteryInitialSocFraction: 0.5 }));
    expect(r.flows.batteryToLoadMW[0]).toBeCloseTo(18, 12);
    expect(r.flows.gridToLoadMW[0]).toBeCloseTo(82, 12);
    expect(r.flows.batterySocMWh[0]).toBeCloseTo(30, 9);
    expect(r.flows.gridToBatteryMW[1]).toBeCloseTo(20, 12);
    expect(r.flows.batterySocMWh[1]).toBeCloseTo(48, 9);
    expect(r.flows.unservedMW[0]).toBe(0);
  });

  it('refuses a schedule series of the wrong length, naming it', () => {
    expect(() => followSchedule(input({}), schedule({ batteryChargeMW: new Float64Array(24) }))).toThrow(/batteryChargeMW must have 8760 values/);
  });
});
