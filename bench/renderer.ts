/**
 * Benchmark: the web renderer's weight and first paint of data (built code, out/web; rebuilt
 * first when stale, not timed).
 *
 * - Initial JavaScript: the entry script and the chunks index.html preloads, gzipped (level 9,
 *   as a server would send them). What a view loads later (the 3D view's three.js, the charts of
 *   a site) is not initial. Goal < 250 KB.
 * - First portfolio row: from navigation start to the first site row of the portfolio table in
 *   the DOM, in headless Chromium against `stargrid serve`; median of several page loads. Goal
 *   < 500 ms.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureNodeBuild, ensureWebBuild, webOutDir } from '../scripts/ensure-built.mjs';
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
  const firstRow: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // A string, not a function: tsx would wrap a named function in a helper the page lacks.
    await context.addInitScript(`
      new MutationObserver(() => {
        if (window.__stargridFirstRowMs === undefined && document.querySelector('table[aria-label="Sites"] tr[data-site-id]')) {
          window.__stargridFirstRowMs = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    const page = await context.newPage();
    await page.goto(app.url); // the first load fills the HTTP cache, as a browser that was here before
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await page.waitForFunction(() => window.__stargridFirstRowMs !== undefined, undefined, { timeout: 60_000 });
      firstRow.push(await page.evaluate(() => window.__stargridFirstRowMs ?? Number.NaN));
    }
    await context.close();
  } finally {
    await Promise.all([browser.close(), app.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
  const [load1 = 0] = loadavg();
  const rowMs = median(firstRow);
  console.log(`renderer bench (${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  initial JavaScript: ${initialKB.toFixed(1)} KB gzip in ${scripts.length} file(s) (goal < ${INITIAL_GOAL_KB} KB), ${(initialKB / INITIAL_GOAL_KB).toFixed(2)}× the goal`);
  console.log(`  first portfolio row: ${rowMs.toFixed(0)} ms after navigation start, median of ${LOADS} loads (goal < ${FIRST_ROW_GOAL_MS} ms), ${(rowMs / FIRST_ROW_GOAL_MS).toFixed(2)}× the goal`);
}
