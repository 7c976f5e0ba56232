import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServices } from '../helpers/services';
import { makeTempDir } from '../helpers/temp-dir';
import { launchChromium, screenshotPath } from './support/browser';
import { startWebApp, type WebApp } from './support/web-server';

/** The title every disabled edit control carries (src/renderer/state/read-only.ts). */
const WHY = /^The project is read-only \(this file cannot be written\); use “Save project as” to edit a copy$/;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let tmp: ReturnType<typeof makeTempDir>;
let roDir = '';
let mounted = false;
let browser: Browser | undefined;
let app: WebApp | undefined;
let projectPath = '';

/**
 * A project holding an attached load, on a tmpfs remounted read-only: the machine runs tests as
 * root, whom file permissions do not stop (as in tests/main/services/read-only-project.test.ts).
 */
beforeAll(async () => {
  tmp = makeTempDir('stargrid-read-only-');
  const svc = makeServices(tmp.dir);
  const load = await svc.registry.dispatch('import:load', { fileName: 'flat-100.csv', text: ['load_MW', ...Array.from({ length: 8760 }, () => '100')].join('\n'), attachTo: 'lordstown' });
  if (!load.ok) throw new Error(load.error.message);
  const source = join(tmp.dir, 'source.stargrid');
  svc.ctx.session.require().db.prepare('VACUUM INTO ?').run(source);
  svc.ctx.session.close();
  roDir = join(tmp.dir, 'ro');
  mkdirSync(roDir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', roDir], { stdio: 'ignore' });
    mounted = true;
    copyFileSync(source, join(roDir, 'plan.stargrid'));
    execFileSync('mount', ['-o', 'remount,ro', roDir], { stdio: 'ignore' });
  } catch {
    return;
  }
  projectPath = join(roDir, 'plan.stargrid');
  [browser, app] = await Promise.all([launchChromium(), startWebApp(projectPath, tmp.dir)]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (mounted) execFileSync('umount', ['-l', roDir], { stdio: 'ignore' });
  tmp.cleanup();
});

async function expectLocked(control: Locator, what: string): Promise<void> {
  await expect.poll(() => control.count(), { timeout: 60_000, message: what }).toBeGreaterThan(0);
  for (const one of await control.all()) {
    expect(await one.isDisabled(), `${what} is disabled`).toBe(true);
    expect(await one.getAttribute('title'), `${what} says why`).toMatch(WHY);
  }
}

describe('a read-only project in Chromium (web mode)', () => {
  it('says so and disables every edit control, each with a title saying why; the file is unchanged', async (t) => {
    if (!app || !browser) return t.skip('cannot mount a read-only tmpfs here');
    const before = sha(projectPath);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await expect.poll(() => page.locator('.read-only-note').innerText(), { timeout: 60_000 }).toMatch(/^Read-only/);
    await expectLocked(page.getByRole('button', { name: 'Import…' }), 'Import…');

    // The Site workbench: site details, the supply edits and the attached series' Remove.
    await page.locator('table[aria-label="Sites"] tr[data-site-id="lordstown"] button.link').click();
    await expect.poll(() => page.locator('[data-figure="lcoe"] .total-value').innerText(), { timeout: 90_000 }).toMatch(/^USD \d/);
    await expectLocked(page.getByRole('button', { name: 'Edit site details' }), 'Edit site details');
    await expectLocked(page.locator('form[aria-label="Supply"] input'), 'the supply sizes');
    await expectLocked(page.getByLabel('Dispatch strategy'), 'the dispatch strategy');
    await expectLocked(page.getByRole('button', { name: 'Remove the attached load' }), 'Remove of the attached load');
    // Choosing what to look at is not an edit.
    expect(await page.getByLabel('Scenario', { exact: true }).isEnabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('read-only-workbench'), fullPage: false });
    await page.getByRole('button', { name: 'All sites' }).click();
    await expectLocked(page.getByRole('button', { name: 'New site' }), 'New site');

    // The assumptions sheet and the host utility's inputs.
    await page.getByRole('link', { name: 'Assumptions', exact: true }).click();
    await expectLocked(page.locator('table[aria-label="Assumptions"] tbody input'), 'the assumption values and formulas');
    await page.getByRole('link', { name: 'Rate impact', exact: true }).click();
    await page.getByLabel('Site', { exact: true }).selectOption('lordstown');
    await expectLocked(page.locator('table[aria-label="Host-utility inputs"] tbody input'), 'the host-utility inputs');

    expect(errors).toEqual([]);
    expect(sha(projectPath)).toBe(before);
    await page.close();
  });
});
