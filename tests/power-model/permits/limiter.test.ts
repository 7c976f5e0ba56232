import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import type { DispatchInput } from '../../../src/power-model/dispatch/types';
import type { GasSupply } from '../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/**
 * A unit whose fuel is a straight line through zero, so hand sums stay simple: 10 MW, no forced
 * outage, no minimum load, 10,000 Btu/kWh at every output → 10 MMBtu per MWh, no no-load term.
 * NOx 0.1 lb/MMBtu without SCR, 0.0125 with; CO 0.05.
 */
const UNIT: ThermalTechnology = {
  ...AERO_CT,
  id: 'test-unit',
  unitSizeMW: 10,
  heatRateBtuPerKWh: 10_000,
  partLoadHeatRateBtuPerKWh: 10_000,
  minStableLoadFraction: 0,
  forcedOutageRate: 0,
  emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, scr: { noxLbPerMMBtu: 0.0125, coLbPerMMBtu: 0.05, capexUSDPerKW: 0, fixedOMUSDPerKWYear: 0, variableOMUSDPerMWh: 0 } },
};
const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);
const MILD = flat(20);
const FIRM: GasSupply = { pipelineMMBtuPerDay: Infinity, pipelineMMBtuPerHour: Infinity, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0 };

function input(partial: Partial<DispatchInput>): DispatchInput {
  return {
    strategy: 'btm-first',
    facilityMW: flat(50),
    solarMW: flat(0),
    gridLimitMW: 0,
    gridPriceUSDPerMWh: flat(50),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 0,
    thermal: buildThermalFleet([{ technology: UNIT, units: 10, orderYear: 2020 }], 2030, 4),
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    ...partial,
  };
}

/** Calendar month (0 = January) of an hour of a 365-day year. */
function monthOf(hour: number): number {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let end = 0;
  for (let m = 0; m < 12; m++) {
    end += (days[m] ?? 0) * 24;
    if (hour < end) return m;
  }
  return 11;
}

