import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('headroom-view');

describe('the grid-headroom view in Chromium (web mode)', () => {
  it('opens from the sidebar, lists the five shipped systems with numbers and draws the heat map and both charts', async () => {
    const page = await session.openPage('#/');
    await page.getByRole('link', { name: 'Grid headroom' }).click();
    const table = page.locator('table[aria-label="Headroom of the shipped systems"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 90_000 }).toBe(5);
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
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);
});
