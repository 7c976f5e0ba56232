import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { canDecompose } from '../../../../src/power-model/optimize/decomposition/benders-sizing';
import type { CapRow } from '../../../../src/power-model/optimize/families/annual-rows';
import { addCapacityColumns } from '../../../../src/power-model/optimize/families/capacity-columns';
import { fuelRows } from '../../../../src/power-model/optimize/families/fuel';
import { permitRows } from '../../../../src/power-model/optimize/families/permits';
import { RowWriter } from '../../../../src/power-model/optimize/families/row-writer';
import { LpBuilder } from '../../../../src/power-model/optimize/lp-builder';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';
import { noHourlyColumns, rowOf } from './lp-rows';

// One technology, the synthetic campus's gas CT: 9,700 Btu/kWh = 9.7 MMBtu/MWh; NOx 0.03 and CO
// 0.05 lb/MMBtu (the order of AP-42 Table 3.1-1's lean-premix figures, for the arithmetic only).
const campus = syntheticCampus({ kind: 'representativeDays', days: 2 });
const ct = { ...campus.thermal[0]!, noxLbPerMMBtu: 0.03, coLbPerMMBtu: 0.05 };
const input = (extra: Partial<SizingInput>): SizingInput => ({ ...campus, thermal: [ct], ...extra });

/** Two modelled hours weighted 100 and 265 days: output columns p = 0, 1 after the capacity columns. */
function twoHours(sizing: SizingInput) {
  const builder = new LpBuilder();
  const capacity = addCapacityColumns(builder, sizing, (usd) => usd, undefined);
  const hourly = noHourlyColumns(2, 1);
  hourly.thermalHour[0]!.set([builder.addColumn(0), builder.addColumn(0)]);
  return { builder, writer: new RowWriter(builder), capacity, hourly, weight: Float64Array.from([100, 265]) };
}

describe('permits family', () => {
  it('writes NOx, CO and the fleet’s CO2 in the permit’s units, weighted by the days each hour stands for', () => {
    const sizing = input({ permits: { noxTonsPerYear: 40, coTonsPerYear: 60, co2TonnesPerYear: 1e6 } });
    const { builder, writer, capacity, hourly, weight } = twoHours(sizing);
    const rows: CapRow[] = [];
    permitRows(writer, false, rows, sizing, capacity, hourly, weight);
    expect(rows.map((r) => r.constraint)).toEqual(['noxTonsPerYear', 'coTonsPerYear', 'fleetCo2TonnesPerYear']);
    const [p0, p1] = [hourly.thermalHour[0]![0]!, hourly.thermalHour[0]![1]!];
    // NOx: 9.7 MMBtu/MWh × 0.03 lb/MMBtu ÷ 2000 lb/ton = 1.455e-4 short tons per MWh.
    const nox = rowOf(builder, rows[0]!.row);
    expect(nox.upper).toBe(40);
    expect(nox.terms[p0]).toBeCloseTo(100 * 1.455e-4, 12);
    expect(nox.terms[p1]).toBeCloseTo(265 * 1.455e-4, 12);
    // CO: 9.7 × 0.05 ÷ 2000 = 2.425e-4 t/MWh; CO2: 9.7 × 53.06 kg/MMBtu = 0.514682 t/MWh.
    expect(rowOf(builder, rows[1]!.row).terms[p0]).toBeCloseTo(100 * 2.425e-4, 12);
    expect(rowOf(builder, rows[2]!.row).terms[p1]).toBeCloseTo(265 * 0.514682, 9);
  });

  it('bounds each technology’s energy by its permitted hours: Σ w·p − H·X ≤ 0', () => {
    const sizing = input({ permits: { hoursPerUnit: 500 } });
    const { builder, writer, capacity, hourly, weight } = twoHours(sizing);
    const rows: CapRow[] = [];
    permitRows(writer, false, rows, sizing, capacity, hourly, weight);
    expect(rows).toHaveLength(1);
    expect(rowOf(builder, rows[0]!.row)).toEqual({
      lower: -Infinity,
      upper: 0,
      terms: { [hourly.thermalHour[0]![0]!]: 100, [hourly.thermalHour[0]![1]!]: 265, [capacity.thermalMW[0]!]: -500 },
    });
  });

  it('writes nothing without a permit', () => {
    const sizing = input({});
    const { builder, writer, capacity, hourly, weight } = twoHours(sizing);
    permitRows(writer, false, [], sizing, capacity, hourly, weight);
    expect(builder.rowCount).toBe(0);
  });
});

