import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteSummary } from '../../../src/api/channels';
import { sitesInSet, DEFAULT_PORTFOLIO_SITE_SET } from '../../../src/power-model/portfolio/site-set';
import { warmPortfolio, WARM_IDLE_MS, WARM_QUIET_MS } from '../../../src/main/web/warm-up';
import type { HandlerRegistry } from '../../../src/main/services/registry';
import type { RequestMeta } from '../../../src/main/services/channel-scope';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let registry: HandlerRegistry;
let close: () => void;
let calls: Array<{ channel: string; raw: unknown }>;

beforeEach(() => {
  tmp = makeTempDir();
  const services = makeServices(tmp.dir);
  registry = services.registry;
  close = () => services.ctx.session.close();
  calls = [];
  const dispatch = registry.dispatch.bind(registry);
  registry.dispatch = (channel: string, raw: unknown, meta?: RequestMeta) => {
    calls.push({ channel, raw });
    return dispatch(channel, raw, meta);
  };
});
afterEach(() => {
  close();
  tmp.cleanup();
});

describe('the serve warm-up', () => {
  it('asks for each default site summary under the default plan and its headline bill, as the start page will', async () => {
    const list = await registry.dispatch('sites:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const expected = sitesInSet((list.value as { sites: SiteSummary[] }).sites, DEFAULT_PORTFOLIO_SITE_SET).map((s) => s.id);
    calls = [];
    const warmed = await warmPortfolio(registry, { quietMs: () => WARM_IDLE_MS, stopped: () => false });
    expect(warmed).toBe(expected.length);
    const simulated = calls.filter((c) => c.channel === 'model:simulate').map((c) => c.raw);
    expect(simulated).toEqual(expected.map((siteId) => ({ siteId, scenarioId: 'hybrid', hourly: false })));
    const bills = calls.filter((c) => c.channel === 'rateImpact:site').map((c) => c.raw);
    expect(bills).toEqual(expected.map((siteId) => ({ siteId, scenarioIds: ['hybrid'], methods: ['4CP'] })));
    // Then each shipped system of the headroom view, one request each.
    const systems = calls.filter((c) => c.channel === 'headroom:systems').map((c) => c.raw as { bas: string[]; limitsPct: number[] });
    expect(systems.flatMap((r) => r.bas).sort()).toEqual(['EPE', 'ERCO', 'MISO', 'PJM', 'SWPP']);
    expect(systems.every((r) => r.bas.length === 1 && r.limitsPct.join() === '0.5')).toBe(true);
  }, 120_000);

  it('asks for a headroom system only once the server has been idle for WARM_IDLE_MS, not in the short gaps of a page load', async () => {
    const list = await registry.dispatch('sites:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const sites = sitesInSet((list.value as { sites: SiteSummary[] }).sites, DEFAULT_PORTFOLIO_SITE_SET).length;
    calls = [];
    let quiet = WARM_QUIET_MS;
    let stopped = false;
    const warm = warmPortfolio(registry, { quietMs: () => quiet, stopped: () => stopped });
    await vi.waitFor(() => expect(calls.filter((c) => c.channel === 'rateImpact:site')).toHaveLength(sites), { timeout: 120_000, interval: 50 });
    await new Promise((done) => setTimeout(done, WARM_QUIET_MS * 3));
    expect(calls.filter((c) => c.channel === 'headroom:systems')).toEqual([]);
    quiet = WARM_IDLE_MS;
    await vi.waitFor(() => expect(calls.some((c) => c.channel === 'headroom:systems')).toBe(true), { timeout: 60_000, interval: 50 });
    stopped = true;
    expect(await warm).toBe(sites);
  }, 180_000);

  it('waits while the server is answering requests and stops when serve stops', async () => {
    let quiet = 0;
    let stopped = false;
    const warm = warmPortfolio(registry, { quietMs: () => quiet, stopped: () => stopped });
    await new Promise((done) => setTimeout(done, WARM_QUIET_MS * 2));
    expect(calls).toEqual([]); // never quiet: nothing asked
    quiet = WARM_QUIET_MS;
    stopped = true;
    expect(await warm).toBe(0);
    expect(calls.filter((c) => c.channel === 'model:simulate')).toEqual([]);
  });
});
