/**
 * Benchmark: the 3D view in headless Chromium with SwiftShader (software WebGL, no GPU): for the
 * largest campus (the site with the most facility MW, hybrid scenario, so every kind of
 * equipment is drawn) and for the portfolio map, the draw calls and triangles of one frame
 * (renderer.info), the mean frame time over back-to-back renders at 1920 × 1080, and the campus
 * scene build time (layout + scene graph until the canvas reports in, a performance.measure set
 * by the view, median of BUILD_REPEATS builds) against issue 17's goals (under 200 draw calls, under
 * 200 ms). SwiftShader is slow and the machine shared: compare versions with it, do not read
 * frame times as GPU figures. Builds the web renderer first when out/web is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// The window.stargridScene handle the 3D view exposes.
import type {} from '../src/renderer/scene/scene-handle';
import { launchChromium } from '../tests/e2e/support/browser';
import { startWebApp } from '../tests/e2e/support/web-server';

const root = join(import.meta.dirname, '..');
const FRAMES = 4;
const REPEATS = 3;
/** Builds of the largest campus timed (the machine is shared: more runs steady the median). */
const BUILD_REPEATS = 5;
/** Issue 17's goals for the largest campus. */
const GOALS = { drawCalls: 200, buildMs: 200 } as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

type SceneFigures = { drawCalls: number; triangles: number; frameMs: number; widthPx: number; heightPx: number };

async function measure(page: Page): Promise<SceneFigures> {
  const figures = await page.evaluate(
    ([frames, repeats]) => {
      const h = window.stargridScene;
      if (!h) return null;
      h.timeFrames(2); // warm-up: shader compilation lands in the first frames
      const runs: number[] = [];
      for (let i = 0; i < (repeats ?? 3); i++) runs.push(h.timeFrames(frames ?? 4));
      runs.sort((a, b) => a - b);
      return { ...h.info(), frameMs: runs[Math.floor(runs.length / 2)] ?? NaN };
    },
    [FRAMES, REPEATS],
  );
  if (!figures) throw new Error('the 3D view did not expose its scene handle');
  return figures;
}

export async function run(): Promise<void> {
  if (!existsSync(join(root, 'out', 'web', 'index.html'))) execFileSync('npm', ['run', '-s', 'build:web'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'stargrid-bench-scene-'));
  const [browser, app] = await Promise.all([launchChromium(), startWebApp(join(dir, 'bench.stargrid'), dir)]);
  try {
    const list = (await (await fetch(`${app.origin}/api/sites:list`, { method: 'POST', headers: { 'x-stargrid-token': app.token }, body: '{}' })).json()) as { sites: { id: string; facilityMW: number }[] };
    const largest = [...list.sites].sort((a, b) => b.facilityMW - a.facilityMW)[0];
    if (!largest) throw new Error('the project has no sites');
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${app.url}#/3d`);
    await page.locator('.scene-readout dl').waitFor({ timeout: 120_000 });
    // Let the first campus's fly-in finish so its frames do not land inside the measured build.
    await page.waitForTimeout(8000);
    // The build of the largest campus, REPEATS times (switching away and back), median reported.
    const builds: number[] = [];
    const other = list.sites.find((s) => s.id !== largest.id)?.id ?? largest.id;
    // The view keeps its canvas across site switches; each build's measure names its site.
    const built = (id: string) => page.waitForFunction((site) => performance.getEntriesByName('stargrid-scene-build').some((e) => (e as { detail?: { siteId?: string } }).detail?.siteId === site), id, { timeout: 300_000 });
    for (let i = 0; i < BUILD_REPEATS; i++) {
      await page.evaluate(() => performance.clearMeasures());
      await page.getByLabel('Site', { exact: true }).selectOption(largest.id);
      await built(largest.id);
      builds.push(await page.evaluate((site) => performance.getEntriesByName('stargrid-scene-build').find((e) => (e as { detail?: { siteId?: string } }).detail?.siteId === site)?.duration ?? NaN, largest.id));
      if (i < BUILD_REPEATS - 1) {
        await page.evaluate(() => performance.clearMeasures());
        await page.getByLabel('Site', { exact: true }).selectOption(other);
        await built(other);
        await page.locator('.scene-readout dl').waitFor({ timeout: 300_000 });
        await page.waitForTimeout(3000);
      }
    }
    const buildMs = median(builds);
    // The machine is shared: the load while the builds ran, to read the median against.
    const buildLoad = loadavg()[0]?.toFixed(1) ?? '?';
    await page.waitForTimeout(8000); // let the fly-in land
    const campus = await measure(page);
    console.log(
      `scene campus ${largest.id} (${(largest.facilityMW / 1000).toFixed(1)} GW, hybrid): build median ${buildMs.toFixed(0)} ms of ${builds.map((b) => b.toFixed(0)).join(', ')} at load average ${buildLoad} ` +
        `(goal < ${GOALS.buildMs} ms: ${(buildMs / GOALS.buildMs).toFixed(2)}× the goal, ${buildMs < GOALS.buildMs ? 'met' : 'NOT met'}); ` +
        `${campus.drawCalls} draw calls incl. the shadow pass (goal < ${GOALS.drawCalls}: ${(campus.drawCalls / GOALS.drawCalls).toFixed(2)}×, ${campus.drawCalls < GOALS.drawCalls ? 'met' : 'NOT met'}), ` +
        `${campus.triangles.toLocaleString('en-US')} triangles; median ${campus.frameMs.toFixed(0)} ms/frame at ${campus.widthPx}×${campus.heightPx} (SwiftShader, load average ${loadavg()[0]?.toFixed(1)})`,
    );

    await page.getByRole('button', { name: 'Portfolio map' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.map-label').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(3000);
    const map = await measure(page);
    console.log(`scene portfolio map (${list.sites.length} sites): ${map.drawCalls} draw calls, ${map.triangles.toLocaleString('en-US')} triangles; ${map.frameMs.toFixed(0)} ms/frame at ${map.widthPx}×${map.heightPx} (SwiftShader)`);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
