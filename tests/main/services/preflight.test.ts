import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/api/schemas/site';
import type { HostUtilityResponse } from '../../../src/api/schemas/host-utility-edit';
import { servicesPerTest } from '../../helpers/services';

/**
 * Issue 12 item 4: each value the engine refuses is refused when it is entered — 4xx naming the
 * field the user typed, nothing saved — and a later run of the site still works.
 */
const svc = servicesPerTest();

async function refusal(channel: string, request: unknown): Promise<{ code: string; path: string; message: string }> {
  const envelope = await svc.get().registry.dispatch(channel, request);
  if (envelope.ok) throw new Error(`${channel} accepted ${JSON.stringify(request).slice(0, 200)}`);
  return envelope.error;
}

async function abilene(): Promise<Site> {
  return (await svc.call<{ site: Site }>('sites:get', { id: 'abilene' })).site;
}

describe('scenarios:save refuses overrides the engine refuses', () => {
  it.each([
    ['a negative gas price', { gasPriceUSDPerMMBtu: -5 }, 'scenario.overrides.gasPriceUSDPerMMBtu', /must be between 0 and 2000, got -5/],
    ['a discount rate of −1', { discountRate: -1 }, 'scenario.overrides.discountRate', /must be > 0 and ≤ 1, got -1/],
    ['a lifetime of 0 years', { lifetimeYears: 0 }, 'scenario.overrides.lifetimeYears', /must be between 1 and 100, got 0/],
    ['an unknown override', { gasPriceUSDPerTherm: 1 }, 'scenario.overrides.gasPriceUSDPerTherm', /"gasPriceUSDPerTherm" is not an input/],
    ['a discount rate equal to the escalation rate', { discountRate: 0.02 }, 'scenario.overrides.discountRate', /must differ/],
  ])('refuses %s with 400 naming the override, and saves nothing', async (_what, overrides, path, message) => {
    const error = await refusal('scenarios:save', { scenario: { id: 'edited', name: 'Edited', base: 'hybrid', overrides }, siteId: 'abilene' });
    expect(error).toMatchObject({ code: 'invalid-request', path });
    expect(error.message).toMatch(message);
    expect((await svc.get().registry.dispatch('scenarios:get', { id: 'edited' })).ok).toBe(false);
  });

  it('refuses a thermal technology the catalog does not have, naming the entry, for a scenario of every site', async () => {
    const error = await refusal('scenarios:save', { scenario: { id: 'edited', name: 'Edited', base: 'btm-gas', btm: { thermal: [{ technology: 'fusion', units: 2 }] } } });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'scenario.btm.thermal.0.technology' });
    expect(error.message).toMatch(/"fusion" is not a thermal technology/);
  });

  it('refuses a capacity past the engine range at the schema, naming the field', async () => {
    const error = await refusal('scenarios:save', { scenario: { id: 'edited', name: 'Edited', base: 'hybrid', btm: { solarMWac: 1e308 } }, siteId: 'abilene' });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'scenario.btm.solarMWac' });
  });

  it('saves a scenario the engine accepts, and it simulates', async () => {
    await svc.call('scenarios:save', { scenario: { id: 'edited', name: 'Edited', base: 'hybrid', overrides: { gasPriceUSDPerMMBtu: 5, discountRate: 0.09 } }, siteId: 'abilene' });
    const out = await svc.call<{ summary: { lcoeUSDPerMWh: number } }>('model:simulate', { siteId: 'abilene', scenarioId: 'edited', hourly: false });
    expect(out.summary.lcoeUSDPerMWh).toBeGreaterThan(0);
  });
});

describe('sites:save refuses what the engine refuses', () => {
  it('refuses a design temperature of 1e6 °C, naming site.design.designTempC.value, and keeps the saved site', async () => {
    const site = await abilene();
    const error = await refusal('sites:save', { site: { ...site, design: { ...site.design, designTempC: { value: 1e6, unit: '°C', source: 'user-entered' } } } });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'site.design.designTempC.value' });
    // The engine's own PUE range (load/validate.ts): −40..60 °C.
    expect(error.message).toMatch(/must be ≤ 60/);
    expect(await abilene()).toEqual(site);
  });

  it('refuses a phase of 1e308 MW naming the phase MW, not peakShaveCapMW', async () => {
    const site = await abilene();
    const phases = site.phases.map((p, i) => (i === 0 ? { ...p, mw: { ...p.mw, value: 1e308 } } : p));
    const error = await refusal('sites:save', { site: { ...site, id: 'abilene-copy', phases } });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'site.phases.0.mw.value' });
    expect(error.message).not.toMatch(/peakShaveCapMW/);
    expect((await svc.get().registry.dispatch('sites:get', { id: 'abilene-copy' })).ok).toBe(false);
  });

  it('refuses a site whose every phase is cancelled, since no run could simulate it', async () => {
    const site = await abilene();
    const error = await refusal('sites:save', { site: { ...site, id: 'abilene-copy', phases: site.phases.map((p) => ({ ...p, status: 'cancelled' })) } });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'site' });
    expect(error.message).toMatch(/every phase is cancelled/);
  });
});

