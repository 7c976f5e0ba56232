import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';
import { launchChromium } from './browser';
import { startWebApp, type WebApp } from './web-server';

/** A page that keeps the uncaught errors it threw, so a test can assert there were none. */
export type TrackedPage = Page & { errors: string[] };

/**
 * One Chromium and one `stargrid serve` on a fresh project for all tests of the calling file
 * (registers its own beforeAll/afterAll). `name` names the temp folder and the project file.
 */
export function webAppPerFile(name: string) {
  let tmp: ReturnType<typeof makeTempDir> | undefined;
  let browser: Browser | undefined;
  let app: WebApp | undefined;
  beforeAll(async () => {
    tmp = makeTempDir(`stargrid-${name}-`);
    [browser, app] = await Promise.all([launchChromium(), startWebApp(join(tmp.dir, `${name}.stargrid`), tmp.dir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    tmp?.cleanup();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`webAppPerFile: ${what} used before beforeAll ran`);
    return value;
  };
  return {
    get dir(): string {
      return need(tmp, 'dir').dir;
    },
    get app(): WebApp {
      return need(app, 'app');
    },
    get browser(): Browser {
      return need(browser, 'browser');
    },
    /** Calls a channel over HTTP as the page does, with the token; anything but 200 throws with the body. */
    async api<T>(channel: string, body: unknown): Promise<T> {
      const web = need(app, 'app');
      const res = await fetch(`${web.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stargrid-token': web.token },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`${channel}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    /** A 1920×1080 page at the app's URL plus `hash`, recording page errors. */
    async openPage(hash = '', options: BrowserContextOptions = {}): Promise<TrackedPage> {
      const page = (await need(browser, 'browser').newPage({ viewport: { width: 1920, height: 1080 }, ...options })) as TrackedPage;
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(`${e.message}\n${e.stack ?? ''}`));
      await page.goto(need(app, 'app').url + hash);
      return page;
    },
  };
}