describe('fuel family', () => {
  it('caps the burn every modelled hour and every gas day', () => {
    // Two representative days (48 modelled hours): 48 hourly rows and 2 daily rows.
    const sizing = input({ fuel: { pipelineMMBtuPerHour: 5000, pipelineMMBtuPerDay: 100_000 } });
    const builder = new LpBuilder();
    const hourly = noHourlyColumns(48, 1);
    for (let i = 0; i < 48; i++) hourly.thermalHour[0]![i] = builder.addColumn(0);
    fuelRows(new RowWriter(builder), sizing, hourly, [
      { firstYearHour: 0, hours: 24, weight: 100 },
      { firstYearHour: 24 * 200, hours: 24, weight: 265 },
    ]);
    expect(builder.rowCount).toBe(50);
    // Day one: its 24 hourly rows, then its daily row over the same 24 columns, 9.7 MMBtu per MWh.
    expect(rowOf(builder, 0)).toEqual({ lower: -Infinity, upper: 5000, terms: { 0: 9.7 } });
    const day = rowOf(builder, 24);
    expect(day.upper).toBe(100_000);
    expect(Object.keys(day.terms).map(Number)).toEqual(Array.from({ length: 24 }, (_, k) => k));
    expect(rowOf(builder, 49).terms[47]).toBe(9.7);
  });
});

describe('permits and fuel in the solved sizing LP', () => {
  it('never burns above the pipeline and runs each technology within its permitted hours', async () => {
    const highs = await highsLoader();
    const days = syntheticCampus({ kind: 'representativeDays', days: 4 }, { battery: undefined, caps: {} });
    const limited: SizingInput = { ...days, fuel: { pipelineMMBtuPerHour: 2000, pipelineMMBtuPerDay: 40_000 }, permits: { hoursPerUnit: 3000 } };
    // Shared hourly caps and capacity-scaled limits are the whole LP's, not the decomposition's.
    expect(canDecompose(limited)).toBe(false);
    const layout = buildSizingModel(limited, false, { largestUnitMW: 418 });
    const solution = solveLp(highs, layout.builder, 60, 'choose');
    expect(solution.status).toBe('optimal');
    const x = solution.colValue ?? new Float64Array(0);
    const burnAt = (i: number) => layout.thermalHour.reduce((sum, hours, t) => sum + ((limited.thermal[t]?.heatRateBtuPerKWh ?? 0) / 1000) * (x[hours[i] ?? -1] ?? 0), 0);
    let worstHour = 0;
    for (let i = 0; i < layout.hourWeight.length; i++) worstHour = Math.max(worstHour, burnAt(i));
    expect(worstHour).toBeLessThanOrEqual(2000 * (1 + 1e-6));
    for (let d = 0; d < 4; d++) {
      let day = 0;
      for (let k = 0; k < 24; k++) day += burnAt(d * 24 + k);
      expect(day).toBeLessThanOrEqual(40_000 * (1 + 1e-6));
    }
    layout.thermalHour.forEach((hours, t) => {
      const energyMWh = hours.reduce((sum, column, i) => sum + (layout.hourWeight[i] ?? 0) * (x[column] ?? 0), 0);
      expect(energyMWh).toBeLessThanOrEqual(3000 * (x[layout.thermalMW[t] ?? -1] ?? 0) * (1 + 1e-6) + 1e-6);
    });
    // The pipeline binds: without it the fleet burns more in some hour.
    const free = buildSizingModel(days, false, { largestUnitMW: 418 });
    const freeX = solveLp(highs, free.builder, 60, 'choose').colValue ?? new Float64Array(0);
    let freeWorst = 0;
    for (let i = 0; i < free.hourWeight.length; i++) freeWorst = Math.max(freeWorst, free.thermalHour.reduce((sum, hours, t) => sum + ((days.thermal[t]?.heatRateBtuPerKWh ?? 0) / 1000) * (freeX[hours[i] ?? -1] ?? 0), 0));
    expect(freeWorst).toBeGreaterThan(2000);
  });
});
