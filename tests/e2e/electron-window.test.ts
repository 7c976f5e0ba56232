import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs helper shared with `npm start`, no type declarations
import { findElectronRuntime } from '../../scripts/electron-runtime.mjs';
import { makeTempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');
const runtime = findElectronRuntime(root) as { binary: string | null; reason: string | null };

if (!runtime.binary) {
  // Said once, plainly, in the test output: this machine cannot run the desktop window.
  console.warn(`SKIPPED the Electron window test: ${runtime.reason}`);
}

describe.skipIf(!runtime.binary)('the desktop window (needs the Electron runtime)', () => {
  it('opens the planner with the bundled sites, sandboxed and without Node in the page', async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    const tmp = makeTempDir('stargrid-electron-');
    const app = await electron.launch({
      executablePath: runtime.binary as string,
      args: [root],
      env: { ...process.env, STARGRID_HOME: tmp.dir, npm_node_execpath: process.execPath },
    });
    try {
      const page = await app.firstWindow();
      await expect.poll(() => page.locator('table[aria-label="Sites"] tbody tr').count(), { timeout: 60_000 }).toBe(8);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      // The bridge is the named API only: groups of channel functions, no generic invoke.
      const bridge = await page.evaluate(() => {
        const api = (window as unknown as { stargrid: { api: Record<string, Record<string, unknown>> } }).stargrid.api;
        return { groups: Object.keys(api).sort(), hasInvoke: 'invoke' in api };
      });
      expect(bridge.groups).toContain('sites');
      expect(bridge.hasInvoke).toBe(false);
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });
});
