import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('flexible-grid');
const figure = (page: Page, id: string) => page.locator(`[aria-label="Results"] [data-figure="${id}"] .total-value`);

describe('a flexible grid connection in the site workbench (Chromium, web mode)', () => {
  it('takes firm and flexible MW, and shows in 2028 (once the flexible part energizes) the hours curtailed and what covered them', async () => {
    const page = await session.openPage('');
    await page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] button.link').click();
    await expect.poll(() => figure(page, 'lcoe').innerText(), { timeout: 60_000 }).toMatch(/^USD \d/);
    await page.getByLabel('Scenario', { exact: true }).selectOption('grid-only');
    await expect.poll(() => page.locator('.supply-status').innerText(), { timeout: 60_000 }).toContain('Simulated');
    await page.getByLabel('Firm grid import').fill('840');
    await page.getByLabel('Flexible grid import').fill('360');
    const readout = page.locator('[aria-label="Flexible grid curtailment"]');
    // Design year 2026: the flexible part queues 24 months from the 2026 planning year (an estimate), so it is not in service yet.
    await expect.poll(() => readout.innerText(), { timeout: 60_000 }).toContain('energizes in 2028');
    await page.locator('#workbench-year').selectOption('2028');
    await expect.poll(() => page.locator('.supply-status').innerText(), { timeout: 60_000 }).toContain('Simulated 2028');
    await expect.poll(() => readout.innerText(), { timeout: 60_000 }).toMatch(/Hours curtailed\s+\d+ h in \d+ event/);
    const text = await readout.innerText();
    expect(text).toContain('840 MW firm + 360 MW flexible');
    expect(text).toMatch(/Workload curtailed\s+[\d.]+ (MWh|GWh) at USD 1\.30k?\/MWh|Workload curtailed\s+[\d.]+ (MWh|GWh) at USD 1300\/MWh/);
    await page.screenshot({ path: screenshotPath('flexible-grid-workbench'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('marks the curtailed hours on the 3D scrubber, and at one the readout says the campus runs on its own supply', async () => {
    // In service from the planning year (no flexible queue), so the 3D view's design year has it.
    const scenario = { id: 'abilene-flex', name: 'Flexible grid', base: 'grid-only', grid: { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 } };
    await session.api('scenarios:save', { scenario, siteId: 'abilene' });
    const page = await session.openPage('#/3d');
    page.setDefaultTimeout(180_000);
    await page.getByLabel('Scenario', { exact: true }).selectOption('abilene-flex');
    const marks = page.locator('svg.scrub-marks');
    await expect.poll(() => marks.getAttribute('aria-label'), { timeout: 120_000 }).toMatch(/^\d+ curtailed hours$/);
    await page.getByRole('button', { name: 'Next curtailed hour' }).click();
    const readout = page.locator('[aria-label="Dispatch at this hour"]');
    await expect.poll(() => readout.innerText(), { timeout: 60_000 }).toContain('flexible part curtailed');
    expect(await readout.innerText()).toContain('runs on its own supply');
    // A grid-only campus has no supply of its own: what the firm part leaves is workload curtailed, not unserved load.
    expect(await readout.innerText()).toMatch(/Workload curtailed \d+ MW/);
    await page.screenshot({ path: screenshotPath('flexible-grid-3d-curtailed') });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 300_000);
});
