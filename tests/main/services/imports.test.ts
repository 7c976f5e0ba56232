import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedSeries, ImportedWeatherSummary } from '../../../src/api/schemas/imports';
import { servicesPerTest } from '../../helpers/services';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (...parts: string[]) => readFileSync(join(fixtures, ...parts), 'utf8');

const svc = servicesPerTest();

describe('imports through the API', () => {
  it('imports an 8760-row MW load file and reports its figures', async () => {
    const envelope = await svc.get().registry.dispatch('import:load', { fileName: 'load-mw-8760.csv', text: read('import', 'load', 'load-mw-8760.csv') });
    expect(envelope.ok).toBe(true);
    const series = (envelope as { value: ImportedSeries }).value;
    expect(series.hours).toBe(8760);
    expect(series.values.length).toBe(8760);
    // mean × hours = total, by definition; checks the figures agree with each other
    expect(series.mean * series.hours).toBeCloseTo(series.total, 6);
  });

  it('puts the line and column of a malformed load file in the error', async () => {
    const envelope = await svc.get().registry.dispatch('import:load', { fileName: 'text-in-number.csv', text: read('import', 'load', 'text-in-number.csv') });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('invalid-request');
      expect(envelope.error.message).toMatch(/line \d+/);
      expect(envelope.error.message).toMatch(/column '/);
    }
  });

  it('reads the real Abilene TMY3 file: 8760 hours at the station position', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'weather', '722660TYA.CSV'), 'utf8');
    const envelope = await svc.get().registry.dispatch('import:weather', { fileName: '722660TYA.CSV', text });
    const weather = (envelope as { value: ImportedWeatherSummary }).value;
    expect(weather.source.kind).toBe('tmy3');
    expect(weather.hours).toBe(8760);
    // Station header of 722660TYA.CSV: Abilene Regional AP, 32.47 N, -99.71 (data/weather/README.md)
    expect(weather.latitudeDeg).toBeCloseTo(32.47, 2);
    expect(weather.longitudeDeg).toBeCloseTo(-99.71, 2);
    // West-Texas annual GHI is about 1,900–2,100 kWh/m² (NREL NSRDB maps: 5.2–5.8 kWh/m²/day)
    expect(weather.annualGhiKWhPerM2).toBeGreaterThan(1800);
    expect(weather.annualGhiKWhPerM2).toBeLessThan(2200);
  });

  it('imports an exported site into the project and refuses a duplicate unless asked to replace', async () => {
    const exported = JSON.parse(read('import', 'site', 'exported-site.json')) as { id?: string; site?: { id: string } };
    const id = exported.site?.id ?? exported.id ?? '';
    svc.get().ctx.session.require().sites.delete(id);
    const text = JSON.stringify(exported);
    const first = await svc.get().registry.dispatch('import:site', { fileName: 'exported-site.json', text });
    expect(first).toMatchObject({ ok: true, value: { created: true } });
    const dup = await svc.get().registry.dispatch('import:site', { text });
    const replace = await svc.get().registry.dispatch('import:site', { text, replace: true });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(replace).toMatchObject({ ok: true, value: { created: false } });
    expect(svc.get().ctx.session.require().sites.exists(id)).toBe(true);
  });

  it('refuses a site file with negative MW, naming the field, and saves nothing', async () => {
    const before = svc.get().ctx.session.require().sites.count();
    const envelope = await svc.get().registry.dispatch('import:site', { fileName: 'negative-mw.json', text: read('import', 'site', 'negative-mw.json') });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toMatch(/phases\.\d+\.mw\.value/);
    expect(svc.get().ctx.session.require().sites.count()).toBe(before);
  });
});
