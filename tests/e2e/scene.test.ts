import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
// The window.stargridScene handle the 3D view exposes.
import type {} from '../../src/renderer/scene/scene-handle';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('scene');
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  page = await session.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // A lit campus frame takes seconds under SwiftShader on a busy machine; clicks wait for frames.
  page.setDefaultTimeout(180_000);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.app.url}#/3d`);
});

/**
 * Luminance variance of the visible WebGL canvas, sampled on a 64 × 36 grid. A blank or
 * single-colour canvas gives ~0; a rendered campus or map gives hundreds.
 */
function canvasVariance(p: Page, label: string): Promise<number> {
  return p.evaluate((aria) => {
    const canvas = document.querySelector(`[aria-label="${aria}"] canvas`) ?? document.querySelector('.scene-stage canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return -1;
    const probe = document.createElement('canvas');
    probe.width = 64;
    probe.height = 36;
    const ctx = probe.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(canvas, 0, 0, 64, 36);
    const { data } = ctx.getImageData(0, 0, 64, 36);
    const lum: number[] = [];
    for (let i = 0; i < data.length; i += 4) lum.push(0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0));
    const mean = lum.reduce((s, v) => s + v, 0) / lum.length;
    return lum.reduce((s, v) => s + (v - mean) ** 2, 0) / lum.length;
  }, label);
}

/** Mean RGB of a band of the visible canvas, rows `from`–`to` as fractions of its height. */
function bandColour(p: Page, from: number, to: number): Promise<[number, number, number]> {
  return p.evaluate(
    ([a, b]) => {
      const canvas = document.querySelector('.scene-stage canvas');
      if (!(canvas instanceof HTMLCanvasElement)) return [0, 0, 0] as [number, number, number];
      const probe = document.createElement('canvas');
      probe.width = 64;
      probe.height = 36;
      const ctx = probe.getContext('2d');
      if (!ctx) return [0, 0, 0] as [number, number, number];
      ctx.drawImage(canvas, 0, 0, 64, 36);
      const y0 = Math.floor(36 * (a ?? 0));
      const y1 = Math.max(y0 + 1, Math.floor(36 * (b ?? 1)));
      const { data } = ctx.getImageData(0, y0, 64, y1 - y0);
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (data[i + c] ?? 0);
      const n = data.length / 4;
      return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n] as [number, number, number];
    },
    [from, to],
  );
}

/**
 * Pixels of the visible WebGL canvas, read at full size (a small light is a few pixels and would
 * be averaged away by a thumbnail): how many have luminance ≥ 150 of 255, and how many are
 * saturated red (R ≥ 150 and over twice G and B), as the stack lights are. DOM overlays (readout,
 * legend, labels) are not in the canvas, so they do not count.
 */
function litPixels(p: Page): Promise<{ bright: number; red: number }> {
  return p.evaluate(() => {
    const canvas = document.querySelector('.scene-stage canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return { bright: -1, red: -1 };
    const probe = document.createElement('canvas');
    probe.width = canvas.width;
    probe.height = canvas.height;
    const ctx = probe.getContext('2d');
    if (!ctx) return { bright: -1, red: -1 };
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
    let bright = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      if (0.2126 * r + 0.7152 * g + 0.0722 * b >= 150) bright++;
      if (r >= 150 && r > 2 * g && r > 2 * b) red++;
    }
    return { bright, red };
  });
}

async function setHour(p: Page, hourOfDay: number): Promise<void> {
  await p.getByLabel('Hour of the day').fill(String(hourOfDay));
  await expect.poll(() => p.locator('.readout-time').innerText()).toBe(`Aug 15, ${String(hourOfDay).padStart(2, '0')}:00`);
}

/** Waits for the camera's fly-in to land: two canvas samples a second apart that agree. */
async function settle(p: Page, label: string): Promise<void> {
  let previous = -2;
  for (let i = 0; i < 20; i++) {
    await p.waitForTimeout(1000);
    const v = await canvasVariance(p, label);
    if (Math.abs(v - previous) < 0.5) return;
    previous = v;
  }
}

