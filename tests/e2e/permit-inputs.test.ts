import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('permit-inputs');

describe('permit and gas-supply inputs in the site workbench (Chromium, web mode)', () => {
  it('refuses a negative NOx limit naming the problem, then takes a 2,000-ton limit and shows the budget bind', async () => {
    const page = await session.openPage('');
    await page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] button.link').click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('btm-gas');
    await expect.poll(() => page.locator('.supply-status').innerText(), { timeout: 60_000 }).toContain('Simulated');
    const nox = page.locator('#pf-noxTonsPerYear');
    await expect.poll(() => nox.isEnabled(), { timeout: 60_000 }).toBe(true);

    // The scenario schema's own words, on the field; nothing is saved.
    await nox.fill('-5');
    await expect.poll(() => page.locator('#pf-noxTonsPerYear-error').innerText(), { timeout: 30_000 }).toContain('must be between 0 and 10000000');
    expect(await page.locator('#scenario-pick').inputValue()).toBe('btm-gas');

    // Abilene's btm-gas fleet emits about 4,000 short tons of NOx a year (CLI: 40 t bind at hour 85),
    // so a 2,000-ton limit is spent part-way through the year and holds the fleet back after that.
    await nox.fill('2000');
    const row = page.locator('.permit-budgets tr[data-budget="noxTonsPerYear"]');
    await expect.poll(() => row.innerText(), { timeout: 90_000 }).toMatch(/2,000 short tons/);
    await expect.poll(() => row.innerText(), { timeout: 90_000 }).toMatch(/held back/);
    expect(await row.getAttribute('class')).toBe('row-warn');
    expect(await page.locator('#scenario-pick').inputValue()).toBe('abilene-edited');
    await page.locator('.permit-fuel-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('permit-inputs'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 240_000);
});
