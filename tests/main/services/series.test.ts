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
    expect(priced.summary.annualCostLinesUSD.gridEnergyUSD).toBeCloseTo(costUSD, 2);
    // Ohio's flat industrial rate (70.3 USD/MWh) gave another bill for the same energy.
    expect(flat.annualCostLinesUSD.gridEnergyUSD).not.toBeCloseTo(costUSD, -3);
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
    const restored = (await simulate()).summary;
    expect(restored.energyMWh).toBe(original.energyMWh);
    expect(restored.annualCostLinesUSD.gridEnergyUSD).toBe(original.annualCostLinesUSD.gridEnergyUSD);
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
