import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/navigation';
import { buildWindowOptions } from '../../electron/window-options';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/csp';

describe('the desktop window', () => {
  it('runs the page isolated and sandboxed without Node', () => {
    const prefs = buildWindowOptions('/app/out/preload/index.cjs', null).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false, webSecurity: true });
    expect(prefs?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('restores the remembered window size', () => {
    const options = buildWindowOptions('/p.cjs', { width: 1600, height: 1000, x: 10, y: 20 });
    expect([options.width, options.height, options.x, options.y]).toEqual([1600, 1000, 10, 20]);
  });
});

describe('the Content Security Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('allows scripts only from the app itself, never remote or inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|'unsafe-eval'|\*/);
  });

  it('forbids plugins, framing and remote connections', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('navigation', () => {
  const app = 'file:///opt/stargrid/out/renderer/index.html';
  it('stays within the app page', () => {
    expect(isAppUrl('file:///opt/stargrid/out/renderer/index.html#/site', app)).toBe(true);
  });
  it('refuses remote pages and other files', () => {
    expect(isAppUrl('https://example.com/', app)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
  });
  it('accepts the loopback dev server only when the app came from it', () => {
    expect(isAppUrl('http://localhost:5173/#/3d', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://evil.test:5173/', 'http://localhost:5173/')).toBe(false);
  });
});
