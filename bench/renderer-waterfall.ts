/**
 * Diagnostic: the waterfall of one first visit (a fresh browser context, empty cache) to the
 * portfolio, from Chromium's own timing (CDP Network events and the page's performance entries):
 * each request's start, server wait (time to first byte), end, bytes on the wire, and when the
 * first site row appeared. Run after a warm load so the server's caches are as a user would meet
 * them a moment after `serve` starts. `npm run bench -- renderer-waterfall`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureNodeBuild, ensureWebBuild } from '../scripts/ensure-built.mjs';
import { launchChromium } from '../tests/e2e/support/browser';
import { startWebApp } from '../tests/e2e/support/web-server';

type Row = { url: string; startMs: number; ttfbMs: number; endMs: number; wireBytes: number; status: number };

const FIRST_ROW_SCRIPT = `
  new MutationObserver(() => {
    if (window.__stargridFirstRowMs === undefined && document.querySelector('table[aria-label="Sites"] tr[data-site-id]')) {
      window.__stargridFirstRowMs = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function waitForRow(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __stargridFirstRowMs?: number }).__stargridFirstRowMs !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as { __stargridFirstRowMs?: number }).__stargridFirstRowMs ?? Number.NaN);
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };

/** The renderer main thread's longest tasks of script work (compile, evaluate, call), before the first row. */
function printMainThread(events: TraceEvent[]): void {
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' || e.name === 'markAsMainFrame');
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const wanted = new Set(['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'v8.compile', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.produceModuleCache', 'v8.compileLazy']);
  const totals = new Map<string, number>();
  const long: string[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || !wanted.has(e.name) || e.dur === undefined) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    if (e.dur > 15_000) long.push(`    ${((e.ts - t0) / 1000).toFixed(0).padStart(5)} +${(e.dur / 1000).toFixed(0).padStart(4)} ms ${e.name} ${(e.args?.data?.url ?? '').replace(/.*\//, '')}`);
  }
  console.log('  main-thread work (trace; ms from the trace origin):');
  console.log(long.join('\n'));
  console.log(`  totals: ${[...totals].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
}

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples?: number[]; timeDeltas?: number[] };

/** Self time by script and by function, from the CPU profile of the load. */
function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const url = f.url.replace(/.*\//, '') || `(${f.functionName || 'program'})`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(0).padStart(5)} ms ${k}`).join('\n');
  console.log(`  CPU profile, self time by script:\n${top(byUrl, 8)}\n  by function:\n${top(byFn, 12)}`);
}

export async function run(): Promise<void> {
  const log = (text: string) => process.stdout.write(`  ${text}`);
  await ensureNodeBuild(log);
  await ensureWebBuild(log);
  const dir = mkdtempSync(join(tmpdir(), 'stargrid-bench-waterfall-'));
  const [browser, app] = await Promise.all([launchChromium(), startWebApp(join(dir, 'bench.stargrid'), dir)]);
  try {
    // A first load (thrown away) so the server has warmed as it would a moment after start.
    const warm = await browser.newContext();
    const warmPage = await warm.newPage();
    await warmPage.addInitScript(FIRST_ROW_SCRIPT);
    await warmPage.goto(app.url);
    await waitForRow(warmPage);
    await warmPage.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Simulating'), undefined, { timeout: 120_000 });
    await warm.close();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(FIRST_ROW_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const rows = new Map<string, Row>();
    let navStartWall = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (navStartWall === 0) navStartWall = e.timestamp;
      rows.set(e.requestId, { url: e.request.url, startMs: (e.timestamp - navStartWall) * 1000, ttfbMs: Number.NaN, endMs: Number.NaN, wireBytes: 0, status: 0 });
    });
    cdp.on('Network.responseReceived', (e) => {
      const row = rows.get(e.requestId);
      if (row) {
        row.status = e.response.status;
        // The response's own timing: request sent → headers received is the server's wait.
        const t = e.response.timing;
        row.ttfbMs = t ? (t.requestTime - navStartWall) * 1000 + t.receiveHeadersEnd : (e.timestamp - navStartWall) * 1000;
      }
    });
    cdp.on('Network.loadingFinished', (e) => {
      const row = rows.get(e.requestId);
      if (row) {
        row.endMs = (e.timestamp - navStartWall) * 1000;
        row.wireBytes = e.encodedDataLength;
      }
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
    await page.goto(app.url);
    const firstRowMs = await waitForRow(page);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`);
      return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd, paint };
    });
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Simulating'), undefined, { timeout: 120_000 });
    console.log('first visit waterfall (ms from the document request; CDP clock):');
    for (const r of [...rows.values()].sort((a, b) => a.startMs - b.startMs)) {
      const name = r.url.replace(app.origin, '').replace(/\?token=.*/, '?token=…');
      console.log(`  ${r.startMs.toFixed(0).padStart(5)} → ttfb ${r.ttfbMs.toFixed(0).padStart(5)} → end ${r.endMs.toFixed(0).padStart(5)}  ${(r.wireBytes / 1024).toFixed(1).padStart(7)} KB  ${r.status}  ${name}`);
    }
    console.log(`  page clock: document responseEnd ${nav.responseEnd.toFixed(0)}, domInteractive ${nav.domInteractive.toFixed(0)}, DOMContentLoaded ${nav.domContentLoaded.toFixed(0)}, ${nav.paint.join(', ')}, first site row ${firstRowMs.toFixed(0)}`);
    printMainThread(trace.traceEvents);
    printProfile(profile);
    await context.close();
  } finally {
    await Promise.all([browser.close(), app.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
