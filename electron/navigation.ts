/** The scheme the packaged renderer is served from (registered as privileged in main). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://stargrid`;

/**
 * Whether a window may navigate to `target`: only within the app's own origin (`app://stargrid`,
 * or the loopback dev server it was loaded from in development). Everything else — remote pages,
 * files — is refused.
 */
export function isAppUrl(target: string, appUrl: string): boolean {
  let t: URL;
  let a: URL;
  try {
    t = new URL(target);
    a = new URL(appUrl);
  } catch {
    return false;
  }
  if (t.protocol !== a.protocol) return false;
  if (t.protocol === `${APP_SCHEME}:`) return t.host === a.host;
  if (t.protocol === 'file:') return t.pathname === a.pathname;
  return t.origin === a.origin && (a.hostname === 'localhost' || a.hostname === '127.0.0.1');
}

/**
 * Where the renderer comes from: the dev server named by `ELECTRON_RENDERER_URL` only in an
 * unpackaged (development) run and only on loopback; a packaged app always loads its own files,
 * so no environment variable can point a window holding the preload bridge at another page.
 */
export function rendererUrl(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string {
  const dev = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && dev && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(dev)) return dev.endsWith('/') ? dev : `${dev}/`;
  return `${APP_ORIGIN}/index.html`;
}

/** The minimal surface of Electron's WebContents the guards need (so a test can drive them). */
export type GuardedContents = {
  setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => void;
  on: (event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault: () => void }, url?: string) => void) => unknown;
};

/**
 * Every window (the main one, the hidden PDF window, any other): no new windows (an http(s) link
 * goes to `onExternal`, which asks the user), no navigation away from the app, no webviews.
 */
export function guardContents(contents: GuardedContents, appUrl: string, onExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) onExternal(url);
    return { action: 'deny' };
  });
  const stay = (event: { preventDefault: () => void }, url?: string) => {
    if (!url || !isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
