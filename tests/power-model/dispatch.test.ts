import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../src/power-model/dispatch/flows';
import type { DispatchInput, DispatchResult } from '../../src/power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../src/power-model/hours';
import { NO_BATTERY } from '../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../src/power-model/thermal/fleet';
import { AERO_CT, RECIP } from './simulate-fixture';

const flat = (mw: number) => new Float64Array(HOURS_PER_YEAR).fill(mw);
/** Solar of `peakMW` from 08:00 to 16:00 every day, zero otherwise. */
const daytime = (peakMW: number) => {
  const s = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) if (h % 24 >= 8 && h % 24 < 16) s[h] = peakMW;
  return s;
};

function input(partial: Partial<DispatchInput>): DispatchInput {
  return {
    strategy: 'grid-first',
    facilityMW: flat(1000),
    solarMW: flat(0),
    gridLimitMW: 0,
    gridPriceUSDPerMWh: flat(50),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 0,
    thermal: [],
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    ...partial,
  };
}

function expectBalanced(inp: DispatchInput, result: DispatchResult): void {
  const f = result.flows;
  let worst = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const supply = (f.gridToLoadMW[h] ?? 0) + (f.solarToLoadMW[h] ?? 0) + (f.thermalToLoadMW[h] ?? 0) + (f.batteryToLoadMW[h] ?? 0);
    worst = Math.max(worst, Math.abs(supply + (f.unservedMW[h] ?? 0) - (inp.facilityMW[h] ?? 0)));
    const solar = (f.solarToLoadMW[h] ?? 0) + (f.solarToBatteryMW[h] ?? 0) + (f.solarCurtailedMW[h] ?? 0);
    worst = Math.max(worst, Math.abs(solar - (inp.solarMW[h] ?? 0)));
    expect((f.gridToLoadMW[h] ?? 0) + (f.gridToBatteryMW[h] ?? 0)).toBeLessThanOrEqual(inp.gridLimitMW + 1e-9);
    const soc = f.batterySocMWh[h] ?? 0;
    expect(soc).toBeGreaterThanOrEqual(inp.battery.energyMWh * inp.battery.minSocFraction - 1e-9);
    expect(soc).toBeLessThanOrEqual(inp.battery.energyMWh * inp.battery.maxSocFraction + 1e-9);
  }
  expect(worst).toBeLessThan(1e-6);
}

