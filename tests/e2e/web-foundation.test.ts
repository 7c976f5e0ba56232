import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { launchChromium, screenshotPath } from './support/browser';
import { startWebApp, type WebApp } from './support/web-server';

let tmp: ReturnType<typeof makeTempDir>;
let browser: Browser;
let app: WebApp;
let projectPath: string;

beforeAll(async () => {
  tmp = makeTempDir('stargrid-e2e-');
  projectPath = join(tmp.dir, 'e2e.stargrid');
  [browser, app] = await Promise.all([launchChromium(), startWebApp(projectPath, tmp.dir)]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  tmp?.cleanup();
});

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function siteIds(): Promise<string[]> {
  const res = await fetch(`${app.origin}/api/sites:list`, { method: 'POST', headers: { 'x-stargrid-token': app.token }, body: '{}' });
  return ((await res.json()) as { sites: { id: string }[] }).sites.map((s) => s.id);
}

describe('web mode in Chromium', () => {
  it('loads the planner and lists the bundled sites', async () => {
    const page = await openPage();
    const rows = page.locator('table[aria-label="Sites"] tbody tr');
    // The seven Stargate sites by default; "All sites" adds the related eighth (data/sites, `stargate: false`).
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(7);
    await expect.poll(() => page.locator('table[aria-label="Sites"]').innerText()).toContain('Abilene');
    await page.locator('#portfolio-sites').selectOption('all');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(8);
    await page.screenshot({ path: screenshotPath('portfolio') });
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('shows an inline error for a phase with negative MW and saves nothing', async () => {
    const page = await openPage();
    await page.getByRole('link', { name: 'Site' }).click();
    await page.getByRole('button', { name: 'New site' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Negative Test Campus');
    await page.getByLabel('State').fill('TX');
    await page.getByLabel('County').fill('Taylor County');
    await page.getByLabel('Latitude').fill('32.4');
    await page.getByLabel('Longitude').fill('-99.7');
    await page.getByLabel('Host utility').fill('Test Electric');
    await page.getByLabel('Phase 1 MW').fill('-50');
    await page.getByRole('button', { name: 'Save site' }).click();
    const error = page.locator('#phase-0-mw-error');
    await expect.poll(() => error.innerText()).toBe('must be ≥ 0');
    await page.screenshot({ path: screenshotPath('site-form-error') });
    expect(await siteIds()).not.toContain('negative-test-campus');
    await page.close();
  });

  it('creates a site that is still there after the server restarts', async () => {
    const page = await openPage();
    await page.getByRole('link', { name: 'Site' }).click();
    await page.getByRole('button', { name: 'New site' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Prairie Test Campus');
    await page.getByLabel('State').fill('KS');
    await page.getByLabel('County').fill('Ford County');
    await page.getByLabel('Latitude').fill('37.75');
    await page.getByLabel('Longitude').fill('-100.02');
    await page.getByLabel('Host utility').fill('Evergy');
    await page.getByLabel('Grid connection (POI) limit').fill('600');
    // Kansas has no bundled industrial rate, so the site needs its own energy price to be runnable.
    await page.getByLabel('Grid energy price').fill('62');
    await page.getByLabel('Phase 1 MW').fill('400');
    await page.getByRole('button', { name: 'Save site' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Saved Prairie Test Campus');
    await page.close();

    await app.stop();
    app = await startWebApp(projectPath, tmp.dir);
    expect(await siteIds()).toContain('prairie-test-campus');
    const again = await openPage();
    await again.getByRole('link', { name: 'Site' }).click();
    await expect.poll(() => again.getByRole('list', { name: 'Site list' }).innerText(), { timeout: 30_000 }).toContain('Prairie Test Campus');
    await again.screenshot({ path: screenshotPath('site-list') });
    await again.close();
  });
});
