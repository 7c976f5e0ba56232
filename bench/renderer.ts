/**
 * Benchmark: the web renderer's weight and first paint of data (built code, out/web; rebuilt
 * first when stale, not timed).
 *
 * - Initial JavaScript: the entry script and the chunks index.html preloads, gzipped (level 9,
 *   as a server would send them). What a view loads later (the 3D view's three.js, the charts of
 *   a site) is not initial. Goal < 250 KB.
 * - First portfolio row: from navigation start to the first site row of the portfolio table in
 *   the DOM, in headless Chromium against `stargrid serve`; median of several page loads. Goal
 *   < 500 ms. Also the frame that paints it (the next animation frame: none is drawn while the
 *   stylesheet loads), the first row with its figures (its "Served" cell filled), and the page's
 *   own first render (the commit of its first React render, hydrating the server's markup or
 *   drawing its own: the performance mark main.tsx sets; the server now draws the toolbar too, so
 *   the toolbar no longer tells the page's render from the server's). Two kinds of load: a return
 *   visit (a reload; the browser keeps the hashed assets) and a first visit (a fresh browser
 *   context, empty cache). Before/after in one run: two `serve`s, one sending the page without
 *   rows (STARGRID_FIRST_PAINT_BUDGET_MS=0, the page renders them itself, as before the server
 *   drew them) and one as shipped (rows drawn by the server, src/main/web/first-paint.ts); all
 *   four kinds of load interleaved, so the machine's load weighs on each alike. Each load starts
 *   once the previous page has finished its portfolio, so no server is still answering the page
 *   before (a user opens one page at a time).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureNodeBuild, ensureWebBuild, webOutDir } from '../scripts/ensure-built.mjs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser';
import { startWebApp } from '../tests/e2e/support/web-server';
import { median } from './stats';
import { APP_RENDERED_MARK } from '../src/renderer/first-paint/marks';

const LOADS = 7;
const INITIAL_GOAL_KB = 250;
const FIRST_ROW_GOAL_MS = 500;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __stargridFirstRowMs?: number;
    __stargridFiguresMs?: number;
    __stargridRowFrameMs?: number;
    __stargridFiguresFrameMs?: number;
    __stargridAppMs?: number;
  }
}

/** Marks, from the page's first byte, when the first row and the first row with its figures appear, and when the page's own render committed. */
const MARKS_SCRIPT = `
  new MutationObserver(() => {
    const now = performance.now();
    if (window.__stargridFirstRowMs === undefined && document.querySelector('table[aria-label="Sites"] tr[data-site-id]')) {
      window.__stargridFirstRowMs = now;
      // The frame that paints it: no frame is drawn while the stylesheet still loads, and an
      // animation-frame callback runs just before that frame's paint.
      requestAnimationFrame(() => (window.__stargridRowFrameMs = performance.now()));
    }
    if (window.__stargridFiguresMs === undefined && [...document.querySelectorAll('table[aria-label="Sites"] tr[data-site-id] td[data-col="served"]')].some((td) => !td.textContent.startsWith('…'))) {
      window.__stargridFiguresMs = now;
      requestAnimationFrame(() => (window.__stargridFiguresFrameMs = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === '${APP_RENDERED_MARK}') window.__stargridAppMs ??= e.startTime;
  }).observe({ type: 'mark', buffered: true });
`;

type Marks = { rowMs: number; figuresMs: number; rowFrameMs: number; figuresFrameMs: number; appMs: number };
type Series = { [K in keyof Marks]: number[] };
const series = (): Series => ({ rowMs: [], figuresMs: [], rowFrameMs: [], figuresFrameMs: [], appMs: [] });
const add = (s: Series, m: Marks) => {
  for (const k of Object.keys(s) as (keyof Marks)[]) s[k].push(m[k]);
};

/** The JavaScript index.html loads before anything renders: its module script and modulepreloads. */
export function initialScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...new Set([...scripts, ...preloads])].filter((s) => s !== '');
}

