import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { webAppPerFile } from './support/session';

const session = webAppPerFile('project-switch');

const figure = (page: Page, id: string) => page.locator(`[aria-label="Results"] [data-figure="${id}"] .total-value`);

/** The API as the page calls it, with the token (and, when given, the project id the request is for). */
async function api<T>(channel: string, body: unknown, projectId?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${session.app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-stargrid-token': session.app.token, ...(projectId ? { 'x-stargrid-project': projectId } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

type Info = { project: { id: string; path: string } | null };

describe('a project owns its state (Chromium, web mode)', () => {
  it('edit Abilene’s supply, open a new project, Undo: the new project is untouched and every view renders', async () => {
    const page = await session.openPage();
    const first = (await api<Info>('app:info', {})).body.project;
    expect(first?.path).toBe(join(session.dir, 'project-switch.stargrid'));

    // The reproduction of issue 12: an edit of Abilene's supply saves the scenario `abilene-edited`.
    await page.locator('table[aria-label="Sites"] tr[data-site-id="abilene"] button.link').click();
    await expect.poll(() => figure(page, 'lcoe').innerText(), { timeout: 60_000 }).toMatch(/^USD \d/);
    await page.getByLabel('Scenario', { exact: true }).selectOption('btm-gas');
    await expect.poll(() => page.getByLabel('BTM gas capacity').inputValue(), { timeout: 60_000 }).not.toBe('0');
    const gas = Number(await page.getByLabel('BTM gas capacity').inputValue());
    await page.getByLabel('BTM gas capacity').fill(String(Math.round(gas / 3)));
    await expect.poll(() => page.getByLabel('Scenario', { exact: true }).inputValue(), { timeout: 60_000 }).toBe('abilene-edited');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isEnabled(), { timeout: 30_000 }).toBe(true);

    // File › New project, in the page (web mode has no native dialog).
    await page.getByRole('button', { name: 'New project…' }).click();
    const fresh = join(session.dir, 'fresh.stargrid');
    await page.getByLabel('New project: path of the .stargrid file').fill(fresh);
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => page.locator('.project-name').innerText(), { timeout: 30_000 }).toMatch(/^fresh — 8 sites/);

    // The old project's undo history went with it: Undo is disabled, and Ctrl+Z outside a field does nothing.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isDisabled(), { timeout: 30_000 }).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await new Promise((r) => setTimeout(r, 1500));
    const second = (await api<Info>('app:info', {})).body.project;
    expect(second?.path).toBe(fresh);
    const scenarios = (await api<{ scenarios: { id: string }[] }>('scenarios:list', {})).body.scenarios.map((s) => s.id);
    expect(scenarios).not.toContain('abilene-edited');

    // A request made for the old project is refused, whatever it asks, and changes nothing.
    const stale = await api<{ error: { code: string } }>('scenarios:delete', { id: 'abilene-edited' }, first?.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale-project');

    // Every view renders in the new project without an error state (no "no scenario with id 'abilene-edited'").
    const lcoeCells = page.locator('table[aria-label="Sites"] td[data-col="lcoe"]');
    await page.getByRole('link', { name: 'Portfolio' }).click();
    // All eight sites, not only the seven Stargate ones the table lists by default.
    await page.locator('#portfolio-sites').selectOption('all');
    await expect.poll(async () => (await lcoeCells.allInnerTexts()).filter((t) => /^USD \d/.test(t)).length, { timeout: 120_000 }).toBe(8);
    for (const view of ['Site', 'Compare', 'Rate impact', 'Assumptions', 'Runs', '3D', 'Portfolio']) {
      await page.getByRole('link', { name: view, exact: true }).click();
      await expect.poll(() => page.locator('main.content').innerText(), { timeout: 60_000 }).not.toMatch(/Loading/);
      expect(await page.locator('.state-error').count(), `${view} shows an error`).toBe(0);
      expect(await page.locator('main.content').innerText()).not.toContain('abilene-edited');
    }
    await page.getByRole('link', { name: 'Rate impact', exact: true }).click();
    await expect.poll(() => page.locator('main.content').innerText(), { timeout: 60_000 }).toMatch(/USD/);
    expect(await page.locator('.state-error').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('project-switch-rate-impact'), fullPage: true });
    expect(page.errors).toEqual([]);

    // The edit stayed where it was made: reopening the first project shows it.
    await api('project:open', { path: first?.path });
    const back = (await api<{ scenarios: { id: string }[] }>('scenarios:list', {})).body.scenarios.map((s) => s.id);
    expect(back).toContain('abilene-edited');
    await page.close();
    // Simulates every site twice over (both projects) on a busy 2-core machine: a generous net, not a speed check.
  }, 600_000);
});
