import { describe, expect, it } from 'vitest';
import { csvField, summaryCsv } from '../../../src/renderer/export/csv';
import { summaryFixture } from '../summary-fixture';

describe('CSV export', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('writes one summary row per result with unit-named columns, cost lines and extra columns', () => {
    const text = summaryCsv([summaryFixture(), summaryFixture({ siteId: 'milam', lcoeUSDPerMWh: 80.5 })], { billChangeUSDPerMonth: [1.25, null] });
    const [header, first, second] = text.trimEnd().split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(columns).toContain('lcoeUSDPerMWh');
    expect(columns).toContain('fuelUSDPerYear');
    expect(columns.at(-1)).toBe('billChangeUSDPerMonth');
    expect(first?.split(',')[columns.indexOf('siteId')]).toBe('abilene');
    expect(second?.split(',')[columns.indexOf('lcoeUSDPerMWh')]).toBe('80.5');
    expect(first?.split(',').at(-1)).toBe('1.25');
    expect(second?.split(',').at(-1)).toBe('');
  });

  it('rounds each column for its unit: no binary noise', () => {
    const text = summaryCsv([summaryFixture({ facilityPeakMW: 1007.9999999999999, lcoeUSDPerMWh: 61.23456 })]);
    const [header, row] = text.trimEnd().split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(row?.split(',')[columns.indexOf('facilityPeakMW')]).toBe('1008');
    expect(row?.split(',')[columns.indexOf('lcoeUSDPerMWh')]).toBe('61.23');
  });
});
