import { describe, expect, it, vi } from 'vitest';
import type { ChannelName } from '../../../src/api/channel-names';
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

/**
 * The test setup loads mathjs for every test file; `vi.resetModules` gives this test fresh copies of
 * the sheet engine and the services, as a new process has them, so what loads mathjs is visible.
 */
describe('channels that need no sheet', () => {
  it('answer without loading mathjs, and a simulation loads it', async () => {
    vi.resetModules();
    const sheets = await import('../../../src/power-model/sheets/index');
    const { SHEET_FREE_CHANNELS } = await import('../../../src/main/services/channel-scope');
    const { makeServices } = await import('../../helpers/services');
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
      const simulated = await registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'hybrid' });
      expect(simulated.ok).toBe(true);
      expect(sheets.sheetMathLoaded()).toBe(true);
    } finally {
      ctx.session.close();
      tmp.cleanup();
    }
  });
});
