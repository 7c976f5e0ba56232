import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSiteJson } from '../../../src/main/import/site-json';
import { fixtureReader, importError } from './import-helpers';

const fixture = fixtureReader('site');

describe('importSiteJson', () => {
  it('reads a site wrapped as an export', () => {
    const site = importSiteJson(fixture('exported-site.json'));
    expect(site.id).toBe('saline');
    // DTE contracted load, 1.383 GW, split 461 + 922 MW across the phases.
    expect(site.phases.reduce((s, p) => s + p.mw.value, 0)).toBe(1383);
  });

  it('reads a bundled site file as it is', () => {
    const text = readFileSync(new URL('../../../data/sites/abilene.json', import.meta.url), 'utf8');
    expect(importSiteJson(text).gridOperator).toBe('ERCOT');
  });

  it('names the JSON path of a negative capacity', () => {
    const e = importError(() => importSiteJson(fixture('negative-mw.json')));
    expect(e.path).toBe('phases.0.mw.value');
    expect(e.message).toBe('phases.0.mw.value: must be ≥ 0');
  });

  it('names a missing field', () => {
    expect(importError(() => importSiteJson(fixture('missing-lat.json'))).path).toBe('location.lat');
  });

  it('refuses a file from a newer Stargrid', () => {
    expect(() => importSiteJson(fixture('newer-version.json'))).toThrow(/schemaVersion: is 2, newer than this Stargrid reads \(1\)/);
  });

  it('refuses text that is not JSON', () => {
    expect(() => importSiteJson(fixture('not-json.json'), { file: 'not-json.json' })).toThrow(/^not-json\.json: not valid JSON/);
  });
});
