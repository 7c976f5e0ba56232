import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import type { DispatchInput } from '../../../src/power-model/dispatch/types';
import { distillateFuelUSDPerMWh, dualFuelCapexUSD, dualFuelCapexUSDPerKW, distillateTankMMBtuForHours, type DistillateFuel } from '../../../src/power-model/fuel/distillate';
import type { GasSupply } from '../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { gasSupplyReport, permitReport } from '../../../src/power-model/permits/report';
import { NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/**
 * A dual-fuel unit whose fuel line runs through zero: 10 MW, no forced outage, no minimum load,
 * 10,000 Btu/kWh → 10 MMBtu per MWh. On gas NOx 0.1 lb/MMBtu; on distillate NOx 0.24 and CO
 * 0.076 lb/MMBtu (AP-42 Table 3.1-1, water injection, as data/technologies.json gives turbines).
 */
const UNIT: ThermalTechnology = {
  ...AERO_CT,
  id: 'dual-unit',
  unitSizeMW: 10,
  heatRateBtuPerKWh: 10_000,
  partLoadHeatRateBtuPerKWh: 10_000,
  minStableLoadFraction: 0,
  forcedOutageRate: 0,
  co2KgPerMMBtu: 53.06,
  emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } },
};
/** The same unit without distillate figures: it cannot burn oil (a fuel cell, say). */
const GAS_ONLY: ThermalTechnology = { ...UNIT, id: 'gas-only', emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 } } };
// The figures of data/technologies.json fuel.distillate.
const DIST: DistillateFuel = { priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: 15, dualFuelUSDPerKW: 50, sources: { priceUSDPerMMBtu: 'test', co2KgPerMMBtu: 'test', tankUSDPerMMBtu: 'test', dualFuelUSDPerKW: 'test' } };

const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);
// Day 30 (hours 720–743, calendar days: no clock) has one hour at −10 °C: interruptible gas is cut all day.
const cold = flat(20);
cold[730] = -10;
const CUT: GasSupply = { pipelineMMBtuPerDay: Infinity, pipelineMMBtuPerHour: Infinity, service: 'interruptible', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, distillate: { tankMMBtu: 6000, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96 } };

function input(tech: ThermalTechnology, partial: Partial<DispatchInput>): DispatchInput {
  return {
    strategy: 'btm-first',
    facilityMW: flat(50),
    solarMW: flat(0),
    gridLimitMW: 0,
    gridPriceUSDPerMWh: flat(50),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 0,
    thermal: buildThermalFleet([{ technology: tech, units: 10, orderYear: 2020 }], 2030, 4),
    battery: NO_BATTERY,
    gasPriceUSDPerMMBtu: 4,
    ...partial,
  };
}

