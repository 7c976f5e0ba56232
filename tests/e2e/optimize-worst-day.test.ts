import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('optimize-worst-day');

describe('the optimizer view with the worst-day reliability target in Chromium (web mode)', () => {
  it('shows the target, the dual fuel added and the lost hours with and without events beside the N+k answer', async () => {
    const page = await session.openPage('#/runs');
    await page.getByLabel('Optimization').check();
    await page.getByLabel('Site', { exact: true }).selectOption('shackelford');
    await page.getByLabel('Scenario', { exact: true }).selectOption('islanded');
    await page.getByLabel('Representative days').fill('8');
    await page.getByLabel('Reliability target').selectOption('worst-day');
    await page.getByRole('button', { name: 'Start run' }).click();
    const card = page.locator('article.run-card').first();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 300_000, interval: 1000 }).toBe('done');
    expect(await card.innerText()).toContain('target firm on the worst day');
    const section = card.getByRole('region', { name: 'Worst-day target' });
    expect(await section.innerText()).toContain('gas-supply interruption in the cold snap');
    // Islanded Shackelford: the answer adds dual fuel (a positive MW figure) against the N+k mix.
    expect(await section.locator('table[aria-label="Added against N+k"] tr', { hasText: 'Dual fuel' }).locator('td').innerText()).toMatch(/^[1-9][\d,.]* (MW|GW)$/);
    const table = section.locator('table[aria-label="N+1 on paper against firm on the worst day"]');
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-target')))).toEqual(['n-plus-k', 'worst-day']);
    // The re-check met the availability target with the common-mode events: the verdict says so, with the steps it took when any.
    const sectionText = await section.innerText();
    expect(sectionText).toMatch(/With the common-mode events \(2,000 years, seed 1\) the re-checked mix lost/);
    expect(sectionText).toMatch(/: met\.|No fix was needed\./);
    if (!sectionText.includes('No fix was needed.')) expect(await section.locator('table[aria-label="Fixes for the common-mode events"] tbody tr').count()).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('optimize-worst-day'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 400_000);
});
