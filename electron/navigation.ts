/**
 * Whether the window may navigate to `target`: only within the app's own page (the packaged
 * file or the dev server it was loaded from). Everything else — remote pages, other files — is refused.
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
  if (t.protocol === 'file:') return t.pathname === a.pathname;
  return t.origin === a.origin && (a.hostname === 'localhost' || a.hostname === '127.0.0.1');
}
