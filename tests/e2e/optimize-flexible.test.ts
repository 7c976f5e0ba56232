import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('optimize-flexible');

describe('the optimizer with a flexible grid offer in Chromium (web mode)', () => {
  it('runs Abilene 2028 with 840 MW firm and up to 360 MW flexible and shows the flexible answer and its frontier', async () => {
    const page = await session.openPage('#/runs');
    await page.getByLabel('Site', { exact: true }).selectOption('abilene');
    await page.getByLabel('Optimization').check();
    await page.getByLabel('Model year').fill('2028');
    await page.getByLabel('Representative days').fill('12');
    await page.getByLabel('Monte Carlo years of the re-check').fill('20');
    await page.getByLabel('Availability target, %').fill('0');
    await page.getByLabel('Flexible grid offer, MW').fill('360');
    await page.getByLabel('Firm grid offer, MW').fill('840');
    await page.getByLabel('Flexible queue, months').fill('24');
    await page.getByLabel('Firm queue, months').fill('36');
    await page.getByRole('button', { name: 'Start run' }).click();
    const card = page.locator('article.run-card').first();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 300_000 }).toBe('done');
    const summary = card.locator('table[aria-label="Flexible grid"]');
    expect(await summary.innerText()).toMatch(/Energized earlier\s+12 months/);
    const frontier = card.locator('table[aria-label="Flexible grid frontier"] tbody tr');
    // 0, the 360 MW offer and the breakpoints between (flexible-grid unit tests hand-work the choice).
    expect(await frontier.count()).toBeGreaterThanOrEqual(3);
    expect(await frontier.first().locator('td').first().innerText()).toMatch(/^0\b/);
    expect(await card.locator('table[aria-label="Flexible grid frontier"] tr[aria-current="true"]').count()).toBe(1);
    await card.locator('table[aria-label="Flexible grid frontier"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('optimize-flexible'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 400_000);
});
