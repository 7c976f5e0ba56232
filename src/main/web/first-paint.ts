import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteSummary } from '../../api/channels';
import { answerKey, answersScriptBody, FIRST_PAINT_ANSWERS_ID, portfolioBillRequest, portfolioSummaryRequest, type FirstPaintAnswers, type RenderFirstPaint } from '../../api/first-paint';
import type { ChannelName } from '../../api/channel-names';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../power-model/portfolio/site-set';
import type { HandlerRegistry } from '../services/registry';

/**
 * How long the page may wait for the answers of its first rows. With the warm-up done (warm-up.ts)
 * the lists take a few ms and each site's summary and bill 5–30 ms from the service's cache, so
 * the Stargate rows are in well inside it; on a cold or busy server the rows not answered by then
 * are sent as "…" (and without the site list, the page goes as the plain shell) and the page asks
 * for them itself. The requests still running go on and fill the cache the page then reads.
 * 150 ms: a third of the 500 ms goal for the first row, leaving the rest for the document and CSS.
 */
export const FIRST_PAINT_BUDGET_MS = 150;

/** The server bundle vite.web.config.ts writes beside the web build (out/web-ssr next to out/web). */
export function firstPaintModuleBeside(staticRoot: string): string {
  return join(dirname(staticRoot), 'web-ssr', 'first-paint.js');
}

/** Loads the server renderer of the first paint; null when the build has none (the page is then sent as the plain shell). */
export async function loadFirstPaintRenderer(modulePath: string): Promise<RenderFirstPaint | null> {
  if (!existsSync(modulePath)) return null;
  const module = (await import(pathToFileURL(modulePath).href)) as { renderFirstPaint?: RenderFirstPaint };
  return typeof module.renderFirstPaint === 'function' ? module.renderFirstPaint : null;
}

const TIMED_OUT = Symbol('timed out');

/**
 * One turn of the event loop. The services answer the start page's calls from their caches
 * without any I/O, so a gather that only awaited them ran as one unbroken chain of promise
 * callbacks: the page's head written just before it stayed in Node's corked socket buffer (it is
 * flushed on the next tick, after that chain), the scripts the browser asked for were not served
 * and the budget's timer could not fire, all until the last row was in (measured: headers and the
 * whole 140 KB page in the same millisecond, 100–300 ms after the request). A turn before each call
 * lets all three happen.
 */
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

/** The value of one call through the registry (the same handlers as the API), or null if it failed or is not in by `deadline`. */
async function answerBy(registry: HandlerRegistry, channel: ChannelName, request: unknown, deadline: number): Promise<unknown> {
  await nextTurn();
  const left = deadline - performance.now();
  if (left <= 0) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMED_OUT>((done) => (timer = setTimeout(() => done(TIMED_OUT), left)));
  try {
    const envelope = await Promise.race([registry.dispatch(channel, request), late]);
    return envelope === TIMED_OUT || !envelope.ok ? null : envelope.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the start page asks first, answered by the services within `budgetMs`: the open project,
 * the sites and scenarios, then each default-set site's summary under the default plan and its
 * headline bill, in the page's own order (results/use-portfolio-results.ts), until time is up.
 * Empty when the site list itself is not in time. Keys: `answerKey` of the page's requests.
 */
export async function gatherFirstAnswers(registry: HandlerRegistry, budgetMs = FIRST_PAINT_BUDGET_MS): Promise<FirstPaintAnswers> {
  const deadline = performance.now() + budgetMs;
  const answers: FirstPaintAnswers = {};
  const [info, list, scenarios] = await Promise.all(
    (['app:info', 'sites:list', 'scenarios:list'] as const).map(async (channel) => {
      const value = await answerBy(registry, channel, {}, deadline);
      if (value !== null) answers[answerKey(channel, {})] = value;
      return value;
    }),
  );
  if (info === null || list === null || scenarios === null) return {};
  for (const site of sitesInSet((list as { sites: SiteSummary[] }).sites, DEFAULT_PORTFOLIO_SITE_SET)) {
    const summaryRequest = portfolioSummaryRequest(site.id);
    // A site that fails or is late is left to the page (its row shows "…" until then); once the
    // time is up every further call returns at once.
    const summary = await answerBy(registry, 'model:simulate', summaryRequest, deadline);
    if (summary === null) continue;
    const billRequest = portfolioBillRequest(site.id);
    const bill = await answerBy(registry, 'rateImpact:site', billRequest, deadline);
    if (bill === null) continue;
    answers[answerKey('model:simulate', summaryRequest)] = summary;
    answers[answerKey('rateImpact:site', billRequest)] = bill;
  }
  return answers;
}

const ROOT_ELEMENT = '<div id="root">';
const ROOT_CLOSE = '</div>';

/**
 * index.html cut where the first paint goes, so the head (the scripts and the stylesheet) can be
 * sent at once and the browser fetches them while the server gathers the answers: `head` ends
 * with the opening of #root; `finish` gives the rest, with the portfolio rendered inside #root and
 * the answers it was drawn from in a JSON data block after it (a data block is not run, so the
 * CSP's `script-src 'self'` allows it; the page's main script, deferred, reads it once the page is
 * parsed). Null when the page has no empty #root to fill.
 */
export function firstPaintPage(html: string): { head: string; finish: (answers: FirstPaintAnswers, render: RenderFirstPaint | null) => string } | null {
  const at = html.indexOf(ROOT_ELEMENT + ROOT_CLOSE);
  if (at < 0) return null;
  const head = html.slice(0, at + ROOT_ELEMENT.length);
  const rest = html.slice(at + ROOT_ELEMENT.length + ROOT_CLOSE.length);
  return {
    head,
    finish: (answers, render) => {
      if (!render || Object.keys(answers).length === 0) return ROOT_CLOSE + rest;
      let markup: string;
      try {
        markup = render(answers);
      } catch {
        return ROOT_CLOSE + rest; // the page renders it itself
      }
      const data = `<script type="application/json" id="${FIRST_PAINT_ANSWERS_ID}">${answersScriptBody(answers)}</script>`;
      return `${markup}${ROOT_CLOSE}\n    ${data}${rest}`;
    },
  };
}

/** index.html with the first paint in it, in one piece (the server streams it as `firstPaintPage` cuts it). */
export function pageWithFirstPaint(html: string, answers: FirstPaintAnswers, render: RenderFirstPaint): string {
  const page = firstPaintPage(html);
  return page ? page.head + page.finish(answers, render) : html;
}
