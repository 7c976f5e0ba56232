import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import type { DispatchInput } from '../../../src/power-model/dispatch/types';
import { gasDaysFor, type ModelClock } from '../../../src/power-model/fuel/gas-day';
import type { GasSupply } from '../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import { FLAT_UNIT_EMISSIONS, flatDispatchUnit } from '../flat-unit-fixture';

/**
 * 10 MW dual-fuel units with a straight fuel line: 10 MMBtu/MWh at any output, no VOM, no forced
 * outage. On gas at 4 USD/MMBtu a MWh costs 40 USD; on distillate at 18.7 (data/technologies.json
 * fuel.distillate) 187 USD. NOx 0.1 lb/MMBtu on gas, 0.24 on distillate (AP-42 Table 3.1-1's oil row).
 */
const UNIT = flatDispatchUnit('dual', { emissions: FLAT_UNIT_EMISSIONS });
const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);
const DIST = { priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96 };

// The pipeline delivers 300 MMBtu an hour = 30 MW of the 50 MW load; the other 20 MW is either
// distillate (187 USD/MWh) or the grid.
function economic(gridPrice: number, gridLimitMW: number, extra: Partial<DispatchInput> = {}): DispatchInput {
  const gas: GasSupply = { pipelineMMBtuPerDay: Infinity, pipelineMMBtuPerHour: 300, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, distillate: { tankMMBtu: 1e7, ...DIST } };
  return {
    strategy: 'economic',
    facilityMW: flat(50),
    solarMW: flat(0),
    gridLimitMW,
    gridPriceUSDPerMWh: flat(gridPrice),
    gridCarbonKgPerMWh: 0,
    peakShaveCapMW: 0,
    thermal: buildThermalFleet([{ technology: UNIT, units: 10, orderYear: 2020 }], 2030, 4),
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    limits: { dryBulbC: flat(20), gas },
    ...extra,
  };
}

describe('economic dispatch with distillate', () => {
  it('takes the grid at 100 USD/MWh before distillate at 187 once the pipeline is spent', () => {
    const r = dispatchYear(economic(100, 100));
    // Each hour: 30 MW on gas, 20 MW from the grid, no distillate: 300 × 4 + 20 × 100 = 3,200 USD.
    expect(r.flows.thermalToLoadMW[0]).toBeCloseTo(30, 9);
    expect(r.flows.gridToLoadMW[0]).toBeCloseTo(20, 9);
    expect(r.limits?.distillate.burnedMMBtu).toBe(0);
    expect(r.flows.variableCostUSD[0]).toBeCloseTo(3200, 6);
  });

  it('burns distillate before a grid dearer than it, priced at the distillate price', () => {
    const r = dispatchYear(economic(250, 100));
    // 30 MW on gas + 20 MW on distillate (187 < 250): 200 MMBtu of distillate an hour, costing
    // 500 MMBtu × 4 + 200 × (18.7 − 4) = 2,000 + 2,940 = 4,940 USD (= 300 × 4 + 200 × 18.7).
    expect(r.flows.thermalToLoadMW[0]).toBeCloseTo(50, 9);
    expect(r.flows.gridToLoadMW[0]).toBe(0);
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(200 * HOURS_PER_YEAR, 3);
    expect(r.flows.variableCostUSD[0]).toBeCloseTo(4940, 6);
    // CO2: 300 × 53.06 + 200 × 73.96 = 15,918 + 14,792 = 30,710 kg.
    expect(r.flows.co2Tonnes[0]).toBeCloseTo(30.71, 6);
  });

  it('burns distillate only in the units with a kit when some of the block are gas-only', () => {
    // 1 of the 10 units is dual fuel: distillate runs at most that unit's 10 MW (100 MMBtu/h), so
    // the hour is 30 MW on gas + 10 MW on distillate + 10 MW from the 250 USD/MWh grid:
    // 300 × 4 + 100 × 18.7 + 10 × 250 = 1,200 + 1,870 + 2,500 = 5,570 USD.
    const thermal = buildThermalFleet([{ technology: UNIT, units: 10, orderYear: 2020, dualFuelUnits: 1 }], 2030, 4);
    const r = dispatchYear(economic(250, 100, { thermal }));
    expect(r.flows.thermalToLoadMW[0]).toBeCloseTo(40, 9);
    expect(r.flows.gridToLoadMW[0]).toBeCloseTo(10, 9);
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(100 * HOURS_PER_YEAR, 3);
    expect(r.flows.variableCostUSD[0]).toBeCloseTo(5570, 6);
  });

  it('discharges the battery before burning distillate, and distillate once the battery is empty', () => {
    // Grid limited to 5 MW at 100 USD/MWh; a 15 MW battery holding 30 MWh (0.3 of 100 MWh, no reserve).
    const battery = { powerMW: 15, energyMWh: 100, roundTripEfficiency: 0.85, minSocFraction: 0, maxSocFraction: 1, initialSocFraction: 0.3 };
    const r = dispatchYear(economic(100, 5, { battery }));
    // Hour 0: gas 30, grid 5, battery 15, distillate 0.
    expect(r.flows.batteryToLoadMW[0]).toBeCloseTo(15, 9);
    expect(r.flows.thermalToLoadMW[0]).toBeCloseTo(30, 9);
    // 30 MWh at 15 MW ÷ √0.85 drawn an hour lasts under 2 hours; by hour 10 distillate carries 15 MW.
    expect(r.flows.batteryToLoadMW[10]).toBe(0);
    expect(r.flows.thermalToLoadMW[10]).toBeCloseTo(45, 9);
    expect(r.limits?.distillate.firstBurnHour).toBe(1);
  });

  it('keeps the order it had without a distillate tank', () => {
    const noTank = economic(100, 100);
    const gas = noTank.limits?.gas;
    if (gas === undefined) throw new Error('no gas');
    const { distillate: _none, ...withoutDistillate } = gas;
    const r = dispatchYear({ ...noTank, limits: { dryBulbC: flat(20), gas: withoutDistillate } });
    expect(r.flows.thermalToLoadMW[0]).toBeCloseTo(30, 9);
    expect(r.flows.gridToLoadMW[0]).toBeCloseTo(20, 9);
  });
});