describe('distillate backup fuel in the dispatch', () => {
  it('burns 6,000 MMBtu of distillate in the first 12 hours of a cut gas day, at its price and its NOx', () => {
    // 50 MW × 10 MMBtu/MWh = 500 MMBtu/h; the 6,000 MMBtu tank lasts hours 720–731; 732–743 go unserved (12 × 50 MWh).
    const result = dispatchYear(input(UNIT, { limits: { dryBulbC: cold, gas: CUT } }));
    expect(result.limits?.distillate.burnedMMBtu).toBeCloseTo(6000, 6);
    expect(result.limits?.distillate.firstBurnHour).toBe(720);
    expect(result.flows.thermalToLoadMW[731]).toBeCloseTo(50, 9);
    expect(result.flows.thermalToLoadMW[732]).toBe(0);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(12 * 50, 6);
    // Hour 720 on distillate: 500 × 18.7 = 9,350 USD of fuel + VOM; hour 719 on gas: 500 × 4 = 2,000 + VOM.
    const vom = 50 * UNIT.variableOMUSDPerMWh;
    expect(result.flows.variableCostUSD[720]).toBeCloseTo(9350 + vom, 6);
    expect(result.flows.variableCostUSD[719]).toBeCloseTo(2000 + vom, 6);
    // CO2 of hour 720: 500 × 73.96 kg = 36.98 t (no grid); hour 719 on gas: 500 × 53.06 = 26.53 t.
    expect(result.flows.co2Tonnes[720]).toBeCloseTo(36.98, 9);
    expect(result.flows.co2Tonnes[719]).toBeCloseTo(26.53, 9);

    const technologies = { [UNIT.id]: UNIT };
    const gas = gasSupplyReport(CUT, result.limits, { blocks: result.thermalBlocks, technologies, scr: false });
    // Cost 6,000 × 18.7 = 112,200 USD; NOx 6,000 × 0.24 = 1,440 lb = 0.72 short tons.
    expect(gas.distillate).toMatchObject({ tankMMBtu: 6000, firstBurnHour: 720 });
    expect(gas.distillate?.burnedMMBtu).toBeCloseTo(6000, 6);
    expect(gas.distillate?.costUSD).toBeCloseTo(112_200, 4);
    expect(gas.distillate?.noxTons).toBeCloseTo(0.72, 9);
    expect(gas.distillate?.leftMMBtu).toBeCloseTo(0, 6);
    // The permit's NOx: gas (8,760 − 24) h × 500 MMBtu × 0.1 lb = 436,800 lb = 218.4 t, + 0.72 t of distillate.
    const permits = permitReport({ scr: false }, result.thermalBlocks, technologies, result.limits);
    expect(permits.budgets.find((b) => b.budget === 'noxTonsPerYear')?.used).toBeCloseTo(219.12, 6);
    // CO2: 4,368,000 MMBtu of gas × 53.06 kg + 6,000 × 73.96 kg = 231,766.08 + 443.76 t.
    expect(permits.budgets.find((b) => b.budget === 'co2TonnesPerYear')?.used).toBeCloseTo(232_209.84, 4);
  });

  it('spends a NOx budget faster on distillate: 600 lb left at the cut lasts 5 hours, not 12', () => {
    // Hours 0–719 on gas: 720 × 50 lb = 36,000 lb. Budget 18.3 t = 36,600 lb: 600 lb left at hour
    // 720; on distillate 500 MMBtu × 0.24 = 120 lb/h → hours 720–724, binding from 725 (on gas it
    // would have lasted 12 hours).
    const result = dispatchYear(input(UNIT, { limits: { dryBulbC: cold, gas: CUT, permits: { noxTonsPerYear: 18.3, scr: false } } }));
    expect(result.flows.thermalToLoadMW[724]).toBeCloseTo(50, 6);
    expect(result.flows.thermalToLoadMW[725]).toBeCloseTo(0, 6);
    expect(result.limits?.binding.noxTonsPerYear.firstBindingHour).toBe(725);
    expect(result.limits?.distillate.burnedMMBtu).toBeCloseTo(2500, 6);
  });

  it('gives no distillate to a unit that cannot burn it', () => {
    const result = dispatchYear(input(GAS_ONLY, { limits: { dryBulbC: cold, gas: CUT } }));
    expect(result.limits?.distillate.burnedMMBtu).toBe(0);
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(24 * 50, 6);
  });
});

describe('dual-fuel figures', () => {
  it('sizes the tank from hours of the units that can burn distillate, and prices tanks and kits', () => {
    const fleet = [
      { technology: UNIT, units: 10, orderYear: 2026 },
      { technology: GAS_ONLY, units: 5, orderYear: 2026 },
    ];
    // 10 × 10 MW × 10 MMBtu/MWh × 12 h = 12,000 MMBtu; the gas-only block is left out.
    expect(distillateTankMMBtuForHours(fleet, 12)).toBeCloseTo(12_000, 9);
    // 12,000 × 15 + 100 MW × 1,000 × 50 = 180,000 + 5,000,000 USD.
    expect(dualFuelCapexUSD(DIST, 12_000, 100)).toBeCloseTo(5_180_000, 6);
    // Per kW with 12 h at 9,447 Btu/kWh: 50 + 12 × 9,447 × 15 ÷ 1e6 = 51.70046 USD/kW.
    expect(dualFuelCapexUSDPerKW(DIST, 9447, 12)).toBeCloseTo(51.70046, 9);
    // 9,447 Btu/kWh × 18.7 USD/MMBtu ÷ 1,000 = 176.6589 USD/MWh of fuel.
    expect(distillateFuelUSDPerMWh(DIST, 9447)).toBeCloseTo(176.6589, 9);
  });
});
