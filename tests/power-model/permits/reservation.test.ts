import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import type { DispatchInput } from '../../../src/power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { dispatchWithReservation, priorityOrder } from '../../../src/power-model/permits/reservation';
import { NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/** 10 MW units, no outage, no minimum load, 10 MMBtu/MWh through zero (as in limiter.test.ts). */
const UNIT: ThermalTechnology = { ...AERO_CT, id: 'test-unit', unitSizeMW: 10, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, minStableLoadFraction: 0, forcedOutageRate: 0 };
const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);

/**
 * Turbines as prime power (btm-first) with a 50 MW grid behind them; the load is 50 MW, except
 * ten August hours (5,000–5,009) at 100 MW that the grid alone cannot carry. 10 units with a
 * 100-hour-per-unit permit: 1,000 unit-hours.
 */
function input(): DispatchInput {
  const load = flat(50);
  load.fill(100, 5000, 5010);
  return {
    strategy: 'btm-first',
    facilityMW: load,
    solarMW: flat(0),
    gridLimitMW: 50,
    gridPriceUSDPerMWh: flat(50),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 0,
    thermal: buildThermalFleet([{ technology: UNIT, units: 10, orderYear: 2020 }], 2030, 4),
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    limits: { dryBulbC: flat(20), permits: { hoursPerUnit: 100, scr: false } },
  };
}

describe('dispatchWithReservation', () => {
  it('ranks first the hours the grid cannot cover, then by grid price, then by time', () => {
    const order = priorityOrder(input());
    expect(Array.from(order.slice(0, 11))).toEqual([5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 0]);
  });

  it('in calendar order spends the hours by 9 January and leaves the August peak 500 MWh short', () => {
    // 5 units × 200 h = 1,000 unit-hours: gone at hour 200; the peak gets the grid's 50 of 100 MW.
    const r = dispatchYear(input());
    expect(r.limits?.binding.hoursPerUnit.firstBindingHour).toBe(200);
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo(500, 6);
  });

  it('in priority order keeps 100 unit-hours for the peak and serves it whole', () => {
    // Peak first: 10 h × 10 units = 100 unit-hours; the other 900 go to 5-unit hours in time
    // order, hours 0–179. Thermal = 180 × 50 + 10 × 100 = 10,000 MWh; nothing unserved.
    const r = dispatchWithReservation(input());
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(sumSeries(r.flows.thermalToLoadMW)).toBeCloseTo(10_000, 6);
    expect(r.flows.thermalToLoadMW[179]).toBe(50);
    expect(r.flows.thermalToLoadMW[180]).toBe(0);
    expect(r.flows.thermalToLoadMW[5005]).toBe(100);
    expect(r.limits?.closedHours).toBe(HOURS_PER_YEAR - 190);
    expect(r.limits?.unitHoursUsed[0]).toBe(1000);
  });
});
