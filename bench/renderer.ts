/**
 * Benchmark: the web renderer's weight and first paint of data (built code, out/web; rebuilt
 * first when stale, not timed).
 *
 * - Initial JavaScript: the entry script and the chunks index.html preloads, gzipped (level 9,
 *   as a server would send them). What a view loads later (the 3D view's three.js, the charts of
 *   a site) is not initial. Goal < 250 KB.
 * - First portfolio row: from navigation start to the first site row of the portfolio table in
 *   the DOM, in headless Chromium against `stargrid serve`; median of several page loads. Goal
 *   < 500 ms. Two kinds of load, interleaved so the machine's load weighs on both alike: a return
 *   visit (a reload; the browser keeps the hashed assets) and a first visit (a fresh browser
 *   context, empty cache). Each load starts once the previous page has finished its portfolio, so
 *   the server is not still answering the page before (a user opens one page at a time).
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureNodeBuild, ensureWebBuild, webOutDir } from '../scripts/ensure-built.mjs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser';
import { startWebApp } from '../tests/e2e/support/web-server';
import { median } from './stats';

const LOADS = 7;
const INITIAL_GOAL_KB = 250;
const FIRST_ROW_GOAL_MS = 500;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __stargridFirstRowMs?: number;
  }
}

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
  const [browser, app] = await Promise.all([launchChromium(), startWebApp(join(dir, 'bench.stargrid'), dir)]);
  const returnVisit: number[] = [];
  const firstVisit: number[] = [];
  try {
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // A string, not a function: tsx would wrap a named function in a helper the page lacks.
      await context.addInitScript(`
        new MutationObserver(() => {
          if (window.__stargridFirstRowMs === undefined && document.querySelector('table[aria-label="Sites"] tr[data-site-id]')) {
            window.__stargridFirstRowMs = performance.now();
          }
        }).observe(document, { childList: true, subtree: true });
      `);
      return context;
    };
    const firstRowOf = async (page: Page) => {
      await page.waitForFunction(() => window.__stargridFirstRowMs !== undefined, undefined, { timeout: 60_000 });
      const ms = await page.evaluate(() => window.__stargridFirstRowMs ?? Number.NaN);
      // The page's own work (every site's summary) done before the next load starts.
      await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Simulating'), undefined, { timeout: 120_000 });
      return ms;
    };
    const returning = await newContext();
    const page = await returning.newPage();
    await page.goto(app.url); // the first load fills the HTTP cache, as a browser that was here before
    await firstRowOf(page);
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      returnVisit.push(await firstRowOf(page));
      const fresh = await newContext();
      const freshPage = await fresh.newPage();
      await freshPage.goto(app.url);
      firstVisit.push(await firstRowOf(freshPage));
      await fresh.close();
    }
    await returning.close();
  } finally {
    await Promise.all([browser.close(), app.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
  const [load1 = 0] = loadavg();
  const returnMs = median(returnVisit);
  const firstMs = median(firstVisit);
  console.log(`renderer bench (${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  initial JavaScript: ${initialKB.toFixed(1)} KB gzip in ${scripts.length} file(s) (goal < ${INITIAL_GOAL_KB} KB), ${(initialKB / INITIAL_GOAL_KB).toFixed(2)}× the goal`);
  console.log(`  first portfolio row, return visit: ${returnMs.toFixed(0)} ms after navigation start, median of ${LOADS} loads (goal < ${FIRST_ROW_GOAL_MS} ms), ${(returnMs / FIRST_ROW_GOAL_MS).toFixed(2)}× the goal`);
  console.log(`  first portfolio row, first visit (empty cache): ${firstMs.toFixed(0)} ms, median of ${LOADS} loads, ${(firstMs / FIRST_ROW_GOAL_MS).toFixed(2)}× the goal; ${(firstMs / returnMs).toFixed(2)}× the return visit`);
}
