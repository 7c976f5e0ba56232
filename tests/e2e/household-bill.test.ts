import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile, type TrackedPage } from './support/session';

const session = webAppPerFile('household-bill');

/** A formatted bill change (`−USD 0.58/month`, the map's ` est.` mark dropped), checked to be one. */
function bill(text: string): string {
  const t = text.replace(/ est\.$/, '').trim();
  expect(t).toMatch(/^[+−±]USD \d+(\.\d\d)?\/month$/);
  return t;
}

async function textOnce(page: TrackedPage, selector: string, ready: (t: string) => boolean): Promise<string> {
  const locator = page.locator(selector).first();
  // The text that passed, not a second read: a view re-rendering in between would read '' or '…'.
  let text = '';
  await expect
    .poll(
      async () => {
        text = (await locator.count()) > 0 ? await locator.innerText() : '';
        return ready(text);
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  return text;
}

// Issue 13: one household-bill figure — the same number in the portfolio table, the map, the
// rate-impact view and the report, for a PJM site whose figure has a capacity-market channel
// and an ERCOT site whose 4CP hours come from the system load.
describe.each([
  { siteId: 'piketon', mapName: /Piketon/ },
  { siteId: 'abilene', mapName: /Abilene/ },
])('the household bill change of $siteId (hybrid, the default plan)', ({ siteId, mapName }) => {
  it('is the same in the portfolio table, the map, the rate-impact view and the report', async () => {
    const page = await session.openPage('#/');
    // Piketon is not branded Stargate: the table lists it under "All sites".
    await page.locator('#portfolio-sites').selectOption('all');
    const portfolio = bill(await textOnce(page, `tr[data-site-id="${siteId}"] td[data-col="bill-change"]`, (t) => t !== '…'));

    await page.goto(`${session.app.url}#/rate-impact`);
    await page.getByLabel('Site', { exact: true }).selectOption(siteId);
    const rate = bill(await textOnce(page, 'table[aria-label="Household bill change"] tr[data-scenario="hybrid"] td[data-method="4CP"] button', (t) => /USD/.test(t)));
    // The decomposition beside it names the year and the channels.
    const decomposition = await textOnce(page, `.household-notes li[data-scenario="hybrid"]`, (t) => t.length > 0);
    expect(decomposition).toMatch(/cost of service/);
    expect(decomposition).toMatch(/hours of (PJM|ERCO) load of 2019/);
    if (siteId === 'piketon') expect(decomposition).toMatch(/capacity market/);
    await page.screenshot({ path: screenshotPath(`household-bill-rate-${siteId}`), fullPage: true });

    await page.goto(`${session.app.url}#/3d`);
    await page.getByRole('button', { name: 'Portfolio map' }).click();
    await page.getByRole('button', { name: 'Residential bill change' }).click();
    const label = page.locator('.map-label', { hasText: mapName }).locator('.map-label-bill');
    // Wait for the figure itself: the label is drawn empty while the site's rate impact loads.
    let mapText = '';
    await expect
      .poll(
        async () => {
          mapText = (await label.count()) > 0 ? await label.innerText() : '';
          return /USD/.test(mapText);
        },
        { timeout: 120_000 },
      )
      .toBe(true);
    const map = bill(mapText);

    await page.goto(`${session.app.url}#/report/site/${siteId}?scenario=hybrid`);
    const report = bill(await textOnce(page, '[data-figure="bill-change"] .total-value', (t) => /USD/.test(t)));

    expect({ rate, map, report }).toEqual({ rate: portfolio, map: portfolio, report: portfolio });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 400_000);
});
