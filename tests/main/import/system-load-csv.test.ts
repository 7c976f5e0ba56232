import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/main/import/errors';
import { parseSystemLoadCsv } from '../../../src/main/import/system-load-csv';

const HOURS = 8760 + 7 * 24;
const start = Date.parse('2019-01-01T00:00:00Z');
const stamp = (i: number, fmt: (d: Date) => string = (d) => d.toISOString().slice(0, 19).replace('T', ' ')) => fmt(new Date(start + i * 3_600_000));

function csv(header: string, row: (i: number) => string, hours = HOURS): string {
  return [header, ...Array.from({ length: hours }, (_, i) => row(i))].join('\n');
}

describe('parseSystemLoadCsv', () => {
  it('reads the EIA-930 cleaned format, ignoring the raw, category and forecast columns', () => {
    const text = csv('date_time,raw demand (MW),category,cleaned demand (MW),forecast demand (MW)', (i) => `${stamp(i)},,MISSING,${40000 + i},41000`);
    const parsed = parseSystemLoadCsv(text);
    expect(parsed.format).toBe('eia-930-cleaned');
    expect(parsed.firstHourUtcMs).toBe(start);
    expect(parsed.loadMW[0]).toBe(40000);
    expect(parsed.loadMW[HOURS - 1]).toBe(40000 + HOURS - 1);
  });

  it('reads the shipped two-column form and a plain hourly CSV whose times carry an offset', () => {
    expect(parseSystemLoadCsv(csv('date_time,cleaned demand (MW)', (i) => `${stamp(i)},${i}`)).loadMW[5]).toBe(5);
    // 2018-12-31 18:00 at −06:00 is 2019-01-01 00:00 UTC.
    const plain = csv('timestamp,load_MW', (i) => `${stamp(i - 6, (d) => d.toISOString().slice(0, 16))}-06:00,${1000 + i}`);
    const parsed = parseSystemLoadCsv(plain);
    expect(parsed.format).toBe('plain-hourly');
    expect(parsed.firstHourUtcMs).toBe(start);
    expect(parsed.column).toBe('load_MW');
  });

  it('names the line and column of a gap, a bad number and a negative load', () => {
    const gap = csv('date_time,cleaned demand (MW)', (i) => `${stamp(i < 100 ? i : i + 1)},1`);
    expect(() => parseSystemLoadCsv(gap, 'x.csv')).toThrow(/x\.csv, line 102, column 'date_time': '2019-01-05 05:00:00' breaks the hourly sequence; expected 2019-01-05 04:00 UTC/);
    const bad = csv('date_time,cleaned demand (MW)', (i) => `${stamp(i)},${i === 9 ? 'n/a' : 1}`);
    expect(() => parseSystemLoadCsv(bad)).toThrow(/line 11, column 'cleaned demand \(MW\)': 'n\/a' is not a number/);
    const negative = csv('date_time,cleaned demand (MW)', (i) => `${stamp(i)},${i === 0 ? -5 : 1}`);
    expect(() => parseSystemLoadCsv(negative)).toThrow(ImportError);
  });

  it('refuses a file shorter than a year and a week, and one in kW', () => {
    expect(() => parseSystemLoadCsv(csv('date_time,cleaned demand (MW)', (i) => `${stamp(i)},1`, 8760))).toThrow(/has 8760 hourly rows; a system load needs at least 8928/);
    expect(() => parseSystemLoadCsv(csv('time,load (kW)', (i) => `${stamp(i)},1`))).toThrow(/is in kW/);
  });
});