function gzipKB(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

export async function run(): Promise<void> {
  const log = (text: string) => process.stdout.write(`  ${text}`);
  await ensureNodeBuild(log);
  await ensureWebBuild(log);
  const html = readFileSync(join(webOutDir, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  const initialKB = scripts.reduce((sum, s) => sum + gzipKB(join(webOutDir, s)), 0);

  const dir = mkdtempSync(join(tmpdir(), 'stargrid-bench-renderer-'));
  mkdirSync(join(dir, 'client'));
  mkdirSync(join(dir, 'server'));
  const [browser, clientOnly, serverRows] = await Promise.all([
    launchChromium(),
    startWebApp(join(dir, 'client', 'bench.stargrid'), join(dir, 'client'), { STARGRID_FIRST_PAINT_BUDGET_MS: '0' }),
    startWebApp(join(dir, 'server', 'bench.stargrid'), join(dir, 'server')),
  ]);
  const apps = { 'page renders the rows (before)': clientOnly, 'server sends the rows (after)': serverRows };
  const results = new Map<string, { first: Series; back: Series }>(Object.keys(apps).map((k) => [k, { first: series(), back: series() }]));
  try {
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // A string, not a function: tsx would wrap a named function in a helper the page lacks.
      await context.addInitScript(MARKS_SCRIPT);
      return context;
    };
    const marksOf = async (page: Page): Promise<Marks> => {
      await page.waitForFunction(() => window.__stargridRowFrameMs !== undefined && window.__stargridFiguresFrameMs !== undefined && window.__stargridAppMs !== undefined, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => ({
        rowMs: window.__stargridFirstRowMs ?? Number.NaN,
        figuresMs: window.__stargridFiguresMs ?? Number.NaN,
        rowFrameMs: window.__stargridRowFrameMs ?? Number.NaN,
        figuresFrameMs: window.__stargridFiguresFrameMs ?? Number.NaN,
        appMs: window.__stargridAppMs ?? Number.NaN,
      }));
      // The page's own work (every site's summary) done before the next load starts.
      await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Simulating'), undefined, { timeout: 120_000 });
      return marks;
    };
    const returning = new Map<string, Page>();
    for (const [name, app] of Object.entries(apps)) {
      const page = await (await newContext()).newPage();
      await page.goto(app.url); // the first load fills the HTTP cache, as a browser that was here before
      await marksOf(page);
      returning.set(name, page);
    }
    for (let i = 0; i < LOADS; i++) {
      for (const [name, app] of Object.entries(apps)) {
        const r = results.get(name);
        const page = returning.get(name);
        if (!r || !page) continue;
        await page.reload();
        add(r.back, await marksOf(page));
        const fresh = await newContext();
        const freshPage = await fresh.newPage();
        await freshPage.goto(app.url);
        add(r.first, await marksOf(freshPage));
        await fresh.close();
      }
    }
    await Promise.all([...returning.values()].map((p) => p.context().close()));
  } finally {
    await Promise.all([browser.close(), clientOnly.stop(), serverRows.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
  const [load1 = 0] = loadavg();
  const goal = (ms: number) => `${ms.toFixed(0)} ms (${(ms / FIRST_ROW_GOAL_MS).toFixed(2)}× the goal)`;
  console.log(`renderer bench (${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  initial JavaScript: ${initialKB.toFixed(1)} KB gzip in ${scripts.length} file(s) (goal < ${INITIAL_GOAL_KB} KB), ${(initialKB / INITIAL_GOAL_KB).toFixed(2)}× the goal`);
  console.log(`  ms after navigation start, median of ${LOADS} loads each, interleaved (goal: first row < ${FIRST_ROW_GOAL_MS} ms):`);
  for (const [name, r] of results) {
    console.log(`  ${name}:`);
    for (const [visit, s] of [['first visit (empty cache)', r.first], ['return visit', r.back]] as const) {
      console.log(`    ${visit}: first row in the DOM ${goal(median(s.rowMs))}, in a frame ${goal(median(s.rowFrameMs))}; with its figures in the DOM ${goal(median(s.figuresMs))}, in a frame ${goal(median(s.figuresFrameMs))}; the page's own render ${median(s.appMs).toFixed(0)} ms`);
    }
  }
  const before = results.get('page renders the rows (before)');
  const after = results.get('server sends the rows (after)');
  if (before && after) {
    const ratio = (k: keyof Marks) => `first visit ${(median(after.first[k]) / median(before.first[k])).toFixed(2)}×, return visit ${(median(after.back[k]) / median(before.back[k])).toFixed(2)}×`;
    console.log(`  after/before: first row in a frame ${ratio('rowFrameMs')}; with its figures in a frame ${ratio('figuresFrameMs')}; the page's own render ${ratio('appMs')}`);
  }
}
