import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('permits-readout');

describe('the permits and gas readout of the site workbench (Chromium, web mode)', () => {
  it('shows an hours budget and an interruptible pipeline used against their limits, with the hour each binds', async () => {
    const scenario = { id: 'abilene-permitted', name: 'Permitted gas', base: 'btm-gas', permits: { hoursPerUnit: 3000, noxTonsPerYear: 249 }, fuel: { pipelineMMBtuPerDay: 200_000, service: 'interruptible', storageHoursAtFullLoad: 12 } };
    await session.api('scenarios:save', { scenario, siteId: 'abilene' });
    const page = await session.openPage();
    await page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] button.link').click();
    await page.locator('#scenario-pick').selectOption('abilene-permitted');
    const readout = page.getByRole('region', { name: /Permits and gas/ });
    await expect.poll(() => readout.count(), { timeout: 90_000 }).toBe(1);
    const hours = readout.locator('tr[data-budget="hoursPerUnit"]');
    await expect.poll(() => hours.innerText(), { timeout: 60_000 }).toMatch(/3,000 h/);
    expect(await readout.locator('tr[data-budget="noxTonsPerYear"]').innerText()).toMatch(/249 short tons/);
    expect(await readout.locator('tr[data-budget="pipeline"]').innerText()).toMatch(/interruptible/);
    expect(await readout.locator('tr[data-budget="storage"]').innerText()).toMatch(/MMBtu tank/);
    await readout.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('permits-readout'), fullPage: true });
    expect(page.errors).toEqual([]);
  }, 240_000);
});
