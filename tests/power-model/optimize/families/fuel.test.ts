import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../../src/power-model/dispatch/dispatch';
import { gasDaysFor, type ModelClock } from '../../../../src/power-model/fuel/gas-day';
import { interruptedHours } from '../../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { fuelDays } from '../../../../src/power-model/optimize/families/fuel';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { NO_BATTERY } from '../../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../../src/power-model/thermal/fleet';
import type { ThermalTechnology } from '../../../../src/power-model/thermal/technology';
import { AERO_CT } from '../../simulate-fixture';

// A Central site in 2026 (fuel/gas-day.ts tests): gas day 0 is hours 0–8 (the tail of the day that
// began on 31 December, 9/24 of the daily quantity), gas day 1 hours 9–32, gas day 2 hours 33–56.
const CENTRAL: ModelClock = { utcOffsetHours: -6, year: 2026 };
const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);

// Load 100 MW; grid at 10 USD/MWh except a 200 USD/MWh spike in hours 30–40 (2 January 06:00–16:00),
// which straddles the 9:00 CCT boundary at hour 33. A 100 MW plant at 10 MMBtu/MWh and 4 USD/MMBtu
// (40 USD/MWh) runs only in the spike, and a pipeline of 2,000 MMBtu a gas day lets it make 200 MWh
// a gas day: 200 MWh in gas day 1 (hours 30–32 want 300) and 200 in gas day 2 (hours 33–40 want 800).
const SPIKE = { first: 30, last: 40 };
const price = flat(10).fill(200, SPIKE.first, SPIKE.last + 1);

function lpInput(clock: ModelClock | undefined, pipelineCutHours?: Uint8Array): SizingInput {
  return {
    facilityLoadMW: flat(100),
    discountRate: 0.07,
    grid: { importLimitMW: 200, energyPriceUSDPerMWh: price, capacityChargeUSDPerMWYear: 0, co2KgPerMWh: 0 },
    thermal: [{ technologyId: 'unit', capexUSDPerKW: 0, fixedOMUSDPerKWYear: 0, variableOMUSDPerMWh: 0, heatRateBtuPerKWh: 10_000, fuelPriceUSDPerMMBtu: 4, co2KgPerMMBtu: 53.06, unitMW: 10, lifetimeYears: 30 }],
    reserveUnits: 0,
    fuel: { pipelineMMBtuPerDay: 2000, ...(clock === undefined ? {} : { clock }), ...(pipelineCutHours === undefined ? {} : { pipelineCutHours }) },
    timeResolution: { kind: 'fullYear' },
  };
}

/** MMBtu the LP burns in each gas day of `clock`, the plant at 10 MMBtu/MWh. */
async function lpBurnByGasDay(clock: ModelClock | undefined, pipelineCutHours?: Uint8Array): Promise<Float64Array> {
  const highs = await highsLoader();
  const layout = buildSizingModel(lpInput(clock, pipelineCutHours), false, { largestUnitMW: 0, fixedCapacity: { gridMW: 200, thermalMW: [100], solarMWac: 0, batteryMW: 0, batteryMWh: 0 } });
  const solution = solveLp(highs, layout.builder, 120, 'choose');
  expect(solution.status).toBe('optimal');
  const x = solution.colValue ?? new Float64Array(0);
  const days = gasDaysFor(clock);
  const burn = new Float64Array(days.startHours.length);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const d = days.dayOfHour[h] ?? 0;
    burn[d] = (burn[d] ?? 0) + 10 * (x[layout.thermalHour[0]?.[h] ?? -1] ?? 0);
  }
  return burn;
}

