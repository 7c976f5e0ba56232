import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../src/api/channels';
import { answerKey, FIRST_PAINT_ANSWERS_ID, type FirstPaintAnswers } from '../../../src/api/first-paint';
import { firstPaintPage, gatherFirstAnswers, pageWithFirstPaint } from '../../../src/main/web/first-paint';
import type { HandlerRegistry } from '../../../src/main/services/registry';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../../src/power-model/portfolio/site-set';
import { initialResults } from '../../../src/renderer/results/use-portfolio-results';
import { DEFAULT_SCENARIO_ID } from '../../../src/api/portfolio-defaults';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let registry: HandlerRegistry;
let close: () => void;
beforeEach(() => {
  tmp = makeTempDir();
  const services = makeServices(tmp.dir);
  registry = services.registry;
  close = () => services.ctx.session.close();
});
afterEach(() => {
  close();
  tmp.cleanup();
});

/** Long enough for every site from a cold cache on a busy machine: a safety net, not a speed check. */
const NO_HURRY_MS = 200_000;
const PAGE = '<!doctype html><html><head><meta charset="UTF-8" /><script type="module" src="./assets/early.js"></script></head><body><div id="root"></div></body></html>';

describe('the first answers the server renders the start page from', () => {
  it('are the answers to the requests the page makes first, so its first render finds every Stargate row done', async () => {
    const answers = await gatherFirstAnswers(registry, NO_HURRY_MS);
    const list = answers[answerKey('sites:list', {})] as ResponseOf<'sites:list'>;
    expect(answers[answerKey('scenarios:list', {})]).toBeDefined();
    expect(answers[answerKey('app:info', {})]).toBeDefined();
    const plan = sitesInSet(list.sites, DEFAULT_PORTFOLIO_SITE_SET).map((s) => ({ siteId: s.id, scenarioId: DEFAULT_SCENARIO_ID }));
    expect(plan.length).toBeGreaterThan(0);
    // The renderer's own lookup (results/use-portfolio-results.ts) over these answers.
    const results = initialResults(plan, (channel, request) => answers[answerKey(channel, request)] as never);
    for (const p of plan) {
      const r = results[p.siteId];
      expect(r?.status, p.siteId).toBe('done');
      // The same figure the API gives the page for that site.
      const direct = await registry.dispatch('model:simulate', { siteId: p.siteId, scenarioId: DEFAULT_SCENARIO_ID, hourly: false });
      if (!direct.ok || r?.status !== 'done') throw new Error(p.siteId);
      expect(r.summary.annualCostUSD).toBe((direct.value as ResponseOf<'model:simulate'>).summary.annualCostUSD);
    }
  });

  it('let the event loop turn before each call, so the page head written before them is sent and its scripts served meanwhile', async () => {
    // Answered at once, as from a warm cache: without a turn of the loop between calls, the whole
    // gather is one chain of promise callbacks and nothing else runs until it ends.
    const calls: string[] = [];
    const instant = {
      dispatch: (channel: string) => {
        calls.push(channel);
        return Promise.resolve(channel === 'sites:list' ? { ok: true, value: { sites: [] } } : { ok: true, value: {} });
      },
    } as unknown as HandlerRegistry;
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await gatherFirstAnswers(instant, NO_HURRY_MS);
    ticking = false;
    expect(calls.sort()).toEqual(['app:info', 'scenarios:list', 'sites:list']);
    // The loop turned while the gather ran (the socket's corked head is flushed on such a turn).
    expect(turns).toBeGreaterThanOrEqual(1);
  });

  it('are none when no time is left, so the page goes out as the plain shell at once', async () => {
    expect(await gatherFirstAnswers(registry, 0)).toEqual({});
  });
});

describe('the page with its first paint', () => {
  const answers: FirstPaintAnswers = { [answerKey('sites:list', {})]: { sites: [{ id: 'x', name: 'A </script><script src="https://evil.example/x.js"></script> <!-- name' }] } };
  const render = () => '<table aria-label="Sites"></table>';

  it('puts the rendered rows inside #root and the answers in a JSON data block no site name can close', () => {
    const html = pageWithFirstPaint(PAGE, answers, render);
    expect(html).toContain('<div id="root"><table aria-label="Sites"></table></div>');
    const open = `<script type="application/json" id="${FIRST_PAINT_ANSWERS_ID}">`;
    const start = html.indexOf(open) + open.length;
    const body = html.slice(start, html.indexOf('</script>', start));
    // The only </script> after the block's opening is its own: the name's was escaped as \u003c.
    expect(body).not.toContain('<');
    expect(JSON.parse(body)).toEqual(answers);
  });

  it('sends the head before the answers are in, and the plain page when there are none or the renderer is missing', () => {
    const page = firstPaintPage(PAGE);
    if (!page) throw new Error('no #root');
    expect(page.head.endsWith('<div id="root">')).toBe(true);
    expect(page.head).toContain('assets/early.js');
    expect(page.head + page.finish({}, render)).toBe(PAGE);
    expect(page.head + page.finish(answers, null)).toBe(PAGE);
    expect(page.head + page.finish(answers, () => { throw new Error('render failed'); })).toBe(PAGE);
    expect(firstPaintPage('<html><body><div id="app"></div></body></html>')).toBeNull();
  });
});
