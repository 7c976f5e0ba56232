import { describe, expect, it, vi } from 'vitest';
import type { ChannelName } from '../../../src/api/channel-names';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { makeTempDir } from '../../helpers/temp-dir';

// A valid request for each channel that must answer without loading mathjs (SHEET_FREE_CHANNELS).
const REQUESTS: Record<string, unknown> = {
  'app:info': {},
  'project:recent': {},
  'project:current': {},
  'settings:get': {},
  'settings:set': { window: { width: 1280, height: 800, maximized: false } },
  'sites:list': {},
  'sites:get': { id: 'abilene' },
  'scenarios:list': {},
  'scenarios:get': { id: 'hybrid' },
  'series:list': { siteId: 'abilene' },
  'runs:list': {},
  'runs:status': { runId: '00000000-0000-4000-8000-000000000000' },
  'runs:cancel': { runId: '00000000-0000-4000-8000-000000000000' },
  'headroom:system': { ba: 'ERCO', curtailmentPct: 0.5 },
  'headroom:systems': { limitsPct: [0.5] },
  'headroom:attached': {},
  'stories:list': { siteId: 'abilene' },
};

/** Fresh copies of the sheet engine and the services, as a new process has them, so what loads mathjs is visible. */
async function freshModules() {
  vi.resetModules();
  const sheets = await import('../../../src/power-model/sheets/index');
  const { SHEET_FREE_CHANNELS } = await import('../../../src/main/services/channel-scope');
  const { makeServices } = await import('../../helpers/services');
  const { BUILT_IN_SCENARIO_IDS } = await import('../../../src/power-model/scenarios/types');
  return { sheets, SHEET_FREE_CHANNELS, makeServices, BUILT_IN_SCENARIO_IDS };
}

function valueOf<T>(envelope: { ok: boolean; value?: unknown; error?: { message: string } }, what: string): T {
  if (!envelope.ok) throw new Error(`${what}: ${envelope.error?.message ?? ''}`);
  return envelope.value as T;
}

/** Each test starts from fresh modules, as a new process has them, where mathjs is not loaded. */
describe('channels that need no mathjs', () => {
  it('answer without loading it', async () => {
    const { sheets, SHEET_FREE_CHANNELS, makeServices } = await freshModules();
    expect(sheets.sheetMathLoaded()).toBe(false);
    const tmp = makeTempDir();
    const { ctx, registry } = makeServices(tmp.dir);
    try {
      expect([...SHEET_FREE_CHANNELS].sort()).toEqual(Object.keys(REQUESTS).sort());
      for (const channel of SHEET_FREE_CHANNELS) {
        const envelope = await registry.dispatch(channel, REQUESTS[channel]);
        // runs:status / runs:cancel of an unknown run answer not-found; the point is no mathjs.
        if (!envelope.ok) expect(envelope.error.code, channel).toBe('not-found');
        expect(sheets.sheetMathLoaded(), `${channel as ChannelName} loaded mathjs`).toBe(false);
      }
    } finally {
      ctx.session.close();
      tmp.cleanup();
    }
  });

  it('simulates every bundled site × built-in scenario and prices its rate impact without loading it: the planner’s own sheets compile without mathjs', async () => {
    const { sheets, makeServices, BUILT_IN_SCENARIO_IDS } = await freshModules();
    const tmp = makeTempDir();
    const { ctx, registry } = makeServices(tmp.dir);
    try {
      const { sites } = valueOf<{ sites: { id: string }[] }>(await registry.dispatch('sites:list', {}), 'sites:list');
      expect(sites.length).toBeGreaterThanOrEqual(8);
      for (const site of sites) {
        for (const scenarioId of BUILT_IN_SCENARIO_IDS) {
          const answer = valueOf<SimulateResponse>(await registry.dispatch('model:simulate', { siteId: site.id, scenarioId, hourly: false }), `${site.id} × ${scenarioId}`);
          expect(answer.summary.energyMWh, `${site.id} × ${scenarioId}`).toBeGreaterThan(0);
        }
        valueOf(await registry.dispatch('rateImpact:site', { siteId: site.id }), `rate impact at ${site.id}`);
        expect(sheets.sheetMathLoaded(), site.id).toBe(false);
      }
    } finally {
      ctx.session.close();
      tmp.cleanup();
    }
  });

  it('loads it when a formula edit needs it (a mathjs constant), and answers as mathjs evaluates the edit', async () => {
    const tmp = makeTempDir();
    let projectPath = '';
    let unedited: SimulateResponse;
    {
      // A first process saves the edit (a write: the registry loads mathjs for it): fuel cost × (pi / pi), which is × 1 exactly.
      const { makeServices } = await freshModules();
      const services = makeServices(tmp.dir);
      projectPath = services.projectPath;
      unedited = valueOf<SimulateResponse>(await services.registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'btm-gas', hourly: false }), 'before the edit');
      valueOf(await services.registry.dispatch('assumptions:set', { siteId: 'abilene', scenarioId: 'btm-gas', name: 'fuelUSDPerYear', expr: 'fuelMMBtuPerYear * gasPriceUSDPerMMBtu * (pi / pi)' }), 'assumptions:set');
      services.ctx.session.close();
    }
    const { sheets, makeServices } = await freshModules();
    const services = makeServices(tmp.dir, 'other.stargrid');
    try {
      services.ctx.session.open(projectPath);
      expect(sheets.sheetMathLoaded()).toBe(false);
      const edited = valueOf<SimulateResponse>(await services.registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'btm-gas', hourly: false }), 'after the edit');
      expect(sheets.sheetMathLoaded()).toBe(true);
      expect(edited.summary).toEqual(unedited.summary);
    } finally {
      services.ctx.session.close();
      tmp.cleanup();
    }
  });
});