describe('hostUtility:set refuses what rate impact refuses, and rate impact keeps answering', () => {
  it.each([
    ['no residential customers', 'utility.classes.0.customers', 0, /must be positive for the residential class/],
    ['residential sales of 1e308 MWh', 'utility.classes.0.salesMWh', 1e308, /too large|not finite|cannot be evaluated|must be at most/],
  ])('refuses %s, naming the field, and saves nothing', async (_what, path, value, message) => {
    const error = await refusal('hostUtility:set', { siteId: 'saline', path, value });
    expect(error).toMatchObject({ code: 'invalid-request', path });
    expect(error.message).toMatch(message);
    expect((await svc.call<HostUtilityResponse>('hostUtility:get', { siteId: 'saline' })).edits).toEqual([]);
    const impact = await svc.get().registry.dispatch('rateImpact:site', { siteId: 'saline', scenarioIds: ['grid-only'] });
    expect(impact.ok).toBe(true);
  });
});

describe('import:load with attachTo checks the load against the site before attaching it', () => {
  /** 8760 hours at `mw`, one column, the unit in the header. */
  const flat = (mw: number) => ['load_MW', ...Array.from({ length: 8760 }, () => String(mw))].join('\n');

  it('refuses a load above the site facility capacity, naming the numbers, and attaches nothing', async () => {
    // Abilene's non-cancelled phases: 1,000 MW IT, 1,200 MW facility at design PUE 1.2 (data/sites/abilene.json; `sites:list`).
    const error = await refusal('import:load', { text: flat(5000), fileName: 'big.csv', attachTo: 'abilene' });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'text' });
    expect(error.message).toMatch(/peak 5,000 MW is more than the site can carry: .*1,000 MW of IT capacity \(1,200 MW facility at design PUE 1\.2\)/);
    expect((await svc.call<{ series: unknown[] }>('series:list', { siteId: 'abilene' })).series).toEqual([]);
  });

  it('says a load between the IT and the facility capacity reads as facility load, and what to do', async () => {
    const error = await refusal('import:load', { text: flat(1100), fileName: 'meter.csv', attachTo: 'abilene' });
    expect(error.message).toMatch(/peak 1,100 MW reads as facility load/);
    // 1,100 MW ÷ PUE 1.2 = 916.7 MW.
    expect(error.message).toMatch(/divide the file by the PUE \(peak 916\.7 MW\)/);
  });

  it('attaches a load within the IT capacity and says it reads as IT load; the site still simulates', async () => {
    const out = await svc.call<{ siteFit: { reads: string; message: string } }>('import:load', { text: flat(800), fileName: 'it.csv', attachTo: 'abilene' });
    expect(out.siteFit.reads).toBe('IT');
    expect(out.siteFit.message).toMatch(/peak 800 MW reads as IT load \(80 % of 1,000 MW IT\)/);
    expect((await svc.get().registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'hybrid', hourly: false })).ok).toBe(true);
  });
});

describe('import:weather refuses impossible weather with 400, naming the line and field', () => {
  it('refuses a TMY3 file with latitude 200 and attaches nothing', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../data/weather/722660TYA.CSV', import.meta.url), 'utf8').replace(/^(722660,[^,]*,TX,-6,)32\.47,/, '$1200,');
    const error = await refusal('import:weather', { text, fileName: 'bad.csv', attachTo: 'abilene' });
    expect(error).toMatchObject({ code: 'invalid-request', path: 'text' });
    expect(error.message).toMatch(/line 1, column "latitude": 200 ° is not physically possible/);
    expect((await svc.call<{ series: unknown[] }>('series:list', { siteId: 'abilene' })).series).toEqual([]);
  });
});
