import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/app-protocol';
import { citedSourceUrls, collectUrls, isCitedSource } from '../../electron/external-links';
import { APP_ORIGIN, guardContents, isAppUrl, rendererUrl, type GuardedContents } from '../../electron/navigation';
import { dataDir } from '../../src/main/paths';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/csp';
import { makeTempDir } from '../helpers/temp-dir';

/** A stand-in WebContents that records the handlers the guards install, so a test can fire them. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    setWindowOpenHandler: (h) => void (openHandler = h),
    on: (event, listener) => listeners.set(event, listener),
  };
  const fire = (event: string, url?: string) => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('the guards on every window', () => {
  const appUrl = `${APP_ORIGIN}/index.html`;

  it('denies new windows, handing http(s) links to the confirm-first opener and nothing else', () => {
    const external: string[] = [];
    const c = fakeContents();
    guardContents(c.contents, appUrl, (url) => external.push(url));
    expect(c.open('https://www.eia.gov/electricity/monthly/')).toEqual({ action: 'deny' });
    expect(c.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(c.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(external).toEqual(['https://www.eia.gov/electricity/monthly/']);
  });

  it('keeps navigation and redirects inside the app, and refuses webviews', () => {
    const c = fakeContents();
    guardContents(c.contents, appUrl, () => undefined);
    expect(c.fire('will-navigate', `${APP_ORIGIN}/index.html#/site`)).toBe(false);
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(c.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-attach-webview')).toBe(true);
  });

  it('accepts app://stargrid only, not another host of the scheme', () => {
    expect(isAppUrl('app://stargrid/assets/index.js', appUrl)).toBe(true);
    expect(isAppUrl('app://evil/index.html', appUrl)).toBe(false);
  });
});

describe('where the renderer comes from', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(rendererUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('uses a loopback dev server in development only, and nothing else', () => {
    expect(rendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173/');
    expect(rendererUrl(false, { ELECTRON_RENDERER_URL: 'https://attacker.example/' })).toBe(`${APP_ORIGIN}/index.html`);
    expect(rendererUrl(false, {})).toBe(`${APP_ORIGIN}/index.html`);
  });
});

describe('the app:// scheme', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
    mkdirSync(join(tmp.dir, 'assets'));
    writeFileSync(join(tmp.dir, 'index.html'), '<!doctype html><title>Stargrid</title>');
    writeFileSync(join(tmp.dir, 'assets', 'a.js'), 'export {}');
  });
  afterEach(() => tmp.cleanup());

  it('serves the built renderer with the strict CSP and never a file outside its folder', async () => {
    const page = await serveAppRequest(tmp.dir, `${APP_ORIGIN}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Stargrid</title>');
    expect((await serveAppRequest(tmp.dir, `${APP_ORIGIN}/assets/a.js`)).headers.get('content-type')).toMatch(/javascript/);
    // `..` escapes (plain or encoded) fall back to the app page, never /etc/passwd.
    expect(await (await serveAppRequest(tmp.dir, `${APP_ORIGIN}/..%2f..%2f..%2fetc%2fpasswd`)).text()).toContain('<title>Stargrid</title>');
  });
});

describe('opening a source in the browser', () => {
  it('allows only the http(s) sources the bundled data cite', () => {
    const allowed = citedSourceUrls(dataDir());
    expect(allowed.size).toBeGreaterThan(20);
    const one = [...allowed][0] as string;
    expect(isCitedSource(one, allowed)).toBe(true);
    expect(isCitedSource('https://attacker.example/', allowed)).toBe(false);
    expect(isCitedSource('file:///etc/passwd', allowed)).toBe(false);
  });

  it('collects http(s) URLs from any depth of the data, and drops other schemes and credentials', () => {
    const urls = collectUrls({ sources: [{ url: 'https://a.example/x' }], note: 'javascript:alert(1)', deep: { more: ['http://b.example/', 'https://u:p@c.example/'] } });
    expect([...urls].sort()).toEqual(['http://b.example/', 'https://a.example/x']);
  });
});