describe('dispatchYear', () => {
  it('serves a flat load from the grid up to its limit and counts the rest as unserved', () => {
    // 1,000 MW load, 800 MW limit, no BTM: 200 MW × 8,760 h = 1,752,000 MWh unserved.
    const inp = input({ gridLimitMW: 800 });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    expect(sumSeries(result.flows.gridToLoadMW)).toBeCloseTo(800 * 8760, 3);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(200 * 8760, 3);
  });

  it('leaves energy unserved when an islanded fleet is smaller than the load', () => {
    // 20 aero units × 34 MW × (1 − 0.05) = 646 MW available against 1,000 MW: 354 MW short every hour.
    const thermal = buildThermalFleet([{ technology: AERO_CT, units: 20, orderYear: 2020 }], 2030, 4);
    const inp = input({ strategy: 'btm-first', thermal });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(354 * 8760, 3);
  });

  it('burns fuel equal to energy times the full-load heat rate when every committed unit runs full', () => {
    // 646 MW from 20 units each at its full available 32.3 MW. Fuel line through full load:
    // fuel per unit = noLoad + inc × 32.3, inc = (9447×34 − 11808.75×13.6)/1000/(34 − 13.6) = 7.8732 MMBtu/MWh,
    // noLoad = 321.198 − 7.8732 × 34 = 53.509 MMBtu/h → 20 × (53.509 + 7.8732 × 32.3) = 6156.3 MMBtu/h.
    const thermal = buildThermalFleet([{ technology: AERO_CT, units: 20, orderYear: 2020 }], 2030, 4);
    const result = dispatchYear(input({ strategy: 'btm-first', thermal }));
    const fuelPerHour = (result.thermalBlocks[0]?.fuelMMBtu ?? 0) / 8760;
    expect(fuelPerHour).toBeCloseTo(6156.3, 0);
    // CO2 = fuel × 53.06 kg/MMBtu.
    expect(sumSeries(result.flows.co2Tonnes)).toBeCloseTo((result.thermalBlocks[0]?.fuelMMBtu ?? 0) * 0.05306, 3);
  });

  it('uses BTM first and the grid only for what the fleet cannot cover under btm-first', () => {
    const thermal = buildThermalFleet([{ technology: RECIP, units: 50, orderYear: 2020 }], 2030, 4);
    // 50 × 10.3 × 0.97 = 499.55 MW from engines, the other 500.45 MW from the grid.
    const inp = input({ strategy: 'btm-first', thermal, gridLimitMW: 2000 });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    expect(result.flows.thermalToLoadMW[100]).toBeCloseTo(499.55, 9);
    expect(result.flows.gridToLoadMW[100]).toBeCloseTo(500.45, 9);
  });

  it('holds grid draw under the peak-shave cap while the battery lasts, recharging under the cap', () => {
    // Load 1,000 MW with a 1,200 MW afternoon peak (14:00–17:00); cap 1,050 MW; battery 200 MW / 800 MWh.
    const load = flat(1000);
    for (let h = 0; h < HOURS_PER_YEAR; h++) if (h % 24 >= 14 && h % 24 < 17) load[h] = 1200;
    const battery = { powerMW: 200, energyMWh: 800, roundTripEfficiency: 0.85, minSocFraction: 0.05, maxSocFraction: 0.95, initialSocFraction: 0.5 };
    const inp = input({ strategy: 'peak-shave', facilityMW: load, gridLimitMW: 1500, peakShaveCapMW: 1050, battery });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    // Each peak needs 3 h × 150 MW = 450 MWh at the bus = 488 MWh from storage; usable 720 MWh; recharged at ≤ 50 MW × 21 h.
    let maxGrid = 0;
    for (let h = 48; h < HOURS_PER_YEAR; h++) maxGrid = Math.max(maxGrid, (result.flows.gridToLoadMW[h] ?? 0) + (result.flows.gridToBatteryMW[h] ?? 0));
    expect(maxGrid).toBeLessThanOrEqual(1050 + 1e-9);
  });

  it('charges the battery from surplus solar and curtails what it cannot store', () => {
    // Load 100 MW, solar 300 MW from 08:00–16:00: 200 MW surplus; battery 50 MW / 400 MWh.
    const battery = { powerMW: 50, energyMWh: 400, roundTripEfficiency: 0.81, minSocFraction: 0, maxSocFraction: 1, initialSocFraction: 0 };
    const inp = input({ strategy: 'btm-first', facilityMW: flat(100), solarMW: daytime(300), gridLimitMW: 1000, battery });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    // Hour 8 of day 0: 50 MW into storage (η = 0.9 → 45 MWh stored), 150 MW curtailed.
    expect(result.flows.solarToBatteryMW[8]).toBeCloseTo(50, 9);
    expect(result.flows.solarCurtailedMW[8]).toBeCloseTo(150, 9);
    expect(result.flows.batterySocMWh[8]).toBeCloseTo(45, 9);
  });

  it('discharges the battery in the dearest hours and charges in the cheapest under the economic strategy', () => {
    // Grid at 20 USD/MWh from 00:00–06:00 and 200 USD/MWh from 17:00–21:00, 60 otherwise.
    const price = flat(60);
    for (let h = 0; h < HOURS_PER_YEAR; h++) {
      if (h % 24 < 6) price[h] = 20;
      if (h % 24 >= 17 && h % 24 < 21) price[h] = 200;
    }
    const battery = { powerMW: 100, energyMWh: 400, roundTripEfficiency: 0.85, minSocFraction: 0.05, maxSocFraction: 0.95, initialSocFraction: 0.5 };
    const inp = input({ strategy: 'economic', facilityMW: flat(500), gridLimitMW: 1000, gridPriceUSDPerMWh: price, battery });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    const day = 10 * 24;
    expect(result.flows.batteryToLoadMW[day + 18]).toBeGreaterThan(0);
    expect(result.flows.gridToBatteryMW[day + 2]).toBeGreaterThan(0);
    expect(result.flows.batteryToLoadMW[day + 10]).toBe(0);
  });

  it('runs thermal cheaper than the grid price first under the economic strategy', () => {
    // Engine marginal cost = 8,300 × 4 / 1000 + 7 = 40.2 USD/MWh < 50 USD/MWh grid: engines first.
    const thermal = buildThermalFleet([{ technology: RECIP, units: 10, orderYear: 2020 }], 2030, 4);
    const inp = input({ strategy: 'economic', thermal, gridLimitMW: 2000 });
    const result = dispatchYear(inp);
    expectBalanced(inp, result);
    expect(result.flows.thermalToLoadMW[0]).toBeCloseTo(10 * 10.3 * 0.97, 9);
  });

  it('refuses a series of the wrong length, naming it', () => {
    expect(() => dispatchYear(input({ solarMW: new Float64Array(10) }))).toThrow(/solarMW must have 8760/);
  });
});