describe('fuel family on NAESB gas days', () => {
  it('lays the full year’s daily rows over the dispatch’s gas days, the first one at its 9/24 share', () => {
    const input = lpInput(CENTRAL);
    const days = fuelDays(input, [{ firstYearHour: 0, hours: HOURS_PER_YEAR, weight: 1 }]);
    const gas = gasDaysFor(CENTRAL);
    expect(days.map((d) => d.first)).toEqual(gas.startHours);
    expect(days.slice(0, 3)).toEqual([
      { first: 0, hours: 9, fraction: 9 / 24 },
      { first: 9, hours: 24, fraction: 1 },
      { first: 33, hours: 24, fraction: 1 },
    ]);
    // Representative days stand for a gas day each: 24 modelled hours, the whole quantity.
    expect(fuelDays(input, [{ firstYearHour: 0, hours: 24, weight: 200 }, { firstYearHour: 4800, hours: 24, weight: 165 }])).toEqual([
      { first: 0, hours: 24, fraction: 1 },
      { first: 24, hours: 24, fraction: 1 },
    ]);
  });

  it('binds the LP’s daily pipeline row on the same gas days and hours as the dispatch’s limiter', async () => {
    const lp = await lpBurnByGasDay(CENTRAL);
    // By hand (see SPIKE): 2,000 MMBtu in gas days 1 and 2, nothing in any other.
    expect(lp[1]).toBeCloseTo(2000, 4);
    expect(lp[2]).toBeCloseTo(2000, 4);
    expect(lp.reduce((a, v) => a + v, 0)).toBeCloseTo(4000, 4);

    // The dispatch, economic order, the same plant (10 × 10 MW, flat 10,000 Btu/kWh, VOM 5.97 →
    // 45.97 USD/MWh: below the spike, above the 10 USD grid) and the same pipeline and clock.
    const unit: ThermalTechnology = { ...AERO_CT, id: 'unit', unitSizeMW: 10, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, minStableLoadFraction: 0, forcedOutageRate: 0 };
    const result = dispatchYear({
      strategy: 'economic',
      facilityMW: flat(100),
      solarMW: flat(0),
      gridLimitMW: 200,
      gridPriceUSDPerMWh: price,
      gridCarbonKgPerMWh: 0,
      peakShaveCapMW: 0,
      thermal: buildThermalFleet([{ technology: unit, units: 10, orderYear: 2020 }], 2030, 4),
      battery: NO_BATTERY,
      gasPriceUSDPerMMBtu: 4,
      limits: { dryBulbC: flat(20), gas: { pipelineMMBtuPerDay: 2000, pipelineMMBtuPerHour: Infinity, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, clock: CENTRAL } },
    });
    const days = gasDaysFor(CENTRAL);
    const dispatchBurn = new Float64Array(days.startHours.length);
    for (let h = 0; h < HOURS_PER_YEAR; h++) dispatchBurn[days.dayOfHour[h] ?? 0] = (dispatchBurn[days.dayOfHour[h] ?? 0] ?? 0) + (result.flows.thermalFuelMMBtu[h] ?? 0);
    expect(Array.from(dispatchBurn, (v) => Math.round(v))).toEqual(Array.from(lp, (v) => Math.round(v)));
    // The dispatch runs hours 30–31 (gas day 1's 2,000 MMBtu), is held back in hour 32, the last of
    // gas day 1, then runs 33–34 on gas day 2's quantity and is held back in 35–40: 7 hours.
    expect(result.limits?.binding.gas.firstBindingHour).toBe(32);
    expect(result.limits?.binding.gas.bindingHours).toBe(7);
  });

  it('counts calendar days without a clock, so the spike’s 11 hours get one day’s quantity', async () => {
    // Hours 30–40 all lie in calendar day 1 (hours 24–47): 2,000 MMBtu in all.
    const lp = await lpBurnByGasDay(undefined);
    expect(lp.reduce((a, v) => a + v, 0)).toBeCloseTo(2000, 4);
  });

  it('plans no pipeline gas on a gas day interruptible transport is cut, the day the dispatch cuts', async () => {
    // −10 °C in hour 20 (gas day 1, hours 9–32) and 20 °C elsewhere: interruptible service is cut
    // all of gas day 1 (coldest hour below −5 °C). The spike's gas day 1 part (hours 30–32) then
    // burns nothing and comes from the 200 USD/MWh grid; gas day 2 still burns its 2,000 MMBtu.
    const dryBulbC = flat(20);
    dryBulbC[20] = -10;
    const cut = interruptedHours(gasDaysFor(CENTRAL), dryBulbC, -5);
    expect(cut.days).toBe(1);
    expect(cut.firstHour).toBe(9);
    const lp = await lpBurnByGasDay(CENTRAL, cut.hours);
    expect(lp[1]).toBeCloseTo(0, 6);
    expect(lp[2]).toBeCloseTo(2000, 4);

    const unit: ThermalTechnology = { ...AERO_CT, id: 'unit', unitSizeMW: 10, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, minStableLoadFraction: 0, forcedOutageRate: 0 };
    const result = dispatchYear({
      strategy: 'economic',
      facilityMW: flat(100),
      solarMW: flat(0),
      gridLimitMW: 200,
      gridPriceUSDPerMWh: price,
      gridCarbonKgPerMWh: 0,
      peakShaveCapMW: 0,
      thermal: buildThermalFleet([{ technology: unit, units: 10, orderYear: 2020 }], 2030, 4),
      battery: NO_BATTERY,
      gasPriceUSDPerMMBtu: 4,
      limits: { dryBulbC, gas: { pipelineMMBtuPerDay: 2000, pipelineMMBtuPerHour: Infinity, service: 'interruptible', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, clock: CENTRAL } },
    });
    const days = gasDaysFor(CENTRAL);
    const dispatchBurn = new Float64Array(days.startHours.length);
    for (let h = 0; h < HOURS_PER_YEAR; h++) dispatchBurn[days.dayOfHour[h] ?? 0] = (dispatchBurn[days.dayOfHour[h] ?? 0] ?? 0) + (result.flows.thermalFuelMMBtu[h] ?? 0);
    expect(Array.from(dispatchBurn, (v) => Math.round(v))).toEqual(Array.from(lp, (v) => Math.round(v)));
  });
});