describe('thermal limits in the dispatch', () => {
  it('leaves every flow equal when the limits set no budget and no pipeline cap', () => {
    const plain = dispatchYear(input({}));
    const limited = dispatchYear(input({ limits: { dryBulbC: MILD, permits: { scr: false }, gas: FIRM } }));
    expect(Array.from(limited.flows.thermalToLoadMW)).toEqual(Array.from(plain.flows.thermalToLoadMW));
    expect(Array.from(limited.flows.thermalFuelMMBtu)).toEqual(Array.from(plain.flows.thermalFuelMMBtu));
    expect(limited.limits?.binding.gas.firstBindingHour).toBeNull();
  });

  it('stops the units in March when a 1,000-hour-per-unit budget is spent, and the grid takes over', () => {
    // 50 MW = 5 of 10 units every hour; 10 units × 1,000 h = 10,000 unit-hours ÷ 5 = 2,000 hours,
    // hours 0–1,999. Hour 2,000 is 25 March 08:00 (2,000 − 744 − 672 = 584 h = 24 days + 8 h into March).
    const inp = input({ gridLimitMW: 100, limits: { dryBulbC: MILD, permits: { hoursPerUnit: 1000, scr: false } } });
    const result = dispatchYear(inp);
    const binding = result.limits?.binding.hoursPerUnit;
    expect(binding?.firstBindingHour).toBe(2000);
    expect(monthOf(2000)).toBe(2);
    expect(sumSeries(result.flows.thermalToLoadMW)).toBeCloseTo(50 * 2000, 6);
    expect(sumSeries(result.flows.gridToLoadMW)).toBeCloseTo(50 * (HOURS_PER_YEAR - 2000), 6);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(result.limits?.unitHoursUsed[0]).toBe(10_000);
  });

  it('leaves the load unserved after the hours budget when there is no grid', () => {
    const result = dispatchYear(input({ limits: { dryBulbC: MILD, permits: { hoursPerUnit: 1000, scr: false } } }));
    // 6,760 hours × 50 MW unserved.
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(50 * 6760, 6);
  });

  it('spends a NOx budget of 10.01 tons in 400 full hours and 20 MW of hour 400', () => {
    // 50 MW × 10 MMBtu/MWh = 500 MMBtu/h × 0.1 lb = 50 lb/h. 10.01 t × 2,000 = 20,020 lb: 400 h
    // use 20,000 lb; the 20 lb left burn 200 MMBtu = 20 MW in hour 400; nothing after.
    const result = dispatchYear(input({ limits: { dryBulbC: MILD, permits: { noxTonsPerYear: 10.01, scr: false } } }));
    expect(result.limits?.binding.noxTonsPerYear.firstBindingHour).toBe(400);
    expect(result.flows.thermalToLoadMW[399]).toBeCloseTo(50, 9);
    expect(result.flows.thermalToLoadMW[400]).toBeCloseTo(20, 6);
    expect(result.flows.thermalToLoadMW[401]).toBe(0);
    const fuel = result.thermalBlocks[0]?.fuelMMBtu ?? 0;
    expect((fuel * 0.1) / 2000).toBeCloseTo(10.01, 9);
  });

  it('runs eight times longer on the same NOx budget with SCR, into May', () => {
    // With SCR 0.0125 lb/MMBtu: 6.25 lb/h; 20,020 ÷ 6.25 = 3,203.2 h → hour 3,203 gets 0.2 × 50 = 10 MW.
    const result = dispatchYear(input({ limits: { dryBulbC: MILD, permits: { noxTonsPerYear: 10.01, scr: true } } }));
    expect(result.limits?.binding.noxTonsPerYear.firstBindingHour).toBe(3203);
    expect(monthOf(3203)).toBe(4);
    expect(result.flows.thermalToLoadMW[3203]).toBeCloseTo(10, 6);
  });

  it('binds a 10,000 MMBtu/day pipeline over calendar days at hour 4,004 of a day with an evening peak', () => {
    // Without a clock the day is 24 model hours from midnight. Day 166 (hours 3,984–4,007): 40 MW
    // (400 MMBtu/h) for 16 h = 6,400 MMBtu, then 80 MW (800/h). 3,600 MMBtu left at hour 4,000:
    // four full hours (3,200), 400 MMBtu = 40 MW in hour 4,004, nothing in 4,005–4,007
    // (3 × 80 MW unserved + 40 MW at 4,004 = 280 MWh).
    const load = flat(40);
    load.fill(80, 4000, 4008);
    const gas = { ...FIRM, pipelineMMBtuPerDay: 10_000 };
    const result = dispatchYear(input({ facilityMW: load, limits: { dryBulbC: MILD, gas } }));
    expect(result.limits?.binding.gas.firstBindingHour).toBe(4004);
    expect(result.flows.thermalToLoadMW[4004]).toBeCloseTo(40, 6);
    expect(result.flows.thermalToLoadMW[4005]).toBe(0);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(280, 6);
    expect(result.limits?.peakDayMMBtu).toBeCloseTo(10_000, 6);
  });

  it('binds the same pipeline over the NAESB gas day at hour 4,009, after the evening peak is served', () => {
    // A Central site (UTC−6) in 2026: on 16 June (hours 3,984–4,007) daylight saving is on, so the
    // gas day starts at 9:00 CDT = 8:00 CST = hour 3,992 and runs to hour 4,015. Hours 3,992–3,999
    // at 400 MMBtu = 3,200; the peak 4,000–4,007 at 800 = 6,400 (9,600 so far, all served);
    // 400 left = 40 MW in hour 4,008; nothing in 4,009–4,015 (7 × 40 = 280 MWh unserved).
    // The partial first gas day (hours 0–8, 9/24 × 10,000 = 3,750) covers 9 × 400 = 3,600.
    const load = flat(40);
    load.fill(80, 4000, 4008);
    const gas: GasSupply = { ...FIRM, pipelineMMBtuPerDay: 10_000, clock: { utcOffsetHours: -6, year: 2026 } };
    const result = dispatchYear(input({ facilityMW: load, limits: { dryBulbC: MILD, gas } }));
    expect(result.flows.thermalToLoadMW[4007]).toBeCloseTo(80, 9);
    expect(result.flows.thermalToLoadMW[4008]).toBeCloseTo(40, 6);
    expect(result.flows.thermalToLoadMW[4009]).toBe(0);
    expect(result.flows.thermalToLoadMW[4016]).toBeCloseTo(40, 9);
    expect(result.limits?.binding.gas.firstBindingHour).toBe(4009);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(280, 6);
    expect(result.limits?.peakDayMMBtu).toBeCloseTo(10_000, 6);
  });

  it('binds a 600 MMBtu/hour pipeline in the first hour of the peak', () => {
    // 600 MMBtu/h = 60 MW against 80 MW from hour 4,000: 20 MW short in each of 8 hours.
    const load = flat(40);
    load.fill(80, 4000, 4008);
    const result = dispatchYear(input({ facilityMW: load, limits: { dryBulbC: MILD, gas: { ...FIRM, pipelineMMBtuPerHour: 600 } } }));
    expect(result.limits?.binding.gas.firstBindingHour).toBe(4000);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(160, 6);
  });

  it('carries a one-day interruption of interruptible gas on 12,000 MMBtu of stored fuel, and half of it on 6,000', () => {
    // Day 30 (hours 720–743) has one hour at −10 °C < −5 °C: the pipeline is cut all day.
    // 50 MW burns 500 MMBtu/h, 12,000 MMBtu a day: a full tank carries it; half carries 12 hours.
    const cold = flat(20);
    cold[730] = -10;
    const gas: GasSupply = { ...FIRM, service: 'interruptible', storageMMBtu: 12_000 };
    const full = dispatchYear(input({ limits: { dryBulbC: cold, gas } }));
    expect(full.limits?.interruptedDays).toBe(1);
    expect(full.limits?.firstInterruptedHour).toBe(720);
    expect(sumSeries(full.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(full.limits?.storageDrawnMMBtu).toBeCloseTo(12_000, 6);
    expect(full.limits?.storageFirstEmptyHour).toBe(743);
    const half = dispatchYear(input({ limits: { dryBulbC: cold, gas: { ...gas, storageMMBtu: 6000 } } }));
    expect(half.limits?.binding.gas.firstBindingHour).toBe(732);
    expect(sumSeries(half.flows.unservedMW)).toBeCloseTo(50 * 12, 6);
  });

  it('refills the tank by truck at the start of each day', () => {
    // Two cut days in a row (30 and 31) at 12,000 MMBtu each; tank 12,000 refilled 6,000 a day:
    // day 30 runs on the full tank, day 31 on the 6,000 refill: 12 hours, then 12 × 50 MWh unserved.
    const cold = flat(20);
    cold[730] = -10;
    cold[750] = -10;
    const gas: GasSupply = { ...FIRM, service: 'interruptible', storageMMBtu: 12_000, storageRefillMMBtuPerDay: 6000 };
    const result = dispatchYear(input({ limits: { dryBulbC: cold, gas } }));
    expect(result.limits?.interruptedDays).toBe(2);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(50 * 12, 6);
  });
});
