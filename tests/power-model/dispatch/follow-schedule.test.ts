import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import { followSchedule } from '../../../src/power-model/dispatch/follow-schedule';
import type { DispatchInput, DispatchSchedule } from '../../../src/power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { DEFAULT_BATTERY_LIMITS, NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import { RECIP } from '../simulate-fixture';
import type { GasSupply } from '../../../src/power-model/fuel/gas-supply';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';

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

describe('followSchedule with a distillate tank and gas-only units', () => {
  // Two blocks with straight fuel lines, 10 MMBtu/MWh at any output, no forced outage: 'dual'
  // (can burn distillate, first in the merit order: no VOM) and 'gas-only' (no distillate factors,
  // 1 USD/MWh VOM, so second). Scheduled 30 + 20 MW = the 50 MW load every hour. The pipeline
  // delivers 9,600 MMBtu a calendar day against 50 × 24 × 10 = 12,000 burned: 2,400 MMBtu must be
  // distillate, and the gas-only block needs 20 × 24 × 10 = 4,800 of the gas.
  const straight = { unitSizeMW: 10, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, minStableLoadFraction: 0, forcedOutageRate: 0 };
  const dual: ThermalTechnology = { ...RECIP, ...straight, id: 'dual', variableOMUSDPerMWh: 0, emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } } };
  const gasOnly: ThermalTechnology = { ...RECIP, ...straight, id: 'gas-only', variableOMUSDPerMWh: 1, emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 } } };
  const gas: GasSupply = { pipelineMMBtuPerDay: 9_600, pipelineMMBtuPerHour: Infinity, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, distillate: { tankMMBtu: 1e7, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96 } };
  const thermal = buildThermalFleet([{ technology: gasOnly, units: 3, orderYear: 2020 }, { technology: dual, units: 3, orderYear: 2020 }], 2030, 4);

  it('holds the gas the gas-only block is scheduled to burn, so the dual-fuel block burns distillate instead and nothing goes unserved', () => {
    expect(thermal.map((b) => b.technology.id)).toEqual(['dual', 'gas-only']);
    const r = followSchedule(input({ facilityMW: flat(50), gridLimitMW: 0, thermal, limits: { dryBulbC: flat(20), gas } }), schedule({ thermalMWByTechnology: { dual: flat(30), 'gas-only': flat(20) } }));
    // The dual block gets 9,600 − 4,800 = 4,800 MMBtu of gas (16 h at 300 MMBtu/h) and 8 h of
    // distillate (2,400 MMBtu) a day; the gas-only block its 4,800. Before the reserve the dual
    // block took gas first, the pipeline ran dry after 9,600 ÷ 500 = 19.2 h and the gas-only block
    // left 20 MW × 4.8 h = 96 MWh a day unserved.
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(2_400 * 365, 3);
    expect(r.limits?.pipelineMMBtu).toBeCloseTo(9_600 * 365, 3);
    // Hour 16 of day 0 is the dual block's first on distillate: 300 MMBtu of it.
    expect(r.flows.thermalFuelMMBtu[16]).toBeCloseTo(500, 9);
    expect(r.limits?.distillate.firstBurnHour).toBe(16);
  });

  it('lets the dual-fuel block burn the held gas once its tank is empty', () => {
    // A 1,200 MMBtu tank, no refill: day 0 burns 4,800 gas + 1,200 distillate in the dual block,
    // then the held 4,800 for the gas-only block; after the tank is empty the dual block takes the
    // gas first again (the dispatch's order without a tank), so 2,400 MMBtu a day = 240 MWh short.
    const small: GasSupply = { ...gas, distillate: { tankMMBtu: 1_200, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96 } };
    const r = followSchedule(input({ facilityMW: flat(50), gridLimitMW: 0, thermal, limits: { dryBulbC: flat(20), gas: small } }), schedule({ thermalMWByTechnology: { dual: flat(30), 'gas-only': flat(20) } }));
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(1_200, 6);
    expect(r.limits?.distillate.lowestMMBtu).toBeCloseTo(0, 6);
    // Fuel short: 2,400 × 365 − 1,200 MMBtu at 10 MMBtu/MWh.
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo((2_400 * 365 - 1_200) / 10, 3);
  });
});
