import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('distillate-readout');

describe('the distillate line of the site workbench’s permits and gas readout (Chromium, web mode)', () => {
  it('shows the distillate burned, its cost and the truck refills when the pipeline falls short', async () => {
    // Abilene's aeroderivatives burn about 200,000 MMBtu a gas day at full output (CLI simulate):
    // an interruptible 200,000 MMBtu/day pipeline binds, and the 24 h tank and its trucks carry the rest.
    const scenario = { id: 'abilene-dual-fuel', name: 'Dual fuel', base: 'btm-gas', fuel: { pipelineMMBtuPerDay: 200_000, service: 'interruptible', distillateHoursAtFullLoad: 24 } };
    await session.api('scenarios:save', { scenario, siteId: 'abilene' });
    const page = await session.openPage();
    await page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] button.link').click();
    await page.locator('#scenario-pick').selectOption('abilene-dual-fuel');
    const readout = page.getByRole('region', { name: /Permits and gas/ });
    await expect.poll(() => readout.count(), { timeout: 90_000 }).toBe(1);
    const row = readout.locator('tr[data-budget="distillate"]');
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    const text = await row.innerText();
    expect(text).toMatch(/MMBtu burned, USD [\d.]+ M/);
    expect(text).toMatch(/refill 11,100 MMBtu\/day/);
    expect(text).toMatch(/refilled [\d,]+ MMBtu by truck on \d+ gas days/);
    await readout.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('distillate-readout'), fullPage: true });
    await readout.screenshot({ path: screenshotPath('distillate-readout-panel') });
    expect(page.errors).toEqual([]);
  }, 240_000);
});
