import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostUtilityFileSchema } from '../../../src/api/schemas/host-utility';
import { loadHostUtilities, unmarkedFigures } from '../../../src/main/data/load-host-utilities';
import { loadSites } from '../../../src/main/data/load-sites';

const bundled = (name: string) => new URL(`../../../data/rate-impact/${name}`, import.meta.url);
let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('loadHostUtilities', () => {
  it('loads one valid host-utility file for every bundled site, with no errors', () => {
    const { utilities, errors } = loadHostUtilities();
    expect(errors).toEqual([]);
    expect(utilities.map((u) => u.siteId).sort()).toEqual(loadSites().sites.map((s) => s.id).sort());
  });

  it('finds a source or an estimate mark for every number in every bundled file', () => {
    for (const file of loadHostUtilities().utilities) expect(unmarkedFigures(file), file.siteId).toEqual([]);
  });

  it('gives every source a URL and a year, and every estimate a reason', () => {
    for (const file of loadHostUtilities().utilities) {
      for (const [path, text] of Object.entries(file.sources)) {
        expect(text, `${file.siteId} sources.${path}`).toMatch(/https?:\/\/\S+/);
        expect(text, `${file.siteId} sources.${path}`).toMatch(/\b(19|20)\d\d\b/);
      }
      for (const [path, reason] of Object.entries(file.estimates)) expect(reason.length, `${file.siteId} estimates.${path}`).toBeGreaterThan(3);
    }
  });

  it('marks the PJM and MISO sites, and only them, with a capacity market', () => {
    const withMarket = loadHostUtilities().utilities.filter((u) => u.capacityMarket !== undefined).map((u) => u.siteId).sort();
    expect(withMarket).toEqual(['lordstown', 'piketon', 'port-washington', 'saline']);
  });

  it('reports a number with neither source nor estimate mark, naming its path, and skips the file', () => {
    dir = mkdtempSync(join(tmpdir(), 'stargrid-hosts-'));
    const saline = HostUtilityFileSchema.parse(JSON.parse(readFileSync(bundled('saline.json'), 'utf8')));
    delete saline.estimates['utility.headroomMW'];
    writeFileSync(join(dir, 'saline.json'), JSON.stringify(saline));
    const { utilities, errors } = loadHostUtilities(dir);
    expect(utilities).toEqual([]);
    expect(errors).toEqual([{ file: 'saline.json', path: 'utility.headroomMW', message: 'has neither a source nor an estimate mark' }]);
  });

  it('refuses a negative quantity and a file named for another site, naming the field', () => {
    dir = mkdtempSync(join(tmpdir(), 'stargrid-hosts-'));
    const text = readFileSync(bundled('lordstown.json'), 'utf8');
    writeFileSync(join(dir, 'milam.json'), text);
    writeFileSync(join(dir, 'lordstown.json'), text.replace('"obligationMW": 134311', '"obligationMW": -1'));
    const { errors } = loadHostUtilities(dir);
    expect(errors).toEqual([
      { file: 'lordstown.json', path: 'capacityMarket.obligationMW', message: 'must not be negative' },
      { file: 'milam.json', path: 'siteId', message: "is 'lordstown' but the file is named milam.json; name it lordstown.json" },
    ]);
  });
});
