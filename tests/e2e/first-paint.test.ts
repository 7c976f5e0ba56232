import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { launchChromium, screenshotPath } from './support/browser';
import { startWebApp, type WebApp } from './support/web-server';

let tmp: ReturnType<typeof makeTempDir>;
let browser: Browser;
let app: WebApp;

beforeAll(async () => {
  tmp = makeTempDir('stargrid-e2e-');
  // The page waits for every row's answers however busy the machine (src/main/cli/commands/serve.ts):
  // the rows must be there to compare, not fast.
  [browser, app] = await Promise.all([launchChromium(), startWebApp(join(tmp.dir, 'e2e.stargrid'), tmp.dir, { STARGRID_FIRST_PAINT_BUDGET_MS: '600000' })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  tmp?.cleanup();
});

/** Each portfolio row's cells as the reader sees them: a supply-plan select by its chosen option. */
function readRows(page: Page): Promise<string[][]> {
  return page.$$eval('table[aria-label="Sites"] tr[data-site-id]', (rows) =>
    rows.map((tr) => [tr.getAttribute('data-site-id') ?? '', ...[...(tr as HTMLTableRowElement).cells].map((td) => td.querySelector('select')?.selectedOptions[0]?.textContent ?? td.textContent ?? '')]),
  );
}

/** Security-policy violations and script errors of a page, collected from its first script on. */
async function watch(page: Page): Promise<{ problems: string[]; simulateCalls: () => number }> {
  const problems: string[] = [];
  let simulate = 0;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Every refusal counts: zod runs jitless (src/renderer/zod-jitless.ts), so not even its eval probe is refused.
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (r.url().includes('/api/model:simulate')) simulate++;
  });
  await page.addInitScript('document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber + " " + e.sample));');
  return { problems, simulateCalls: () => simulate };
}

const notSimulating = () => !document.querySelector('[role="status"]')?.textContent?.includes('Simulating');

describe('the first portfolio rows sent by the server', () => {
  it('are the rows the page renders itself, number for number, under the strict CSP', { timeout: 600_000 }, async () => {
    // The server's page alone (no script runs).
    const serverOnly = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const bare = await serverOnly.newPage();
    await bare.goto(app.url, { timeout: 300_000 });
    const serverRows = await readRows(bare);
    expect(serverRows.filter((cells) => cells.includes('…'))).toEqual([]);
    // Seven Stargate sites by default (data/sites, `stargate: true`), as the page shows them.
    expect(serverRows).toHaveLength(7);
    // The whole start page, toolbar included, drawn by the server (no script ran here): the page hydrates it.
    expect(await bare.locator('[role="toolbar"]').count()).toBe(1);
    await bare.screenshot({ path: screenshotPath('first-paint-server-only') });
    await serverOnly.close();

    // The page on its own data: opened on another view, so the answers sent with the page are
    // spent there, and then on the portfolio, which asks the server for every row itself.
    const own = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const ownWatch = await watch(own);
    await own.goto(`${app.url}#/site`);
    await own.locator('#sites-title').waitFor({ timeout: 60_000 });
    await own.locator('nav.sidebar a[href="#/portfolio"]').click();
    await own.locator('table[aria-label="Sites"] tr[data-site-id]').first().waitFor({ timeout: 60_000 });
    await own.waitForFunction(notSimulating, undefined, { timeout: 120_000 });
    expect(ownWatch.simulateCalls()).toBeGreaterThanOrEqual(7);
    expect(await readRows(own)).toEqual(serverRows);
    expect(ownWatch.problems).toEqual([]);
    await own.close();

    // A first visit: the server's rows, then the page's first render from the same answers.
    const first = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const firstWatch = await watch(first);
    await first.goto(app.url);
    await first.waitForFunction(() => performance.getEntriesByName('stargrid:app-rendered').length > 0, undefined, { timeout: 60_000 });
    expect(await readRows(first)).toEqual(serverRows);
    await first.waitForFunction(notSimulating, undefined, { timeout: 120_000 });
    expect(await readRows(first)).toEqual(serverRows);
    expect(await first.locator('#stargrid-answers').count()).toBe(1);
    expect(firstWatch.problems).toEqual([]);
    await first.close();
  });
});
