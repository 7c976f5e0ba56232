import { describe, expect, it } from 'vitest';
import { HOURLY_SERIES_NAMES } from '../../../src/api/schemas/model';
import type { Hourly } from '../../../src/renderer/charts/series';
import { csvField, hourlyCsv, summaryCsv } from '../../../src/renderer/export/csv';
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

  it('writes 8760 hourly rows under a header of every series', () => {
    const hourly = Object.fromEntries(HOURLY_SERIES_NAMES.map((n, i) => [n, new Array<number>(8760).fill(i)])) as Hourly;
    const lines = hourlyCsv(hourly).trimEnd().split('\r\n');
    expect(lines).toHaveLength(8761);
    expect(lines[0]).toBe(['hour', ...HOURLY_SERIES_NAMES].join(','));
    expect(lines[8760]?.startsWith('8759,0,1,2,')).toBe(true);
  });
});
