import { describe, expect, it } from 'vitest';
import type { CapRow } from '../../../../src/power-model/optimize/families/annual-rows';
import { addCapacityColumns } from '../../../../src/power-model/optimize/families/capacity-columns';
import { capRows, coincidentPeakRows } from '../../../../src/power-model/optimize/families/caps';
import { energyRates } from '../../../../src/power-model/optimize/families/hourly-columns';
import { largestFirmUnitMW, reserveRow } from '../../../../src/power-model/optimize/families/reserve';
import { RowWriter } from '../../../../src/power-model/optimize/families/row-writer';
import { timeStructure } from '../../../../src/power-model/optimize/families/time-structure';
import { LpBuilder } from '../../../../src/power-model/optimize/lp-builder';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';
import { noHourlyColumns, rowOf } from './lp-rows';

const campus = syntheticCampus({ kind: 'representativeDays', days: 4 });
const identity = (usd: number) => usd;

describe('capacity columns family', () => {
  it('costs each capacity at 1000 × (capex × CRF + fixed O&M) per MW a year', () => {
    const builder = new LpBuilder();
    const columns = addCapacityColumns(builder, campus, identity, undefined);
    // gas-ct: 1329 USD/kW over 30 years at 7% (CRF 0.080586) + 25.8 USD/kW-yr → 132,899 USD/MW-yr.
    expect(columns.annualCost.thermalPerMW[0]).toBeCloseTo(1000 * (1329 * 0.0805864 + 25.8), -1);
    expect(builder.colCost[columns.thermalMW[0] ?? -1]).toBe(columns.annualCost.thermalPerMW[0]);
    // The grid is capped at its import limit and costed at its capacity charge.
    expect(builder.colUpper[columns.gridMW]).toBe(1500);
    expect(builder.colCost[columns.gridMW]).toBe(120_000);
    expect(columns.coincidentPeakMW).toBe(-1);
  });

  it('holds a fixed design at its values', () => {
    const builder = new LpBuilder();
    const columns = addCapacityColumns(builder, campus, identity, { gridMW: 100, thermalMW: [1, 2, 3], solarMWac: 4, batteryMW: 5, batteryMWh: 6 });
    expect([builder.colLower[columns.batteryMWh], builder.colUpper[columns.batteryMWh]]).toEqual([6, 6]);
  });
});

describe('time structure family', () => {
  it('weights representative days by the days they stand for, 365 in all', () => {
    const time = timeStructure(campus);
    expect(time.periods).toHaveLength(4);
    expect(time.periods.reduce((sum, p) => sum + p.weight, 0)).toBe(365);
    expect(time.hourWeight).toHaveLength(96);
    // Every year hour maps to a modelled hour of the same hour of day.
    const modelled = time.modelIndexOfYearHour(4000);
    expect((time.yearHourOf[modelled] ?? -1) % 24).toBe(4000 % 24);
    expect(time.hourWeight[modelled]).toBe(time.periods[Math.floor(modelled / 24)]?.weight);
  });
});

describe('reserve family', () => {
  it('counts thermal at its hot-day rating and one largest unit out: G + Σ f·X ≥ peak + k·L', () => {
    const builder = new LpBuilder();
    const thermal = [
      { ...campus.thermal[0]!, firmFraction: 0.83 },
      { ...campus.thermal[1]!, firmFraction: 0.9 },
    ];
    const columns = addCapacityColumns(builder, { ...campus, thermal }, identity, undefined);
    const rows: CapRow[] = [];
    // Class of 237 MW units: the CC (418 MW) is out of the class, so L = 237 × 0.83 = 196.71 MW.
    const largest = largestFirmUnitMW(thermal, 237);
    expect(largest).toBeCloseTo(196.71, 9);
    reserveRow(new RowWriter(builder), false, rows, thermal, columns, 1000, 2, largest);
    const row = rowOf(builder, rows[0]!.row);
    expect(row.lower).toBeCloseTo(1000 + 2 * 196.71, 9);
    expect(row.terms).toEqual({ [columns.gridMW]: 1, [columns.thermalMW[0]!]: 0.83, [columns.thermalMW[1]!]: 0.9 });
    expect(rows[0]).toMatchObject({ constraint: 'reserveMargin', sense: -1, slackColumn: -1 });
  });
});

describe('caps family', () => {
  it('writes the unserved allowance and a CO2 cap weighted by the days each hour stands for', () => {
    const builder = new LpBuilder();
    for (let c = 0; c < 8; c++) builder.addColumn(0);
    // Two modelled hours weighted 10 and 20 days; grid g = 0,1; one thermal p = 2,3; unserved u = 4,5.
    const hourly = noHourlyColumns(2, 1);
    hourly.gridHour.set([0, 1]);
    hourly.thermalHour[0]!.set([2, 3]);
    hourly.unservedHour.set([4, 5]);
    const input = { ...campus, thermal: campus.thermal.slice(0, 1), caps: { co2TonnesPerYear: 1000 }, unserved: { allowanceMWhPerYear: 50, valueOfLostLoadUSDPerMWh: 1 } };
    const rates = energyRates(input);
    const rows: CapRow[] = [];
    capRows(new RowWriter(builder), false, rows, input, { gridMW: -1, thermalMW: [-1], solarMWac: -1, batteryMW: -1, batteryMWh: -1, coincidentPeakMW: -1, annualCost: { gridPerMW: 0, thermalPerMW: [0], solarPerMWac: 0, batteryPerMW: 0, batteryPerMWh: 0 } }, hourly, rates, Float64Array.from([10, 20]));
    expect(rows.map((r) => r.constraint)).toEqual(['unservedEnergy', 'co2TonnesPerYear']);
    expect(rowOf(builder, rows[0]!.row)).toEqual({ lower: -Infinity, upper: 50, terms: { 4: 10, 5: 20 } });
    // Grid 333 kg/MWh → 0.333 t/MWh; gas-ct 9700 Btu/kWh × 53.06 kg/MMBtu → 0.514682 t/MWh.
    const co2 = rowOf(builder, rows[1]!.row);
    expect(co2.terms[0]).toBeCloseTo(10 * 0.333, 12);
    expect(co2.terms[1]).toBeCloseTo(20 * 0.333, 12);
    expect(co2.terms[3]).toBeCloseTo(20 * 0.514682, 9);
    expect(co2.upper).toBe(1000);
  });

  it('holds the draw at coincident-peak hours to the peak column, once per modelled hour', () => {
    const builder = new LpBuilder();
    for (let c = 0; c < 4; c++) builder.addColumn(0);
    const hourly = noHourlyColumns(2, 0);
    hourly.gridHour.set([0, 1]);
    const capacity = { gridMW: 2, thermalMW: [], solarMWac: -1, batteryMW: -1, batteryMWh: -1, coincidentPeakMW: 3, annualCost: { gridPerMW: 0, thermalPerMW: [], solarPerMWac: 0, batteryPerMW: 0, batteryPerMWh: 0 } };
    // Year hours 17 and 41 both map to modelled hour 1 (the same hour of a represented day).
    const hours = coincidentPeakRows(new RowWriter(builder), capacity, hourly, [17, 41], () => 1);
    expect(hours).toEqual([1]);
    expect(rowOf(builder, 0)).toEqual({ lower: -Infinity, upper: 0, terms: { 1: 1, 3: -1 } });
  });
});
