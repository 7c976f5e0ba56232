import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/main/data/load-sites';
import { loadTechnologies } from '../../../src/main/data/load-technologies';

const bundled = (name: string) => new URL(`../../../data/sites/${name}`, import.meta.url);
let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('loadSites', () => {
  it('loads the eight bundled sites without errors', () => {
    const { sites, errors } = loadSites();
    expect(errors).toEqual([]);
    expect(sites.map((s) => s.id)).toEqual(['abilene', 'dona-ana', 'lordstown', 'milam', 'piketon', 'port-washington', 'saline', 'shackelford']);
  });

  it('reports every bad file with its JSON path and still loads the good ones', () => {
    dir = mkdtempSync(join(tmpdir(), 'stargrid-sites-'));
    copyFileSync(bundled('abilene.json'), join(dir, 'abilene.json'));
    writeFileSync(join(dir, 'broken.json'), '{ "schemaVersion": 1,');
    writeFileSync(join(dir, 'notes.txt'), 'ignored: not a JSON file');
    const bad = JSON.parse(JSON.stringify(loadSites().sites.find((s) => s.id === 'milam'))) as { phases: Array<{ mw: { value: number } }> };
    bad.phases[0]!.mw.value = -1;
    writeFileSync(join(dir, 'milam.json'), JSON.stringify(bad));

    const { sites, errors } = loadSites(dir);
    expect(sites.map((s) => s.id)).toEqual(['abilene']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ file: 'broken.json', path: '(file)' });
    expect(errors[0]?.message).toMatch(/^not valid JSON/);
    expect(errors[1]).toEqual({ file: 'milam.json', path: 'phases.0.mw.value', message: 'must be ≥ 0' });
  });

  it('refuses a file whose name is not its id', () => {
    dir = mkdtempSync(join(tmpdir(), 'stargrid-sites-'));
    copyFileSync(bundled('saline.json'), join(dir, 'michigan.json'));
    const { sites, errors } = loadSites(dir);
    expect(sites).toEqual([]);
    expect(errors).toEqual([{ file: 'michigan.json', path: 'id', message: "is 'saline' but the file is named michigan.json; name it saline.json" }]);
  });

  it('reports a folder it cannot read', () => {
    const { errors } = loadSites(join(tmpdir(), 'no-such-stargrid-folder'));
    expect(errors[0]?.path).toBe('(folder)');
  });
});

describe('loadTechnologies', () => {
  it('loads the bundled technology defaults', () => {
    const file = loadTechnologies();
    const ct = file.technologies.find((t) => t.id === 'gas-ct-aeroderivative');
    // EIA AEO2026 Table 3: aeroderivative CT, 9,447 Btu/kWh, 2,275 USD/kW (2025$).
    expect(ct?.heatRateBtuPerKWh?.value).toBe(9447);
    expect(ct?.capexUSDPerKW.value).toBe(2275);
  });

  it('throws one message naming the bad paths of a broken file', () => {
    dir = mkdtempSync(join(tmpdir(), 'stargrid-tech-'));
    writeFileSync(join(dir, 't.json'), JSON.stringify({ schemaVersion: 1, dataAsOf: '2026', fuel: {}, technologies: [] }));
    expect(() => loadTechnologies(join(dir, 't.json'))).toThrow(/dataAsOf: must be a date YYYY-MM-DD; fuel\.gasPriceUSDPerMMBtu: .*technologies: /);
  });
});