describe('distillate refill by truck', () => {
  // An islanded 120 MW dual-fuel plant on a 25,000 MMBtu/gas-day pipeline at a Central site (2026):
  // 100 MW = 24,000 MMBtu a day fits; 110 MW on gas days 20 and 21 needs 26,400, 1,400 short each.
  const clock: ModelClock = { utcOffsetHours: -6, year: 2026 };
  const days = gasDaysFor(clock);
  const load = flat(100).fill(110, days.startHours[20], days.startHours[22]);
  const run = (refillMMBtuPerDay: number) =>
    dispatchYear({
      ...economic(0, 0),
      strategy: 'btm-first',
      facilityMW: load,
      thermal: buildThermalFleet([{ technology: UNIT, units: 12, orderYear: 2020 }], 2030, 4),
      limits: {
        dryBulbC: flat(20),
        gas: { pipelineMMBtuPerDay: 25_000, pipelineMMBtuPerHour: Infinity, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, clock, distillate: { tankMMBtu: 1500, refillMMBtuPerDay, ...DIST } },
      },
    });

  it('comes back at the start of each gas day after a draw, up to the tank', () => {
    const r = run(1300);
    // Day 20 burns 1,400 of 1,500 (100 left); day 21 starts with 100 + 1,300 = 1,400 and burns it
    // all; day 22 brings 1,300 and day 23 the last 200: 2,800 refilled on 3 gas days, tank full.
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(2800, 6);
    expect(r.limits?.distillate.refilledMMBtu).toBeCloseTo(2800, 6);
    expect(r.limits?.distillate.refillDays).toBe(3);
    expect(r.limits?.distillate.leftMMBtu).toBeCloseTo(1500, 6);
  });

  it('leaves 130 MWh unserved without trucks: 1,300 MMBtu short at 10 MMBtu/MWh', () => {
    const r = run(0);
    expect(r.limits?.distillate.burnedMMBtu).toBeCloseTo(1500, 6);
    expect(r.limits?.distillate.refillDays).toBe(0);
    expect(sumSeries(r.flows.unservedMW)).toBeCloseTo(130, 6);
  });
});
