import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../src/api/channel-names';
import { channels } from '../../../src/api/channels';
import type { Site } from '../../../src/api/schemas/site';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

/** A request that each channel must refuse, and the field path the error must name. */
const MALFORMED: Record<ChannelName, { request: unknown; path: string }> = {
  'app:info': { request: { extra: 1 }, path: '(root)' },
  'project:new': { request: { path: '' }, path: 'path' },
  'project:open': { request: { path: 42 }, path: 'path' },
  'project:saveAs': { request: { path: 'x.stargrid', overwrite: 'yes' }, path: 'overwrite' },
  'project:recent': { request: { limit: 3 }, path: '(root)' },
  'project:current': { request: { what: true }, path: '(root)' },
  'settings:get': { request: { recent: [] }, path: '(root)' },
  'settings:set': { request: { window: { width: 10, height: 600 } }, path: 'window.width' },
  'sites:list': { request: { page: 2 }, path: '(root)' },
  'sites:get': { request: { id: 'Not A Slug' }, path: 'id' },
  'sites:save': { request: { site: { id: 'x' } }, path: 'site.schemaVersion' },
  'sites:delete': { request: {}, path: 'id' },
  'scenarios:list': { request: { siteId: 7 }, path: 'siteId' },
  'scenarios:get': { request: { id: '' }, path: 'id' },
  'scenarios:save': { request: { scenario: { id: 'a', name: 'A' } }, path: 'scenario.strategy' },
  'scenarios:delete': { request: { id: null }, path: 'id' },
  'runs:list': { request: { limit: 0 }, path: 'limit' },
  'import:load': { request: { text: '' }, path: 'text' },
  'import:price': { request: { text: 'a,b', unit: '' }, path: 'unit' },
  'import:weather': { request: { text: 'x', siteId: 'Not Slug' }, path: 'siteId' },
  'import:systemLoad': { request: { text: '' }, path: 'text' },
  'import:tariff': { request: { fileName: 'x.json' }, path: 'text' },
  'import:site': { request: { text: '{}', replace: 'no' }, path: 'replace' },
  'series:list': { request: { siteId: 'Not Slug' }, path: 'siteId' },
  'series:remove': { request: { siteId: 'abilene', kind: 'wind' }, path: 'kind' },
  'series:get': { request: { siteId: 'abilene' }, path: 'kind' },
  'series:restore': { request: { siteId: 'abilene', kind: 'load', fileName: null, bodyBase64: 'not base64!' }, path: 'bodyBase64' },
  'model:simulate': { request: { siteId: 'abilene', scenarioId: 'hybrid', year: 1999 }, path: 'year' },
  'rateImpact:site': { request: { siteId: 'saline', methods: ['4CP', 'NCP'] }, path: 'methods.1' },
  'firm:capacity': { request: { siteId: 'abilene', scenarioId: 'btm-gas', reserveUnits: 9 }, path: 'reserveUnits' },
  'headroom:system': { request: { ba: 'ERCO', curtailmentPct: 120 }, path: 'curtailmentPct' },
  'headroom:systems': { request: { limitsPct: [0.5, 120] }, path: 'limitsPct.1' },
  'headroom:attached': { request: { extra: 1 }, path: '(root)' },
  'runs:start': { request: { kind: 'fortune-telling', siteId: 'abilene', scenarioId: 'hybrid' }, path: 'kind' },
  'runs:status': { request: { runId: 'one' }, path: 'runId' },
  'runs:cancel': { request: { runId: 22 }, path: 'runId' },
  'assumptions:get': { request: { siteId: 'abilene' }, path: 'scenarioId' },
  'assumptions:set': { request: { siteId: 'abilene', scenarioId: 'hybrid', name: 'crf', value: 1, expr: '2' }, path: 'value' },
  'assumptions:reset': { request: { siteId: 'abilene', scenarioId: 'hybrid', scope: 'everywhere' }, path: 'scope' },
  'hostUtility:get': { request: { siteId: 'Saline' }, path: 'siteId' },
  'hostUtility:set': { request: { siteId: 'saline', path: 'utility.classes.0.salesMWh', value: 'many' }, path: 'value' },
  'hostUtility:reset': { request: { siteId: 'saline', path: 'utility..x' }, path: 'path' },
  'stories:list': { request: { siteId: 'Abilene' }, path: 'siteId' },
  'stories:save': { request: { story: { id: 'board', name: 'Board', siteId: 'abilene', steps: [{ camera: { preset: 'overview' }, hour: 8760, scenarioId: 'hybrid', caption: '' }] } }, path: 'story.steps.0.hour' },
  'stories:delete': { request: { id: '' }, path: 'id' },
  'export:workbook': { request: { siteId: 'abilene', scenarioId: 'Hybrid' }, path: 'scenarioId' },
  'export:hourlyCsv': { request: { siteId: 'abilene', scenarioId: 'hybrid', year: 3000 }, path: 'year' },
};

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

