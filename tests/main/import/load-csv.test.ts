import { describe, expect, it } from 'vitest';
import { importLoadCsv } from '../../../src/main/import/load-csv';
import { fixtureReader, importError } from './import-helpers';

const fixture = fixtureReader('load');

describe('importLoadCsv', () => {
  it('reads an 8760-row MW file and keeps the values in MW', () => {
    const load = importLoadCsv(fixture('load-mw-8760.csv'));
    expect(load.loadMW.length).toBe(8760);
    expect(load.sourceUnit).toBe('MW');
    // The fixture holds 100 + (hour mod 24): hour 0 is 100, hour 23 is 123, mean 111.5.
    expect(load.loadMW[0]).toBe(100);
    expect(load.loadMW[23]).toBe(123);
    expect(load.loadMW.reduce((s, v) => s + v, 0) / 8760).toBeCloseTo(111.5, 9);
  });

  it('converts kW named in the header to MW and accepts a leap year of 8784 rows', () => {
    const load = importLoadCsv(fixture('load-kw-8784.csv'));
    expect(load.loadMW.length).toBe(8784);
    expect(load.column).toBe('Demand (kW)');
    // 250,000 kW = 250 MW.
    expect(load.loadMW[8783]).toBeCloseTo(250, 12);
  });

  it('uses the stated unit when the header names none', () => {
    expect(importLoadCsv(fixture('load-no-unit.csv'), { unit: 'kW' }).loadMW[0]).toBeCloseTo(0.05, 12);
  });

  it('refuses a header without a unit when no unit is stated, naming the column', () => {
    const e = importError(() => importLoadCsv(fixture('load-no-unit.csv')));
    expect(e.row).toBe(1);
    expect(e.column).toBe('load');
    expect(e.message).toMatch(/line 1, column 'load': names no unit/);
  });

  it('refuses a stated unit that contradicts the header', () => {
    const e = importError(() => importLoadCsv(fixture('load-mw-8760.csv'), { unit: 'kW' }));
    expect(e.message).toMatch(/column 'load_MW': says MW but the unit stated for the import is kW/);
  });

  it('reports a file with no load column and lists the columns it found', () => {
    const e = importError(() => importLoadCsv(fixture('missing-column.csv'), { file: 'missing-column.csv' }));
    expect(e.row).toBe(1);
    expect(e.message).toMatch(/^missing-column\.csv, line 1: has no load column; found 'hour', 'temperature_C', 'humidity_pct'/);
  });

  it('reports a wrong row count with the count it found', () => {
    const e = importError(() => importLoadCsv(fixture('wrong-row-count.csv')));
    expect(e.message).toMatch(/has 24 data rows; an hourly year needs 8760 \(or 8784 in a leap year\)/);
  });

  it('reports text in the load column with its row and column', () => {
    const e = importError(() => importLoadCsv(fixture('text-in-number.csv')));
    // The 17th data row is line 18 of the file (line 1 is the header).
    expect(e.row).toBe(18);
    expect(e.column).toBe('load_MW');
    expect(e.message).toBe("line 18, column 'load_MW': 'abc' is not a number");
  });

  it('reports a unit in the header that is neither MW nor kW', () => {
    const e = importError(() => importLoadCsv(fixture('unknown-unit.csv')));
    expect(e.message).toMatch(/column 'load \(kVA\)': names the unit 'kVA', which is not one of mw, kw/);
  });

  it('refuses a negative load', () => {
    const text = 'hour,load_MW\n' + Array.from({ length: 8760 }, (_, h) => `${h + 1},${h === 5 ? -1 : 10}`).join('\n');
    expect(() => importLoadCsv(text)).toThrow(/line 7, column 'load_MW': -1 is below the minimum 0 for load/);
  });

  it('reads a one-column file (load_MW then 8760 numbers), which has no delimiter to detect', () => {
    const load = importLoadCsv(['load_MW', ...Array.from({ length: 8760 }, (_, h) => String(h % 24))].join('\n'));
    expect(load.column).toBe('load_MW');
    expect(load.loadMW[23]).toBe(23);
  });

  it('reads a one-column file in kW from its header (load_kW)', () => {
    const load = importLoadCsv(['load_kW', ...Array.from({ length: 8760 }, () => '1500')].join('\r\n'));
    // 1,500 kW = 1.5 MW.
    expect(load.loadMW[0]).toBeCloseTo(1.5, 12);
    expect(load.sourceUnit).toBe('kW');
  });

  it('names the physical line of a bad value: blank lines do not shift it', () => {
    // Header on line 1, a blank line 2, values from line 3; the bad value is data row 10, on line 3 + 9 + 1 (one more blank line before it) = 13.
    const rows = Array.from({ length: 8760 }, (_, h) => (h === 9 ? 'x' : '5'));
    const lines = ['load_MW', '', ...rows.slice(0, 9), '', ...rows.slice(9)];
    const e = importError(() => importLoadCsv(lines.join('\n')));
    expect(e.row).toBe(13);
    expect(e.message).toBe("line 13, column 'load_MW': 'x' is not a number");
  });
});
