import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('rate-edit');

/** `+USD 1.23/month` → 1.23; `−USD 0.40/month` → −0.4. */
function billOf(text: string): number {
  const m = /^([+−±])USD (\d+\.\d\d)\/month$/.exec(text.trim());
  if (!m) throw new Error(`not a bill change: ${text}`);
  return (m[1] === '−' ? -1 : 1) * Number(m[2]);
}

describe('editing a host-utility input in the Rate impact view (web mode)', () => {
  it('re-runs the result after an edit, shows a refused edit on its row, and undoes the edit', async () => {
    const page: Page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.app.url}#/rate-impact`);
    await page.getByLabel('Site', { exact: true }).selectOption('saline');
    const headline = page.locator('table[aria-label="Household bill change"] tr[data-scenario="grid-only"] td.headline-cell button').first();
    await expect.poll(() => headline.count(), { timeout: 90_000 }).toBe(1);
    const kwh = page.getByLabel('utility.typicalResidentialKWhPerMonth value');
    await expect.poll(() => kwh.inputValue(), { timeout: 30_000 }).toBe('676');
    const before = billOf(await headline.innerText());
    expect(Math.abs(before)).toBeGreaterThan(0.05);
    expect(await page.getByText('not available yet').count()).toBe(0);

    // Δbill = Δrate / 100 × kWh per month: doubling Saline's 676 kWh doubles the bill change at the same rate change.
    // The shown figures are rounded to the cent, so the new one is within 0.01 of twice the old (±0.005 each side × 2, plus 0.005).
    await kwh.fill('1352');
    await kwh.press('Enter');
    await expect.poll(async () => billOf(await headline.innerText()), { timeout: 60_000 }).not.toBe(before);
    expect(Math.abs(billOf(await headline.innerText()) - 2 * before)).toBeLessThanOrEqual(0.0151);
    const row = page.locator('tr[data-path="utility.typicalResidentialKWhPerMonth"]');
    expect(await row.locator('.source').innerText()).toContain('user-edited');
    expect(await row.locator('.tag', { hasText: 'estimate' }).count()).toBe(0);

    // A negative residential sales figure is refused on its row, naming the path; Escape reverts the field.
    const sales = page.getByLabel('utility.classes.0.salesMWh value');
    await sales.fill('-5');
    await sales.press('Enter');
    const alert = page.locator('tr[data-path="utility.classes.0.salesMWh"] [role="alert"]');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('utility.classes.0.salesMWh');
    expect(await alert.innerText()).toContain('must not be negative');
    await sales.focus();
    await sales.press('Escape');
    expect(await sales.inputValue()).toBe('16630000');
    await page.screenshot({ path: screenshotPath('rate-impact-edit'), fullPage: true });

    // Undo (outside a text field) restores the bundled 676 kWh and the original headline.
    await page.locator('h1#rate-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => kwh.inputValue(), { timeout: 30_000 }).toBe('676');
    await expect.poll(async () => billOf(await headline.innerText()), { timeout: 60_000 }).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
