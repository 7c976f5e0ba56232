import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('series-undo');

/** A year of hourly campus IT load at `mw` MW. Lordstown has 300 MW of IT (data/sites/lordstown.json), so both levels used fit. */
function flatLoad(mw: number): string {
  return ['load_MW', ...Array.from({ length: 8760 }, () => String(mw))].join('\n') + '\n';
}

type Stored = { series: { info: { fileName: string | null }; bodyBase64: string } | null };

describe('attaching and removing an hourly series can be undone (Chromium, web mode)', () => {
  it('attach a load on a site, Undo: the attached list is as before and the old file is back; Remove, Undo: it is back again', async () => {
    // Lordstown already runs on a 100 MW load file: an attach replaces it, so Undo must put it back, not only remove.
    await session.api('import:load', { fileName: 'flat-100.csv', text: flatLoad(100), attachTo: 'lordstown' });
    const original = await session.api<Stored>('series:get', { siteId: 'lordstown', kind: 'load' });

    const page = await session.openPage();
    await page.locator('table[aria-label="Sites"] tr[data-site-id="lordstown"] button.link').click();
    const attached = page.getByRole('region', { name: 'Attached hourly series' });
    await expect.poll(() => attached.innerText(), { timeout: 60_000 }).toContain('flat-100.csv');
    const before = await attached.innerText();
    // 100 MW flat: peak = mean = 100 MW.
    expect(before).toMatch(/peak 100 MW, mean 100 MW/);

    const file = join(session.dir, 'flat-250.csv');
    writeFileSync(file, flatLoad(250));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await dialog.getByLabel('What the file holds').selectOption('load');
    await dialog.getByLabel('File', { exact: true }).setInputFiles(file);
    await dialog.getByLabel('Attach to site').selectOption('lordstown');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 60_000 }).toMatch(/Attached to lordstown/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => attached.innerText(), { timeout: 60_000 }).toContain('flat-250.csv');
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo attach flat-250.csv to lordstown (Ctrl+Z)');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => attached.innerText(), { timeout: 60_000 }).toBe(before);
    expect(await session.api<Stored>('series:get', { siteId: 'lordstown', kind: 'load' })).toMatchObject({ series: { bodyBase64: original.series?.bodyBase64, info: { fileName: 'flat-100.csv' } } });
    await page.screenshot({ path: screenshotPath('series-undo-attach'), fullPage: false });

    // Remove, then Undo: the same file comes back; Redo removes it again.
    await attached.getByRole('button', { name: 'Remove the attached load' }).click();
    await expect.poll(() => attached.count(), { timeout: 60_000 }).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => ((await attached.count()) === 0 ? '' : attached.innerText()), { timeout: 60_000 }).toBe(before);
    expect((await session.api<Stored>('series:get', { siteId: 'lordstown', kind: 'load' })).series?.bodyBase64).toBe(original.series?.bodyBase64);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => attached.count(), { timeout: 60_000 }).toBe(0);
    expect((await session.api<Stored>('series:get', { siteId: 'lordstown', kind: 'load' })).series).toBeNull();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
