import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedSeries, ImportedWeatherSummary, SiteSeriesInfo } from '../../../src/api/schemas/imports';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

// Lordstown (data/sites/lordstown.json): one 300 MW IT phase energized 2026, POI 360 MW; in 2027
// the whole campus is installed all year.
const SITE = 'lordstown';
const YEAR = 2027;
const CAMPUS_IT_MW = 300;
const HOURS = 8760;

function hourlyCsv(header: string, valueAt: (h: number) => number): string {
  const rows = [`hour,${header}`];
  for (let h = 0; h < HOURS; h++) rows.push(`${h + 1},${valueAt(h)}`);
  return rows.join('\n') + '\n';
}

const simulate = (hourly = false) => svc.call<SimulateResponse>('model:simulate', { siteId: SITE, scenarioId: 'grid-only', year: YEAR, hourly });
const attachLoad = (mw: number) => svc.call<ImportedSeries>('import:load', { fileName: `flat-${mw}.csv`, text: hourlyCsv('load_MW', () => mw), attachTo: SITE });

describe('series attached to a site and used by the model', () => {
  it('runs a flat load at half the campus IT MW at exactly half the energy of one at the full IT MW', async () => {
    const full = await attachLoad(CAMPUS_IT_MW);
    expect(full.attached).toMatchObject({ siteId: SITE, kind: 'load', fileName: 'flat-300.csv' });
    const atOne = (await simulate()).summary;
    await attachLoad(CAMPUS_IT_MW / 2);
    const atHalf = (await simulate()).summary;
    // facility(h) = installed 300 MW × u(h) × PUE(h) with the same weather, so u = 0.5 vs u = 1.0
    // halves every hour: 150/300 = 0.5 exactly (float sums: relative 1e-12).
    expect(atHalf.energyMWh / atOne.energyMWh).toBeCloseTo(0.5, 12);
    // IT energy by hand: 150 MW × 8760 h = 1,314,000 MWh; facility = IT × PUE with PUE ≥ 1.
    expect(atHalf.energyMWh).toBeGreaterThan(1_314_000);
    expect(atHalf.installedItMW).toBe(CAMPUS_IT_MW);
  });

  it('bills grid energy hour by hour at an attached price: cost = Σ import × price', async () => {
    const flat = (await simulate(true)).summary;
    // 20 USD/MWh 00:00–12:00, 80 USD/MWh 12:00–24:00 every day
    const priceAt = (h: number) => (h % 24 < 12 ? 20 : 80);
    await svc.call<ImportedSeries>('import:price', { fileName: 'two-step.csv', text: hourlyCsv('price_USD/MWh', priceAt), attachTo: SITE });
    const priced = await simulate(true);
    const hourly = priced.hourly!;
    let costUSD = 0;
    for (let h = 0; h < HOURS; h++) {
      expect(hourly.gridPriceUSDPerMWh[h]).toBe(priceAt(h));
      costUSD += (hourly.gridToLoadMW[h]! + hourly.gridToBatteryMW[h]!) * priceAt(h);
    }
    expect(priced.summary.annualCostLinesUSDPerYear.gridEnergyUSDPerYear).toBeCloseTo(costUSD, 2);
    // Ohio's flat industrial rate (70.3 USD/MWh) gave another bill for the same energy.
    expect(flat.annualCostLinesUSDPerYear.gridEnergyUSDPerYear).not.toBeCloseTo(costUSD, -3);
  });

  it('runs on attached weather and says so in weatherSource', async () => {
    const before = (await simulate()).summary.weatherSource;
    expect(before.label).toMatch(/YOUNGSTOWN/);
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'weather', '722660TYA.CSV'), 'utf8');
    const summary = await svc.call<ImportedWeatherSummary>('import:weather', { fileName: '722660TYA.CSV', text, attachTo: SITE });
    expect(summary.attached?.kind).toBe('weather');
    const after = (await simulate()).summary.weatherSource;
    expect(after.kind).toBe('tmy3');
    expect(after.label).toMatch(/^attached 722660TYA\.CSV: .*ABILENE/);
  });

  it('lists the attached series and restores the built-in inputs when they are removed', async () => {
    const original = (await simulate()).summary;
    await attachLoad(CAMPUS_IT_MW / 2);
    await svc.call<ImportedSeries>('import:price', { text: hourlyCsv('price_USD/MWh', () => 10), attachTo: SITE });
    const listed = await svc.call<{ series: SiteSeriesInfo[] }>('series:list', { siteId: SITE });
    expect(listed.series.map((s) => s.kind)).toEqual(['load', 'price']);
    // The stored figures of a flat 150 MW file: mean 150, 8760 hours, no values.
    expect(listed.series[0]?.summary).toMatchObject({ hours: HOURS, mean: 150, max: 150 });
    expect(listed.series[0]?.summary).not.toHaveProperty('values');
    expect((await simulate()).summary.energyMWh).not.toBeCloseTo(original.energyMWh, 0);

    expect(await svc.call('series:remove', { siteId: SITE, kind: 'load' })).toEqual({ removed: true });
    expect(await svc.call('series:remove', { siteId: SITE, kind: 'price' })).toEqual({ removed: true });
    expect(await svc.call('series:remove', { siteId: SITE, kind: 'price' })).toEqual({ removed: false });
    await expect(svc.call('series:remove', { siteId: 'atlantis', kind: 'price' })).rejects.toThrow(/^not-found at siteId: no site with id "atlantis"/);
    const restored = (await simulate()).summary;
    expect(restored.energyMWh).toBe(original.energyMWh);
    expect(restored.annualCostLinesUSDPerYear.gridEnergyUSDPerYear).toBe(original.annualCostLinesUSDPerYear.gridEnergyUSDPerYear);
    expect((await svc.call<{ series: SiteSeriesInfo[] }>('series:list', { siteId: SITE })).series).toEqual([]);
  });

  it('replaces the previous series of the same kind on a second attach', async () => {
    await attachLoad(100);
    await attachLoad(200);
    const listed = await svc.call<{ series: SiteSeriesInfo[] }>('series:list', { siteId: SITE });
    expect(listed.series).toHaveLength(1);
    expect(listed.series[0]).toMatchObject({ fileName: 'flat-200.csv', summary: { mean: 200 } });
  });

  it('refuses to attach to a site that is not in the project, naming attachTo', async () => {
    await expect(svc.call('import:load', { text: hourlyCsv('load_MW', () => 1), attachTo: 'nowhere' })).rejects.toThrow(/not-found at attachTo: .*"nowhere"/);
  });

  it('refuses to attach a load above the campus IT capacity, naming both, and the site keeps simulating', async () => {
    await expect(attachLoad(CAMPUS_IT_MW + 1)).rejects.toThrow(/invalid-request at text: flat-301\.csv: peak 301 MW reads as facility load: the site "lordstown" has 300 MW of IT capacity/);
    expect((await svc.call<{ series: SiteSeriesInfo[] }>('series:list', { siteId: SITE })).series).toEqual([]);
    expect((await simulate()).summary.installedItMW).toBe(CAMPUS_IT_MW);
  });
});