// SwiftShader renders the lit, shadowed campus in seconds a frame on a busy 2-core machine: generous per-test limits.
describe('3D view in Chromium', { timeout: 900_000 }, () => {
  it('draws the campus with its dispatch readout', async () => {
    await page.locator('.scene-readout dl').waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => window.stargridScene !== undefined, null, { timeout: 30_000 });
    await settle(page, '3D campus view');
    await page.screenshot({ path: screenshotPath('scene-campus') });
    expect(await canvasVariance(page, '3D campus view')).toBeGreaterThan(50);
    // The default hour is a still August evening, Aug 15 at 18:00.
    expect(await page.locator('.readout-time').innerText()).toBe('Aug 15, 18:00');
    const info = await page.evaluate(() => window.stargridScene?.info());
    expect(info?.drawCalls).toBeGreaterThan(5);
    expect(info?.drawCalls).toBeLessThan(200);
  });

  it('plays the year forward from the scrubber', async () => {
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.readout-time').innerText(), { timeout: 20_000 }).not.toBe('Aug 15, 18:00');
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.locator('.readout-time').innerText();
    await page.waitForTimeout(1500);
    expect(await page.locator('.readout-time').innerText()).toBe(paused);
    await page.getByLabel('Day of the year').fill('227');
    await page.getByLabel('Hour of the day').fill('18');
    await expect.poll(() => page.locator('.readout-time').innerText()).toBe('Aug 15, 18:00');
  });

  it('draws the campus at noon under a blue sky and at night under a dark one', async () => {
    await setHour(page, 12);
    await settle(page, '3D campus view');
    await page.screenshot({ path: screenshotPath('scene-campus-noon'), timeout: 180_000 });
    // The overview looks low over the campus: the top of the picture is sky. At noon it is light
    // and blue (blue channel above red).
    const [r, g, b] = await bandColour(page, 0, 0.08);
    // Near the horizon a clear sky is pale; it is still bluer than it is red.
    expect(b).toBeGreaterThan(r + 3);
    expect((r + g + b) / 3).toBeGreaterThan(110);
    expect(await canvasVariance(page, '3D campus view')).toBeGreaterThan(50);

    await setHour(page, 22);
    await settle(page, '3D campus view');
    await page.screenshot({ path: screenshotPath('scene-campus-night'), timeout: 180_000 });
    const night = await bandColour(page, 0, 0.08);
    expect((night[0] + night[1] + night[2]) / 3).toBeLessThan(70);
    // The campus reads as a lit place: lamps, wall packs, switchyard floodlights and red stack
    // lights. Measured on this view's PNG (Abilene overview, 22:00, 1920 × 1080): before the night
    // lighting 13 pixels of the campus were this bright and none this red; with it ~910 and ~48.
    // The bounds sit well above the unlit count and well below the lit one.
    const lit = await litPixels(page);
    expect(lit.bright).toBeGreaterThan(300);
    expect(lit.red).toBeGreaterThan(12);
    await setHour(page, 18);
  });

  it('exports the current view as a 3840 × 2160 PNG', async () => {
    const size = await page.evaluate(async () => {
      const blob = await window.stargridScene?.exportPng(3840, 2160);
      if (!blob) return null;
      const bitmap = await createImageBitmap(blob);
      return { type: blob.type, width: bitmap.width, height: bitmap.height, bytes: blob.size };
    });
    expect(size).toMatchObject({ type: 'image/png', width: 3840, height: 2160 });
    expect(size?.bytes).toBeGreaterThan(100_000);
    // The button's export carries the caption: a short name, and the title band and source line drawn on.
    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^abilene_hybrid_3d_\d{4}-08-15\.png$/);
    const path = screenshotPath('scene-export-4k');
    await file.saveAs(path);
    const caption = await page.evaluate(async (base64) => {
      // An <img> may load a data: URL under the app's CSP (img-src data:); fetch may not (connect-src 'self').
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const bitmap = await createImageBitmap(img);
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const ctx = c.getContext('2d');
      ctx?.drawImage(bitmap, 0, 0);
      const px = (x: number, y: number) => Array.from(ctx?.getImageData(x, y, 1, 1).data ?? []);
      return { size: [bitmap.width, bitmap.height], titleBand: px(70, 70), sourceLine: px(3000, 2150) };
    }, readFileSync(path).toString('base64'));
    expect(caption.size).toEqual([3840, 2160]);
    // Title band and source line: dark navy rgba(16, 24, 40, 0.84) over the scene.
    expect(caption.titleBand[2] ?? 255).toBeLessThan(90);
    expect(caption.sourceLine[2] ?? 255).toBeLessThan(90);
  });

  it('shows the portfolio map with every site', async () => {
    await page.getByRole('button', { name: 'Portfolio map' }).click();
    await expect.poll(() => page.locator('.map-label').count(), { timeout: 30_000 }).toBe(8);
    await settle(page, 'Portfolio map');
    expect(await canvasVariance(page, 'Portfolio map')).toBeGreaterThan(50);
    // Let a few supply mixes arrive so the columns carry colour.
    await page.waitForTimeout(8000);
    await page.screenshot({ path: screenshotPath('scene-map') });
  });

  it('colours the map by residential bill change, labels apart', async () => {
    await page.getByRole('button', { name: 'Residential bill change' }).click();
    expect(await page.getByRole('button', { name: 'Residential bill change' }).getAttribute('aria-pressed')).toBe('true');
    // Each site shows pending until its figure lands, then its bill change (or that it has none).
    await expect.poll(() => page.locator('.map-label-bill').allInnerTexts(), { timeout: 60_000 }).toHaveLength(8);
    await expect.poll(async () => (await page.locator('.map-label-bill').allInnerTexts()).filter((t) => t.includes('pending')).length, { timeout: 90_000 }).toBe(0);
    const texts = await page.locator('.map-label-bill').allInnerTexts();
    expect(texts.every((t) => /USD [\d.]+\/month( est\.)?$|no bill figure$/.test(t))).toBe(true);
    await expect.poll(() => page.locator('.bill-legend').innerText()).toContain('USD/month');
    expect(await page.locator('.bill-legend').innerText()).toMatch(/estimated residential class data/);
    await settle(page, 'Portfolio map');
    // No two label boxes, as the browser lays them out, touch.
    const rects = await page.locator('.map-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
    expect(rects).toHaveLength(8);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        if (!a || !b) continue;
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
      }
    }
    // Labels stay keyboard-focusable buttons.
    const milam = page.getByRole('button', { name: /Milam County/ });
    await milam.focus();
    expect(await milam.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: screenshotPath('scene-map-bill') });
  });

  it('flies from a site on the map to its campus', async () => {
    await page.getByRole('button', { name: /Milam County/ }).click();
    await expect.poll(() => page.getByLabel('Site', { exact: true }).inputValue(), { timeout: 30_000 }).toBe('milam');
    await page.locator('.scene-readout dl').waitFor({ timeout: 90_000 });
    expect(await page.getByRole('button', { name: 'Campus' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('presents only the scene, the title card and the readout, with keys and the map inside', async () => {
    await page.getByLabel('Site', { exact: true }).selectOption('abilene');
    await expect.poll(() => page.locator('.readout-grid dd').innerText(), { timeout: 90_000 }).toContain('of 1.20 GW');
    await setHour(page, 18);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => page.locator('.scene-view.presenting').count()).toBe(1);
    // The presentation covers the whole window, sidebar and project bar included.
    expect(await page.locator('.scene-view.presenting').boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    // No editing controls: no site or scenario pickers, no story editor, no export.
    expect(await page.locator('.scene-view.presenting select').evaluateAll((els) => els.filter((e) => !e.closest('.scene-scrubber-dock')).length)).toBe(0);
    expect(await page.locator('.story-panel').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export PNG' }).count()).toBe(0);
    // The scrubber and the camera bar wait, invisible, until the pointer comes near.
    expect(await page.locator('.scene-scrubber-dock').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    expect(await page.locator('.scene-present-bar').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    const title = page.getByLabel('Title');
    expect(await title.innerText()).toMatch(/Abilene[\s\S]*Hybrid[\s\S]*15 August \d{4}, 18:00/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.innerText()).toMatch(/15 August \d{4}, 19:00/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('2');
    await expect.poll(() => page.getByRole('button', { name: 'Data halls' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('1');
    await settle(page, '3D campus view');
    await page.screenshot({ path: screenshotPath('scene-presentation'), timeout: 180_000 });
    expect(await canvasVariance(page, '3D campus view')).toBeGreaterThan(50);
    // The map inside the presentation, and back.
    await page.locator('.scene-present-bar').hover();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.locator('.map-label').count(), { timeout: 60_000 }).toBe(8);
    expect(await page.locator('.scene-view.presenting').count()).toBe(1);
    await settle(page, 'Portfolio map');
    await page.screenshot({ path: screenshotPath('scene-presentation-map'), timeout: 180_000 });
    await page.locator('.scene-present-bar').hover();
    await page.getByRole('button', { name: 'Campus', exact: true }).click();
    await page.locator('.scene-readout dl').waitFor({ timeout: 90_000 });
  });

  it('leaves the presentation cleanly with Esc', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.scene-view.presenting').count()).toBe(0);
    expect(await page.getByLabel('Scenario').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Time scrubber' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  it('saves a story from views and plays it as a tour with its caption', async () => {
    await page.locator('.story-panel summary').click();
    await page.getByLabel('Step caption').fill('6 pm, 15 August: gas carries the peak');
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await page.getByLabel('Story name').fill('Board');
    await page.getByRole('button', { name: 'Save story' }).click();
    await expect.poll(() => page.locator('.story-panel [role="status"]').innerText()).toContain('Saved “Board” (1 steps)');
    await page.getByRole('button', { name: 'Play in presentation' }).click();
    await expect.poll(() => page.locator('.scene-caption').innerText()).toBe('6 pm, 15 August: gas carries the peak');
    expect(await page.locator('.scene-view.presenting').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.scene-view.presenting').count()).toBe(0);
    expect(await page.locator('.scene-caption').count()).toBe(0);
  });

  it('switches scenario and redraws without the grid when islanded', async () => {
    await page.getByLabel('Scenario').selectOption('islanded');
    await expect.poll(() => page.locator('.readout-grid dd').innerText(), { timeout: 90_000 }).toBe('not connected');
    expect(await page.locator('.grid-tag').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
