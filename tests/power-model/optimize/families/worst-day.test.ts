import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CapRow } from '../../../../src/power-model/optimize/families/annual-rows';
import { addCapacityColumns } from '../../../../src/power-model/optimize/families/capacity-columns';
import { RowWriter } from '../../../../src/power-model/optimize/families/row-writer';
import { addWorstDayColumns, worstDayRows } from '../../../../src/power-model/optimize/families/worst-day';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { LpBuilder } from '../../../../src/power-model/optimize/lp-builder';
import { optimizeSizing } from '../../../../src/power-model/optimize/optimize-sizing';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import type { SizingInput, SizingThermalTechnology, SizingWorstDay, WorstDayEvent } from '../../../../src/power-model/optimize/types';
import { rowOf } from './lp-rows';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

// One gas technology in 100 MW units at 0.8 of its rating on the hot design day and 1.1 in the
// cold snap; a flat 700 MW campus, islanded. Costs as the synthetic campus's gas CT.
const gas: SizingThermalTechnology = {
  technologyId: 'gas',
  capexUSDPerKW: 1329,
  fixedOMUSDPerKWYear: 25.8,
  variableOMUSDPerMWh: 6.9,
  heatRateBtuPerKWh: 9700,
  fuelPriceUSDPerMMBtu: 3.5,
  co2KgPerMMBtu: 53.06,
  unitMW: 100,
  lifetimeYears: 30,
  firmFraction: 0.8,
};
const coldSnap: WorstDayEvent = { kind: 'gasSupply', label: 'gas-supply interruption', loadMW: 700, durationHours: 72, dryBulbC: -8, thermalOutputFraction: { gas: 1.1 }, shareOfGasLost: 0.3 };
const dualFuel = { systemUSDPerKW: 50, tankUSDPerMMBtu: 15, lifetimeYears: 30 };
const worstDay = (events: WorstDayEvent[], dual = dualFuel): SizingWorstDay => ({ events, dualFuel: dual });
const campus = (overrides: Partial<SizingInput> = {}): SizingInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(700),
  discountRate: 0.07,
  thermal: [gas],
  reserveUnits: 1,
  timeResolution: { kind: 'representativeDays', days: 1 },
  reliabilityTarget: 'worst-day',
  worstDay: worstDay([coldSnap]),
  ...overrides,
});

