import { describe, expect, it } from 'vitest';
import { capacityLimitRows } from '../../../../src/power-model/optimize/families/capacity-limits';
import { energyBalanceRow } from '../../../../src/power-model/optimize/families/energy-balance';
import { CapacityCopies, RowWriter } from '../../../../src/power-model/optimize/families/row-writer';
import { storageRows } from '../../../../src/power-model/optimize/families/storage';
import { LpBuilder } from '../../../../src/power-model/optimize/lp-builder';
import type { SizingInput } from '../../../../src/power-model/optimize/types';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';
import { noHourlyColumns, rowOf } from './lp-rows';

// One modelled hour (i = 0) standing for year hour 4000, with columns numbered by hand:
// g = 0, p_A = 1, p_B = 2, c = 3, d = 4, s = 5, u = 6; capacity copies G = 7, X_A = 8, X_B = 9, S = 10, B = 11, E = 12.
const campus = syntheticCampus({ kind: 'fullYear' });
const twoTechnologies: SizingInput = { ...campus, thermal: campus.thermal.slice(0, 2) };
function hourZero() {
  const builder = new LpBuilder();
  for (let c = 0; c < 13; c++) builder.addColumn(0);
  const hourly = noHourlyColumns(1, 2);
  hourly.gridHour[0] = 0;
  hourly.thermalHour[0]![0] = 1;
  hourly.thermalHour[1]![0] = 2;
  hourly.chargeHour[0] = 3;
  hourly.dischargeHour[0] = 4;
  hourly.storedHour[0] = 5;
  hourly.unservedHour[0] = 6;
  return { builder, writer: new RowWriter(builder), hourly };
}

describe('energy balance family', () => {
  it('writes g + Σp + out·S + d − c + u ≥ load for the hour it stands for', () => {
    const { builder, writer, hourly } = hourZero();
    const row = energyBalanceRow(writer, twoTechnologies, hourly, 0, 4000, 10);
    const out = campus.solar?.outputMWPerMWac[4000] ?? NaN;
    expect(rowOf(builder, row)).toEqual({ lower: campus.facilityLoadMW[4000], upper: Infinity, terms: { 0: 1, 1: 1, 2: 1, 10: out, 4: 1, 3: -1, 6: 1 } });
  });
});

describe('capacity limits family', () => {
  it('writes g ≤ G, and p ≤ f·X with the hour’s derating (1 without a curve)', () => {
    const { builder, writer, hourly } = hourZero();
    const derated = new Float64Array(8760).fill(1);
    derated[4000] = 0.83; // an aeroderivative at 40 °C (data/technologies.json's curve, ≈ 0.83 of ISO)
    const input: SizingInput = { ...twoTechnologies, thermal: [{ ...twoTechnologies.thermal[0]!, outputFractionByHour: derated }, twoTechnologies.thermal[1]!] };
    capacityLimitRows(writer, input, hourly, 0, 4000, 7, [8, 9]);
    expect(builder.rowCount).toBe(3);
    expect(rowOf(builder, 0)).toEqual({ lower: -Infinity, upper: 0, terms: { 0: 1, 7: -1 } });
    expect(rowOf(builder, 1)).toEqual({ lower: -Infinity, upper: 0, terms: { 1: 1, 8: -0.83 } });
    expect(rowOf(builder, 2)).toEqual({ lower: -Infinity, upper: 0, terms: { 2: 1, 9: -1 } });
  });

  it('writes no grid row where the site has no grid', () => {
    const { builder, writer, hourly } = hourZero();
    capacityLimitRows(writer, twoTechnologies, hourly, 0, 4000, -1, [8, 9]);
    expect(builder.rowCount).toBe(2);
  });
});

describe('storage family', () => {
  it('writes one inverter, the usable energy and the state of charge with √η each way', () => {
    const { builder, writer, hourly } = hourZero();
    // η = 0.81 round trip → √η = 0.9 on charge and on discharge; 10% reserve → 0.9 of E usable.
    const battery = { powerCapexUSDPerKW: 1, energyCapexUSDPerKWh: 1, fixedOMUSDPerKWYear: 0, lifetimeYears: 10, roundTripEfficiency: 0.81, socMinPct: 10 };
    storageRows(writer, battery, hourly, 0, 0, 11, 12);
    expect(rowOf(builder, 0)).toEqual({ lower: -Infinity, upper: 0, terms: { 3: 1, 4: 1, 11: -1 } });
    expect(rowOf(builder, 1).terms[12]).toBeCloseTo(-0.9, 12);
    // A period of one hour is its own previous hour: s = s + 0.9·c − d/0.9 leaves 0.9·c = d/0.9.
    const soc = rowOf(builder, 2);
    expect(soc.lower).toBe(0);
    expect(soc.upper).toBe(0);
    expect(soc.terms[5]).toBe(1);
    expect(soc.terms[3]).toBeCloseTo(-0.9, 12);
    expect(soc.terms[4]).toBeCloseTo(1 / 0.9, 12);
  });
});

describe('capacity copies', () => {
  it('chains each hour’s copy to the previous one (copy − previous = 0), or gives the column itself when off', () => {
    const builder = new LpBuilder();
    const capacity = builder.addColumn(5);
    const copies = new CapacityCopies(new RowWriter(builder), true);
    const first = copies.copy(capacity);
    const second = copies.copy(capacity);
    expect([first, second]).toEqual([1, 2]);
    expect(rowOf(builder, 0)).toEqual({ lower: 0, upper: 0, terms: { 1: 1, 0: -1 } });
    expect(rowOf(builder, 1)).toEqual({ lower: 0, upper: 0, terms: { 2: 1, 1: -1 } });
    expect(new CapacityCopies(new RowWriter(builder), false).copy(capacity)).toBe(capacity);
    expect(copies.copy(-1)).toBe(-1);
  });
});