describe('the API contract', () => {
  it('has a schema for exactly the channels in the channel list', () => {
    expect(Object.keys(channels).sort()).toEqual([...channelNames].sort());
  });

  it.each(channelNames.map((c) => [c]))('%s rejects a malformed request, naming the field', async (channel) => {
    const { registry, ctx } = makeServices(tmp.dir);
    const bad = MALFORMED[channel];
    const envelope = await registry.dispatch(channel, bad.request);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('invalid-request');
      expect(envelope.error.path).toBe(bad.path);
      expect(envelope.error.message).toContain(bad.path);
    }
    ctx.session.close();
  });

  it('refuses an unknown channel', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const envelope = await registry.dispatch('sites:drop', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    ctx.session.close();
  });
});

describe('sites and scenarios through the services', () => {
  it('seeds a new project with every bundled site', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const envelope = await registry.dispatch('sites:list', {});
    expect(envelope.ok).toBe(true);
    if (envelope.ok) {
      const ids = (envelope.value as { sites: { id: string }[] }).sites.map((s) => s.id).sort();
      expect(ids).toEqual(loadBundledSites().map((s) => s.id).sort());
      expect(ids.length).toBe(8);
    }
    ctx.session.close();
  });

  it('round-trips a site: saved, read back equal, listed, deleted', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const abilene = loadBundledSites().find((s) => s.id === 'abilene') as Site;
    const copy: Site = { ...abilene, id: 'abilene-copy', name: 'Abilene copy' };
    const saved = await registry.dispatch('sites:save', { site: copy });
    expect(saved).toMatchObject({ ok: true, value: { created: true } });
    const read = await registry.dispatch('sites:get', { id: 'abilene-copy' });
    expect(read.ok && (read.value as { site: Site }).site).toEqual(copy);
    const again = await registry.dispatch('sites:save', { site: { ...copy, name: 'Abilene copy 2' } });
    expect(again).toMatchObject({ ok: true, value: { created: false } });
    expect(await registry.dispatch('sites:delete', { id: 'abilene-copy' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await registry.dispatch('sites:get', { id: 'abilene-copy' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'id' } });
    ctx.session.close();
  });

  it('refuses a site with negative MW and saves nothing', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const abilene = loadBundledSites().find((s) => s.id === 'abilene') as Site;
    const [first, ...rest] = abilene.phases;
    const bad = { ...abilene, id: 'negative', phases: [{ ...first, mw: { ...first!.mw, value: -5 } }, ...rest] };
    const envelope = await registry.dispatch('sites:save', { site: bad });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'site.phases.0.mw.value' } });
    expect(await registry.dispatch('sites:get', { id: 'negative' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    ctx.session.close();
  });

  it('round-trips a scenario tied to a site, and deletes it with its site', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const scenario = { id: 'abilene-more-gas', name: 'Abilene, more gas', base: 'btm-gas' as const, overrides: { gasPriceUSDPerMMBtu: 4.5 } };
    expect(await registry.dispatch('scenarios:save', { scenario, siteId: 'abilene' })).toMatchObject({ ok: true, value: { created: true } });
    expect(await registry.dispatch('scenarios:get', { id: 'abilene-more-gas' })).toEqual({ ok: true, value: { scenario } });
    const mine = async (siteId: string) => {
      const listed = await registry.dispatch('scenarios:list', { siteId });
      return listed.ok ? (listed.value as { scenarios: { builtIn: boolean }[] }).scenarios.filter((s) => !s.builtIn) : null;
    };
    expect(await mine('abilene')).toEqual([{ id: 'abilene-more-gas', name: 'Abilene, more gas', siteId: 'abilene', builtIn: false }]);
    expect(await mine('milam')).toEqual([]);
    await registry.dispatch('sites:delete', { id: 'abilene' });
    expect(await registry.dispatch('scenarios:get', { id: 'abilene-more-gas' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    ctx.session.close();
  });

  it('lists the four built-in scenarios first and refuses to overwrite or delete them', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const listed = await registry.dispatch('scenarios:list', {});
    const builtIns = listed.ok ? (listed.value as { scenarios: { id: string; builtIn: boolean }[] }).scenarios.filter((s) => s.builtIn).map((s) => s.id) : [];
    expect(builtIns).toEqual(['grid-only', 'btm-gas', 'hybrid', 'islanded']);
    expect(await registry.dispatch('scenarios:save', { scenario: { id: 'hybrid', name: 'Mine', strategy: 'economic' } })).toMatchObject({ ok: false, error: { code: 'conflict', path: 'scenario.id' } });
    expect(await registry.dispatch('scenarios:delete', { id: 'islanded' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    ctx.session.close();
  });

  it('refuses a scenario for a site that does not exist', async () => {
    const { registry, ctx } = makeServices(tmp.dir);
    const envelope = await registry.dispatch('scenarios:save', { scenario: { id: 's', name: 'S', strategy: 'grid-first' }, siteId: 'nowhere' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
    ctx.session.close();
  });
});
