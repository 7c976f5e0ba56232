import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { servicesPerTest } from '../../helpers/services';

const services = servicesPerTest();

type Workbook = { fileName: string; base64: string; bytes: number };
type HourlyCsv = { fileName: string; text: string; rows: number; calendar: string };

/** Sheet names from xl/workbook.xml of an .xlsx (a zip of XML parts, ECMA-376). */
function sheetNames(files: Record<string, Uint8Array>): string[] {
  const xml = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('export:hourlyCsv', () => {
  it('writes 8,760 rows with ISO local timestamps and rounded values', async () => {
    const csv = await services.call<HourlyCsv>('export:hourlyCsv', { siteId: 'abilene', scenarioId: 'hybrid', year: 2028 });
    expect(csv.fileName).toBe('abilene_hybrid_hourly_2028.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 8760);
    expect(lines[0]).toMatch(/^timestampLocal,hour,facilityMW,/);
    // Abilene is in Texas: Central Standard Time, UTC−6, all year in the model.
    expect(lines[1]).toMatch(/^2028-01-01T00:00:00-06:00,0,/);
    expect(lines[2]).toMatch(/^2028-01-01T01:00:00-06:00,1,/);
    expect(lines[8760]).toMatch(/^2028-12-31T23:00:00-06:00,8759,/);
    expect(csv.calendar).toMatch(/8,760 hourly rows/);
    // No binary noise: every number has at most 3 decimals.
    const numbers = lines.slice(1, 200).flatMap((l) => l.split(',').slice(1));
    expect(numbers.filter((n) => /\.\d{4,}/.test(n))).toEqual([]);
  });
});

describe('export:workbook', () => {
  it('writes an .xlsx with the summary, hourly, costs, rate impact and sources sheets', async () => {
    const wb = await services.call<Workbook>('export:workbook', { siteId: 'abilene', scenarioId: 'hybrid' });
    expect(wb.fileName).toMatch(/^abilene_hybrid_\d{4}\.xlsx$/);
    const bytes = Buffer.from(wb.base64, 'base64');
    expect(bytes.length).toBe(wb.bytes);
    const files = unzipSync(new Uint8Array(bytes));
    expect(sheetNames(files)).toEqual(['Summary', 'Hourly', 'Costs', 'Rate impact', 'Sources']);
    // The hourly sheet: a header and 8,760 rows (rows are <row r="n">, the header is row 1).
    const hourly = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect((hourly.match(/<row /g) ?? []).length).toBe(8761);
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(shared).toContain('T00:00:00-06:00');
    expect(shared).toContain('Abilene');
  });

  it('names the scenario field when the scenario does not exist', async () => {
    await expect(services.call('export:workbook', { siteId: 'abilene', scenarioId: 'no-such-plan' })).rejects.toThrow(/not-found at scenarioId/);
  });
});
