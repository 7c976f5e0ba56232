import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile, type TrackedPage } from './support/session';

const session = webAppPerFile('workbench-runs');

const openPage = (hash = ''): Promise<TrackedPage> => session.openPage(hash);

const BILL = /^[+−±]USD \d+\.\d\d\/month$/;

describe('rate impact, runs and traceable numbers in Chromium (web mode)', () => {
  it('shows the household bill change for grid-only, hybrid and islanded under 4CP and average-and-excess', async () => {
    const page = await openPage('#/rate-impact');
    await page.getByLabel('Site', { exact: true }).selectOption('lordstown');
    const headline = page.locator('table[aria-label="Household bill change"]');
    await expect.poll(() => headline.locator('tbody tr').count(), { timeout: 90_000 }).toBe(3);
    expect(await headline.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scenario')))).toEqual(['grid-only', 'hybrid', 'islanded']);
    expect(await headline.locator('thead th.num').allInnerTexts()).toEqual(['4CP (summer coincident peaks)', 'Average and excess']);
    const cells = headline.locator('td.headline-cell button');
    expect(await cells.count()).toBe(6);
    for (const text of await cells.allInnerTexts()) expect(text).toMatch(BILL);
    // Lordstown's host file marks its rate base as an estimate, so every bill change carries the mark.
    expect(await headline.locator('.estimate-mark').count()).toBe(6);
    // An islanded campus takes nothing from the grid: no change to anyone's bill.
    expect(await headline.locator('tr[data-scenario="islanded"] td.headline-cell button').allInnerTexts()).toEqual(['±USD 0.00/month', '±USD 0.00/month']);

    await cells.first().click();
    const panel = page.getByRole('complementary', { name: 'Formula' });
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('residential.billChangeUSDPerMonth');
    expect(await panel.innerText()).toContain('typicalResidentialKWhPerMonth');
    expect(await page.locator('table[aria-label="Rate impact details"] tr[data-metric]').count()).toBeGreaterThan(8);
    expect(await page.locator('table[aria-label="Host-utility inputs"] tbody tr').count()).toBeGreaterThan(5);
    // The host-utility inputs are editable fields now (tests/e2e/rate-impact-edit.test.ts edits one).
    expect(await page.locator('table[aria-label="Host-utility inputs"] tbody tr input').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('figure.chart').count(), { timeout: 10_000 }).toBe(2);
    await page.screenshot({ path: screenshotPath('workbench-rate-impact'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('runs a sensitivity study with a progress bar and then draws its tornado', async () => {
    const page = await openPage('#/runs');
    await page.getByLabel('Site', { exact: true }).selectOption('abilene');
    await page.getByLabel('Sensitivity (tornado)').check();
    await page.getByRole('button', { name: 'Start run' }).click();
    const card = page.locator('article.run-card').first();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 10_000 }).toBe('running');
    expect(await card.getByRole('progressbar').count()).toBe(1);
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 120_000 }).toBe('done');
    const tornado = card.locator('figure.tornado').first();
    await expect.poll(() => tornado.getAttribute('aria-label')).toBe('Tornado: LCOE');
    // The Abilene hybrid tornado has one bar per input the scenario uses (gas, capex, discount rate, …).
    expect(await tornado.locator('g[data-bar]').count()).toBeGreaterThan(4);
    expect(await tornado.locator('g[data-bar="discountRate"]').count()).toBe(1);
    await expect.poll(() => page.locator('table[aria-label="Run history"] tbody tr[data-status="done"]').count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: screenshotPath('workbench-runs-tornado'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a Monte Carlo with and without common-mode events and the events that dominate lost load', async () => {
    const page = await openPage('#/runs');
    await page.getByLabel('Site', { exact: true }).selectOption('shackelford');
    await page.getByLabel('Scenario', { exact: true }).selectOption('islanded');
    await page.getByLabel('Monte Carlo reliability').check();
    await page.getByLabel('Simulated years').fill('300');
    await page.getByRole('button', { name: 'Start run' }).click();
    const card = page.locator('article.run-card').first();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 180_000 }).toBe('done');
    const pairs = card.locator('table[aria-label="Availability with and without common-mode events"] tbody tr');
    expect(await pairs.count()).toBe(3);
    expect(await card.locator('p[data-note="common-mode"]').innerText()).toContain('Winter Storm Uri');
    const designs = card.locator('table[aria-label="Reliability by design"] tbody tr');
    expect(await designs.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case')))).toEqual(
      expect.arrayContaining(['N without common-mode', 'N', 'N, dual fuel', expect.stringMatching(/^N \+ battery/), expect.stringMatching(/^N \+ grid backup/)]),
    );
    // Shackelford's 163 engines never fall short on independent failures in 300 years (the bench's
    // 3,000 do not either), so what N loses with the events is lost to gas supply.
    expect(await card.locator('td[data-causes="N"]').innerText()).toMatch(/^gas supply \d+%/);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('workbench-runs-common-mode'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('cancels a 100000-year Monte Carlo from the window, and the history says cancelled', async () => {
    const page = await openPage('#/runs');
    await page.getByLabel('Site', { exact: true }).selectOption('abilene');
    await page.getByLabel('Monte Carlo reliability').check();
    await page.getByLabel('Simulated years').fill('100000');
    await page.getByRole('button', { name: 'Start run' }).click();
    const card = page.locator('article.run-card').first();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 60_000 }).toBe('running');
    // The card names the run by its UUID and by its row in the project's history.
    const historyId = await card.getAttribute('data-history-id');
    expect(historyId).toMatch(/^\d+$/);
    await expect.poll(async () => Number(await card.getByRole('progressbar').getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThan(0);
    // The window keeps answering while the run works in a service thread.
    await page.getByLabel('Random seed').fill('7');
    expect(await page.getByLabel('Random seed').inputValue()).toBe('7');
    await page.screenshot({ path: screenshotPath('workbench-runs-progress') });
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled');
    const row = page.locator(`table[aria-label="Run history"] tr[data-run-id="${historyId}"]`);
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled');
    expect(await row.locator('.run-status').textContent()).toBe('cancelled');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the Assumptions view at the formula of an LCOE clicked in the portfolio table', async () => {
    const page = await openPage();
    const lcoe = page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] td[data-col="lcoe"] button.trace-link');
    await expect.poll(() => lcoe.count(), { timeout: 90_000 }).toBe(1);
    const shown = await lcoe.innerText();
    await lcoe.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/assumptions');
    const panel = page.getByRole('complementary', { name: 'Formula' });
    await expect.poll(() => panel.innerText(), { timeout: 60_000 }).toContain('lcoeUSDPerMWh');
    expect(await panel.innerText()).toContain('Formula:');
    expect(await panel.locator('table[aria-label="Inputs of the formula"] tbody tr').count()).toBeGreaterThan(0);
    // The sheet's value is the number that was clicked (same three significant figures).
    expect(shown).toContain((await panel.locator('[data-trace-value]').innerText()).split(' ')[0] ?? 'missing');
    expect(await page.locator('tr.row-traced').getAttribute('data-row')).toBe('lcoeUSDPerMWh');
    await page.screenshot({ path: screenshotPath('workbench-trace-lcoe') });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('goes from the 3D view back to the portfolio without a page error', async () => {
    const page = await openPage('#/3d');
    await page.waitForSelector('h1');
    await page.waitForTimeout(3000);
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.waitForSelector('table[aria-label="Sites"]', { timeout: 30_000 });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
