import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';
import type { HeadroomSystemResponse } from '../../src/api/schemas/headroom';
import { syntheticSystemLoadCsv } from '../fixtures/headroom/synthetic-system-load';

const session = webAppPerFile('headroom-view');

describe('the grid-headroom view in Chromium (web mode)', () => {
  it('opens from the sidebar, lists the five shipped systems with numbers and draws the heat map and both charts', async () => {
    const page = await session.openPage('#/');
    // Long tasks on the UI thread (> 50 ms) while the view opens and redraws, logged for the report (timings are not asserted).
    await page.evaluate(() => {
      const w = window as unknown as { longTasksMs: number[] };
      w.longTasksMs = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasksMs.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: false });
    });
    await expect.poll(() => page.locator('nav.sidebar a[aria-current="page"]').innerText(), { timeout: 60_000 }).toBe('Portfolio');
    await page.waitForTimeout(2000);
    const longTasks = () => page.evaluate(() => (window as unknown as { longTasksMs: number[] }).longTasksMs.splice(0));
    await longTasks();
    await page.getByRole('link', { name: 'Grid headroom' }).click();
    const table = page.locator('table[aria-label="Headroom of the shipped systems"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 90_000 }).toBe(5);
    await expect.poll(() => page.locator('figure.chart canvas').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const opening = await longTasks();
    await page.getByRole('button', { name: '1 %', exact: true }).click();
    await expect.poll(() => table.locator('caption').innerText(), { timeout: 60_000 }).toContain('curtailment at 1 %');
    await expect.poll(() => page.locator('dl.headroom-figures dt').first().innerText()).toBe('Headroom');
    await page.waitForTimeout(500);
    console.log(`headroom view: UI-thread long tasks (ms) opening the view ${JSON.stringify(opening)}, switching to 1 % ${JSON.stringify(await longTasks())}`);
    await page.getByRole('button', { name: '0.5 %', exact: true }).click();
    await expect.poll(() => table.locator('caption').innerText(), { timeout: 60_000 }).toContain('curtailment at 0.5 %');
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-system')))).toEqual(['ERCO', 'PJM', 'MISO', 'SWPP', 'EPE']);
    // ERCOT at 0.5 % over all shipped hours is 8.4 GW (data/system-load/README.md, to its one decimal); Duke's is 10.0 GW.
    expect(Math.abs(Number(await table.locator('tr[data-system="ERCO"] td[data-pct="0.5"]').innerText()) - 8.4)).toBeLessThanOrEqual(0.05);
    expect(await table.locator('tr[data-system="ERCO"] td[data-published]').innerText()).toBe('10.0');
    expect(await table.locator('tr[data-system="EPE"] td[data-published]').innerText()).toBe('—');
    for (const text of await table.locator('td[data-pct]').allInnerTexts()) expect(Number(text)).toBeGreaterThan(0);

    // The heat map draws: its cells are coloured and its pixels are not one flat colour.
    const heat = page.locator('figure.headroom-heat svg');
    await expect.poll(() => heat.count(), { timeout: 60_000 }).toBe(1);
    expect(await heat.locator('rect.heat-cell:not([fill="transparent"])').count()).toBeGreaterThan(20);
    const png = await heat.screenshot();
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 7) seen.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(10);
    await expect.poll(() => page.locator('figure.chart canvas').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('headroom-view'), fullPage: false });
    await page.screenshot({ path: screenshotPath('headroom-view-full'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('follows the limit and year pickers, and says what is wrong with a custom limit out of range', async () => {
    const page = await session.openPage('#/headroom');
    const table = page.locator('table[aria-label="Headroom of the shipped systems"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 90_000 }).toBe(5);
    await page.locator('#headroom-system').selectOption('PJM');
    await page.getByRole('button', { name: '1 %', exact: true }).click();
    // PJM at 1 % over all hours: 23.0 GW; in 2018 alone at 0.5 %: 11.9 GW (data/system-load/README.md, to one decimal).
    const headline = async () => Number((await page.locator('dl.headroom-figures dd').first().innerText()).replace(' GW', ''));
    await expect.poll(async () => Math.abs((await headline()) - 23.0), { timeout: 60_000 }).toBeLessThanOrEqual(0.05);
    await page.getByRole('button', { name: '0.5 %', exact: true }).click();
    await expect.poll(() => page.locator('#headroom-year option').count(), { timeout: 60_000 }).toBe(5);
    await page.locator('#headroom-year').selectOption('2018');
    await expect.poll(async () => Math.abs((await headline()) - 11.9), { timeout: 60_000 }).toBeLessThanOrEqual(0.05);
    await expect.poll(async () => Math.abs(Number(await table.locator('tr[data-system="PJM"] td[data-pct="0.5"]').innerText()) - 11.9), { timeout: 60_000 }).toBeLessThanOrEqual(0.05);
    await page.getByRole('button', { name: 'Custom' }).click();
    await page.getByLabel('Custom curtailment limit, %').fill('95');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('between 0 and 90');
    // At 0 % the peak hour itself has no room: no headroom, so nothing to map, and the view says so.
    await page.getByLabel('Custom curtailment limit, %').fill('0');
    await expect.poll(() => page.locator('.state-empty').innerText(), { timeout: 60_000 }).toContain('No hour is curtailed at 0 %');
    // A file that is not an hourly system load is refused with the reason, and the shipped systems stay.
    await page.locator('#headroom-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('date_time,load_MW\n2019-01-01 00:00,5\n') });
    await expect.poll(() => page.locator('.state-error').first().innerText(), { timeout: 60_000 }).toMatch(/Something went wrong\..+/);
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 60_000 }).toBe(5);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('offers the system load attached to a site beside the shipped systems, and fills the table from one request', async () => {
    await session.api('import:systemLoad', { text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', attachTo: 'abilene' });
    const page = await session.openPage('#/');
    await expect.poll(() => page.locator('tr[data-site-id]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const headroomCalls: string[] = [];
    page.on('request', (r) => {
      const m = /\/api\/(headroom:[a-z]+)$/.exec(r.url());
      if (m?.[1]) headroomCalls.push(m[1]);
    });
    await page.getByRole('link', { name: 'Grid headroom' }).click();
    const table = page.locator('table[aria-label="Headroom of the shipped systems"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 90_000 }).toBe(5);
    await expect.poll(() => page.locator('#headroom-system option[value="site:abilene"]').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('#headroom-system optgroup').getAttribute('label')).toBe('Attached to a site of this project');
    expect(await page.locator('#headroom-system option[value="site:abilene"]').innerText()).toMatch(/Abilene.*: abilene-host\.csv/);
    // The table from one batch request (it was 20), beside the chosen system's and the attached list's.
    expect([...headroomCalls].sort()).toEqual(['headroom:attached', 'headroom:system', 'headroom:systems']);

    await page.locator('#headroom-system').selectOption('site:abilene');
    // Read on ERCOT's clock as the model reads Abilene's attached load: the service's answer for the same file with ba ERCO.
    const expected = await session.api<HeadroomSystemResponse>('headroom:system', { text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', ba: 'ERCO', curtailmentPct: 0.5 });
    await expect.poll(() => page.locator('dl.headroom-figures dd').first().innerText(), { timeout: 60_000 }).toBe(`${(expected.headroomMW / 1000).toPrecision(3)} GW`);
    await expect.poll(() => page.locator('figure.headroom-heat svg').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.locator('#headroom-year option').count(), { timeout: 60_000 }).toBe(2); // all years, and 2019 (the one whole year)
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('headroom-view-attached'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);
});
