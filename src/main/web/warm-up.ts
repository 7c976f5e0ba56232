import { DEFAULT_SCENARIO_ID, HEADLINE_METHOD } from '../../api/portfolio-defaults';
import type { SiteSummary } from '../../api/channels';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../power-model/portfolio/site-set';
import { BALANCING_AUTHORITY_CLOCKS } from '../../power-model/system-load/types';
import type { HandlerRegistry } from '../services/registry';

/** How long the server must have been without a request before a warm-up step runs. */
export const WARM_QUIET_MS = 150;
/**
 * How long it must have been idle before a long step (a headroom system, 200–450 ms that nothing
 * can interrupt) runs: longer than the gaps inside a page load (document → scripts → first
 * requests, up to ~0.3 s on a busy machine), so such a step never holds up a page's first answers.
 */
export const WARM_IDLE_MS = 2000;

export type WarmUpOptions = {
  /** Milliseconds since the server last answered a request; 0 while it serves one. */
  quietMs: () => number;
  /** True once `serve` is stopping: no further step starts. */
  stopped: () => boolean;
};

/** Resolves once the server has been quiet for `needMs`, so a page's requests never queue behind warm-up. */
async function untilQuiet(options: WarmUpOptions, needMs = WARM_QUIET_MS): Promise<void> {
  for (;;) {
    const quiet = options.quietMs();
    if (quiet >= needMs || options.stopped()) return;
    await new Promise<void>((done) => setTimeout(done, Math.min(needMs - quiet, WARM_QUIET_MS)));
  }
}

/**
 * After `serve` starts listening: asks the services, one step at a time, for what the start page
 * asks first — the sites, then each default site's summary under the default plan and its
 * headline bill change — and then the shipped systems of the grid-headroom view, so the model
 * service's caches are full when the browser arrives. Without it the first `model:simulate` paid
 * the site's weather, solar and load (and, before the plain sheet compiler, ~1 s of mathjs) inside
 * the page's load, and each later site 50–150 ms. Each
 * step is one ordinary request through the registry, run only while no request is being served,
 * so a page's request waits for one step at most. Failures are ignored: the page asks again and
 * shows the error. Returns how many sites were warmed.
 */
export async function warmPortfolio(registry: HandlerRegistry, options: WarmUpOptions): Promise<number> {
  await untilQuiet(options);
  const list = await registry.dispatch('sites:list', {});
  if (!list.ok || options.stopped()) return 0;
  const sites = sitesInSet((list.value as { sites: SiteSummary[] }).sites.filter((s) => s.status !== 'damaged'), DEFAULT_PORTFOLIO_SITE_SET);
  let warmed = 0;
  for (const site of sites) {
    await untilQuiet(options);
    if (options.stopped()) break;
    await registry.dispatch('model:simulate', { siteId: site.id, scenarioId: DEFAULT_SCENARIO_ID, hourly: false });
    await untilQuiet(options);
    if (options.stopped()) break;
    await registry.dispatch('rateImpact:site', { siteId: site.id, scenarioIds: [DEFAULT_SCENARIO_ID], methods: [HEADLINE_METHOD] });
    warmed++;
  }
  // Then the grid-headroom view's table: reading a shipped system's file is 200–450 ms each, the
  // whole of that view's first-open wait; one system per step, each only once the page is idle.
  for (const ba of Object.keys(BALANCING_AUTHORITY_CLOCKS)) {
    await untilQuiet(options, WARM_IDLE_MS);
    if (options.stopped()) break;
    await registry.dispatch('headroom:systems', { bas: [ba], limitsPct: [0.5] });
  }
  return warmed;
}