describe('worst-day family', () => {
  it('prices a dual-fuel MW at only the tank beyond the scenario’s own distillate, whose kit and tank X already pays', () => {
    // The scenario stores 24 h of distillate for every MW of gas (families/distillate.ts puts the kit
    // and those 24 h on X); the 72 h cold snap needs 48 h more: CRF(7%, 30 y) × 15 USD/MMBtu ×
    // 9.7 MMBtu/MWh × 48 h = 0.0805864 × 6,984 USD/MW a year, no kit.
    const distillate = { tankHoursAtFullLoad: 24, refillMMBtuPerDay: 0, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: 15, dualFuelUSDPerKW: 50, lifetimeYears: 30 };
    const input = campus({ thermal: [{ ...gas, distillate: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } }], fuel: { distillate } });
    const builder = new LpBuilder();
    const columns = addWorstDayColumns(new RowWriter(builder), input, (usd) => usd, false);
    expect(builder.colCost[columns.dualFuelMW[0]!]).toBeCloseTo(0.0805864 * 6984, 0);
  });

  it('writes the gas-supply event as (1 − s)·f·X + s·f·D + G ≥ load + f·unit, with D ≤ X', () => {
    const input = campus({ grid: { importLimitMW: 500, energyPriceUSDPerMWh: 40, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 0 } });
    const builder = new LpBuilder();
    const writer = new RowWriter(builder);
    const capacity = addCapacityColumns(builder, input, (usd) => usd, undefined);
    const columns = addWorstDayColumns(writer, input, (usd) => usd, false);
    const rows: CapRow[] = [];
    worstDayRows(writer, false, rows, input, capacity, columns, undefined);
    const d = columns.dualFuelMW[0]!;
    const x = capacity.thermalMW[0]!;
    // D priced at CRF(7%, 30 y) = 0.0805864 × (1000 × 50 USD/kW + 15 USD/MMBtu × 9.7 MMBtu/MWh × 72 h = 60,476 USD/MW).
    expect(builder.colCost[d]).toBeCloseTo(0.0805864 * 60_476, 0);
    expect(rowOf(builder, 0)).toEqual({ lower: -Infinity, upper: 0, terms: { [d]: 1, [x]: -1 } });
    const event = rowOf(builder, rows[0]!.row);
    // 700 MW load + one 100 MW unit at 1.1 = 810 MW; X counts 1.1 × 0.7 = 0.77, D 1.1 × 0.3 = 0.33, the grid 1.
    expect(event.lower).toBeCloseTo(810, 9);
    expect(event.terms[x]).toBeCloseTo(0.77, 12);
    expect(event.terms[d]).toBeCloseTo(0.33, 12);
    expect(event.terms[capacity.gridMW]).toBe(1);
    expect(rows[0]).toMatchObject({ constraint: 'worstDayGasSupply', sense: -1 });
  });

  it('lets a battery carry an event only with the energy for its hours: H·b ≤ √η·(1 − socMin)·E, b ≤ B', () => {
    const battery = { powerCapexUSDPerKW: 300, energyCapexUSDPerKWh: 280, fixedOMUSDPerKWYear: 10, lifetimeYears: 15, roundTripEfficiency: 0.81, socMinPct: 10 };
    const outage: WorstDayEvent = { kind: 'gridOutage', label: 'grid outage', loadMW: 650, durationHours: 12, dryBulbC: 40, thermalOutputFraction: { gas: 0.8 }, shareOfGasLost: 0 };
    const input = campus({ battery, worstDay: worstDay([outage]), grid: { importLimitMW: 500, energyPriceUSDPerMWh: 40, capacityChargeUSDPerMWYear: 100_000, co2KgPerMWh: 0 } });
    const builder = new LpBuilder();
    const writer = new RowWriter(builder);
    const capacity = addCapacityColumns(builder, input, (usd) => usd, undefined);
    const columns = addWorstDayColumns(writer, input, (usd) => usd, false);
    const rows: CapRow[] = [];
    worstDayRows(writer, false, rows, input, capacity, columns, undefined);
    // No gas event: no dual-fuel column. The battery rows come first, then the event row.
    expect(columns.dualFuelMW).toEqual([-1]);
    const b = columns.eventBatteryMW[0]!;
    expect(rowOf(builder, 0).terms).toEqual({ [b]: 1, [capacity.batteryMW]: -1 });
    // √0.81 × (1 − 0.10) = 0.81 MWh delivered per MWh installed.
    expect(rowOf(builder, 1).terms[b]).toBe(12);
    expect(rowOf(builder, 1).terms[capacity.batteryMWh]).toBeCloseTo(-0.81, 12);
    const event = rowOf(builder, rows[0]!.row);
    // The grid is out: 650 + 100 × 0.8 = 730 MW from the fleet at 0.8 and the battery.
    expect(event.lower).toBeCloseTo(730, 9);
    expect(event.terms).toEqual({ [capacity.thermalMW[0]!]: 0.8, [b]: 1 });
  });

  it('sizes the fleet at (load + unit) / ((1 − share) · f) when dual fuel is not worth having', () => {
    // Dual fuel at 10 million USD/kW is never chosen: 0.77·X ≥ 810 → X = 1051.948 MW, above the
    // N+1 reserve's 0.8·X ≥ 700 + 80 → 975 MW.
    const result = optimizeSizing(highs, campus({ worstDay: worstDay([coldSnap], { ...dualFuel, systemUSDPerKW: 1e7 }) }));
    expect(result.status).toBe('optimal');
    expect(result.mix?.thermal[0]?.lpCapacityMW).toBeCloseTo(810 / 0.77, 3);
    expect(result.mix?.thermal[0]?.dualFuelMW).toBeCloseTo(0, 6);
    expect(result.mix?.thermal[0]?.units).toBe(11);
  });

  it('buys the dual fuel the cold snap needs on top of the N+1 fleet when it is cheap', () => {
    // N+1 on the hot day: X = 975 MW. Gas event: 0.77 × 975 + 0.33·D ≥ 810 → D = 59.25 / 0.33 = 179.545 MW,
    // at 4,873.6 USD/MW-yr against 132,899 for one more MW of turbine.
    const result = optimizeSizing(highs, campus());
    expect(result.mix?.thermal[0]?.lpCapacityMW).toBeCloseTo(975, 3);
    expect(result.mix?.thermal[0]?.dualFuelMW).toBeCloseTo(59.25 / 0.33, 3);
    expect(result.costBreakdownUSDPerYear?.dualFuelUSD).toBeCloseTo((59.25 / 0.33) * 0.0805864 * 60_476, -2);
  });

  it("adds nothing under 'n-plus-k': the LP is column for column and row for row today's", () => {
    const withEvents = buildSizingModel(campus({ reliabilityTarget: 'n-plus-k' }), false);
    const { reliabilityTarget: _t, worstDay: _w, ...today } = campus();
    const plain = buildSizingModel(today, false);
    for (const key of ['colCost', 'colLower', 'colUpper', 'rowLower', 'rowUpper', 'rowStarts', 'indices', 'values'] as const) {
      expect(withEvents.builder[key]).toEqual(plain.builder[key]);
    }
  });
});