type Stored = { series: { info: SiteSeriesInfo; bodyBase64: string } | null };
const stored = async (kind: string) => (await svc.call<Stored>('series:get', { siteId: SITE, kind })).series;
/** 8760 little-endian doubles, as a stored load or price body, with hour `at` (0-based) set to `odd` when given. */
function floatBody(mw: number, hours = HOURS, odd?: { at: number; value: number }): string {
  const view = new DataView(new ArrayBuffer(hours * 8));
  for (let h = 0; h < hours; h++) view.setFloat64(h * 8, odd && h === odd.at ? odd.value : mw, true);
  return Buffer.from(view.buffer).toString('base64');
}
const restore = (kind: string, bodyBase64: string, fileName: string | null = 'restored.csv', summary?: unknown) =>
  svc.call<{ attached: SiteSeriesInfo }>('series:restore', { siteId: SITE, kind, fileName, bodyBase64, ...(summary === undefined ? {} : { summary }) });

describe('undoing an attach or a remove (series:get, series:restore)', () => {
  it('puts the load that an attach replaced back byte for byte, with its figures, and the model runs on it again', async () => {
    await attachLoad(100);
    const before = await stored('load');
    const runBefore = (await simulate()).summary.energyMWh;
    // What Undo of the next attach does: read the previous series first, attach, then put it back.
    await attachLoad(200);
    expect((await simulate()).summary.energyMWh).not.toBe(runBefore);
    if (!before) throw new Error('the first load is stored');
    await restore('load', before.bodyBase64, before.info.fileName, before.info.summary);

    const after = await stored('load');
    expect(after?.bodyBase64).toBe(before.bodyBase64);
    expect(after?.info.fileName).toBe('flat-100.csv');
    // The figures come back recomputed from the bytes, equal to the import's: flat 100 MW over 8760 h.
    expect(after?.info.summary).toEqual(before.info.summary);
    expect(after?.info.summary).toMatchObject({ column: 'load_MW', sourceUnit: 'MW', hours: HOURS, mean: 100, max: 100, total: 876_000, siteFit: { reads: 'IT' } });
    expect((await simulate()).summary.energyMWh).toBe(runBefore);
  });

  it('removes a series that an attach added when there was none before (series:get answers null)', async () => {
    expect(await stored('load')).toBeNull();
    await attachLoad(100);
    expect(await svc.call('series:remove', { siteId: SITE, kind: 'load' })).toEqual({ removed: true });
    expect((await svc.call<{ series: SiteSeriesInfo[] }>('series:list', { siteId: SITE })).series).toEqual([]);
  });

  it('puts a removed weather file and a removed price back byte for byte, and the model uses them again', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'weather', '722660TYA.CSV'), 'utf8');
    await svc.call('import:weather', { fileName: '722660TYA.CSV', text, attachTo: SITE });
    await svc.call('import:price', { fileName: 'price.csv', text: hourlyCsv('price_USD/MWh', (h) => (h % 24 < 12 ? 20 : 80)), attachTo: SITE });
    const weather = await stored('weather');
    const price = await stored('price');
    const run = (await simulate()).summary;
    if (!weather || !price) throw new Error('both are stored');
    await svc.call('series:remove', { siteId: SITE, kind: 'weather' });
    await svc.call('series:remove', { siteId: SITE, kind: 'price' });
    expect((await simulate()).summary.weatherSource.label).toMatch(/YOUNGSTOWN/);

    await restore('weather', weather.bodyBase64, weather.info.fileName, weather.info.summary);
    await restore('price', price.bodyBase64, price.info.fileName, price.info.summary);
    expect(Buffer.from((await stored('weather'))!.bodyBase64, 'base64').toString('utf8')).toBe(text);
    expect((await stored('price'))?.bodyBase64).toBe(price.bodyBase64);
    expect((await stored('price'))?.info.summary).toEqual(price.info.summary);
    const again = (await simulate()).summary;
    expect(again.weatherSource.label).toMatch(/^attached 722660TYA\.CSV: .*ABILENE/);
    expect(again.energyMWh).toBe(run.energyMWh);
    expect(again.annualCostLinesUSDPerYear.gridEnergyUSDPerYear).toBe(run.annualCostLinesUSDPerYear.gridEnergyUSDPerYear);
  });

  it('refuses a body its import would refuse, naming bodyBase64 and what is wrong, and changes nothing stored', async () => {
    await attachLoad(100);
    const kept = await stored('load');
    const notUtf8 = Buffer.from([0x37, 0x32, 0xff, 0xfe]).toString('base64');
    const tmy3 = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'weather', '722660TYA.CSV'), 'utf8');
    const refusals: [string, string, RegExp][] = [
      ['load', floatBody(100, 24), /holds 24 values; an hourly year needs 8760/],
      ['load', floatBody(100, HOURS, { at: 100, value: Number.NaN }), /hour 101 is NaN, not a finite number/],
      ['load', floatBody(100, HOURS, { at: 5, value: -1 }), /hour 6 is -1, below the minimum 0 for load/],
      ['price', floatBody(30, HOURS, { at: 0, value: Number.POSITIVE_INFINITY }), /hour 1 is Infinity/],
      // Above Lordstown's 300 MW of IT: the site fit check of the import (loadFit).
      ['load', floatBody(301), /peak 301 MW reads as facility load: the site "lordstown" has 300 MW of IT capacity/],
      ['load', Buffer.from([1, 2, 3]).toString('base64'), /3 bytes are not a whole number of 8-byte values/],
      ['weather', notUtf8, /the weather series is not UTF-8 text/],
      // Latitude 200 in the TMY3 header, as the weather import refuses it.
      ['weather', Buffer.from(tmy3.replace(/^(722660,[^,]*,TX,-6,)32\.47,/, '$1200,'), 'utf8').toString('base64'), /latitude/i],
    ];
    for (const [kind, body, message] of refusals) {
      const refused = restore(kind, body);
      await expect(refused).rejects.toThrow(/^invalid-request at bodyBase64: /);
      await expect(refused).rejects.toThrow(message);
    }
    await expect(svc.call('series:restore', { siteId: 'nowhere', kind: 'load', fileName: null, bodyBase64: floatBody(1) })).rejects.toThrow(/^not-found at siteId: /);
    expect(await stored('load')).toEqual(kept);
    expect(await stored('weather')).toBeNull();
    expect(await stored('price')).toBeNull();
  });
});
