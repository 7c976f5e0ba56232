import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { decodeFramed, FRAMED_CONTENT_TYPE } from '../../../src/api/wire';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/web/csp';
import { chooseToken, startWebServer, type RunningWebServer } from '../../../src/main/web/server';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

const TOKEN = 'test-token-0123456789abcdef0123456789';
let tmp: ReturnType<typeof makeTempDir>;
let server: RunningWebServer;
let closeSession: () => void;

beforeEach(async () => {
  tmp = makeTempDir();
  const staticRoot = join(tmp.dir, 'web');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Stargrid</title>');
  const { registry, ctx } = makeServices(tmp.dir);
  closeSession = () => ctx.session.close();
  server = await startWebServer({ registry, staticRoot, port: 0, token: TOKEN });
});
afterEach(async () => {
  await server.close();
  closeSession();
  tmp.cleanup();
});

const api = (channel: string, body: unknown, headers: Record<string, string> = { 'x-stargrid-token': TOKEN }) =>
  fetch(`http://127.0.0.1:${server.port}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the web-mode server', () => {
  it('listens on the loopback address by default', () => {
    expect(server.host).toBe('127.0.0.1');
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses an API call without the token, and with a wrong one', async () => {
    const none = await api('sites:list', {}, {});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await api('sites:list', {}, { 'x-stargrid-token': 'guess' });
    expect(wrong.status).toBe(401);
  });

  it('sends hourly series as framed float64 bytes, and a summary-only answer as JSON', async () => {
    const framed = await api('model:simulate', { siteId: 'abilene', scenarioId: 'hybrid', hourly: true });
    expect(framed.status).toBe(200);
    expect(framed.headers.get('content-type')).toBe(FRAMED_CONTENT_TYPE);
    const value = decodeFramed(await framed.arrayBuffer()) as SimulateResponse;
    expect(value.summary.siteId).toBe('abilene');
    expect(value.hourly?.facilityMW).toBeInstanceOf(Float64Array);
    expect(value.hourly?.facilityMW.length).toBe(8760);
    // 15 series × 8760 h × 8 bytes plus a header of a few KB: the series dominate.
    expect(Number(framed.headers.get('content-length'))).toBeLessThan(15 * 8760 * 8 + 64 * 1024);

    const summary = await api('model:simulate', { siteId: 'abilene', scenarioId: 'hybrid', hourly: false });
    expect(summary.headers.get('content-type')).toContain('application/json');
    const body = (await summary.json()) as SimulateResponse;
    expect(body.hourly).toBeNull();
    expect(body.summary.lcoeUSDPerMWh).toBe(value.summary.lcoeUSDPerMWh);
  });

  it('answers a valid call with the handler result', async () => {
    const res = await api('sites:list', {});
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sites: unknown[] };
    expect(body.sites.length).toBe(8);
  });

  it('returns a 400 JSON error with code, message and path for a malformed request', async () => {
    const res = await api('sites:get', { id: 'Bad Id' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid-request', message: 'sites:get: id: must be lower-case letters, digits and dashes', path: 'id' } });
  });

  it('returns 404 for an unknown channel and for a missing record', async () => {
    expect((await api('sites:explode', {})).status).toBe(404);
    expect((await api('sites:get', { id: 'atlantis' })).status).toBe(404);
  });

  it('refuses a request whose Host header names another server (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/sites:list', method: 'POST', headers: { host: 'evil.example:80', 'x-stargrid-token': TOKEN } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.end('{}');
    });
    expect(status).toBe(401);
  });

  it('serves the renderer with the strict Content Security Policy and never outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Stargrid</title>');
    const escape = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fsettings.json`);
    expect(await escape.text()).not.toContain('recent');
  });

  it('lets the browser keep the content-hashed assets but asks it to check index.html every time', async () => {
    const root = join(tmp.dir, 'web');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), 'export {};');
    const asset = await fetch(`http://127.0.0.1:${server.port}/assets/index-Ab12Cd34.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // A missing asset falls back to index.html, which must not be kept under the asset's name.
    const missing = await fetch(`http://127.0.0.1:${server.port}/assets/gone-00000000.js`);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves a hashed asset from memory once read (its name stands for its content) but reads index.html afresh', async () => {
    const root = join(tmp.dir, 'web');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'held-Zz98Yy76.js'), 'export const held = 1;');
    expect(await (await fetch(`http://127.0.0.1:${server.port}/assets/held-Zz98Yy76.js`)).text()).toBe('export const held = 1;');
    rmSync(join(root, 'assets', 'held-Zz98Yy76.js'));
    const again = await fetch(`http://127.0.0.1:${server.port}/assets/held-Zz98Yy76.js`);
    expect(again.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await again.text()).toBe('export const held = 1;');
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stargrid, rebuilt</title>');
    expect(await (await fetch(`http://127.0.0.1:${server.port}/`)).text()).toContain('rebuilt');
  });

  it('holds the build\'s assets from the start, so the first page after start reads none of them from disk', async () => {
    const root = join(tmp.dir, 'early-web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stargrid</title>');
    writeFileSync(join(root, 'assets', 'early-Qq11Ww22.js'), 'export {};');
    mkdirSync(join(tmp.dir, 'second'));
    const { registry, ctx } = makeServices(join(tmp.dir, 'second'));
    const second = await startWebServer({ registry, staticRoot: root, port: 0, token: TOKEN });
    try {
      rmSync(join(root, 'assets', 'early-Qq11Ww22.js'));
      const asset = await fetch(`http://127.0.0.1:${second.port}/assets/early-Qq11Ww22.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await asset.text()).toBe('export {};');
    } finally {
      await second.close();
      ctx.session.close();
    }
  });

  it('reports quiet time: none while a request is being served, growing after the last answer', async () => {
    await api('app:info', {});
    const after = server.quietMs();
    expect(after).toBeGreaterThanOrEqual(0);
    await new Promise((done) => setTimeout(done, 30));
    // Timers may fire a little early; 20 ms of the 30 waited is a safe floor.
    expect(server.quietMs()).toBeGreaterThanOrEqual(after + 20);
  });
});

describe('the web-mode server refuses what the caller can fix', () => {
  it('answers a malformed %-escape in the URL with 400, for the API and for pages', async () => {
    const { request } = await import('node:http');
    const statusOf = (path: string, method: string) =>
      new Promise<number>((resolve) => {
        const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { 'x-stargrid-token': TOKEN } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.end(method === 'POST' ? '{}' : undefined);
      });
    expect(await statusOf('/api/sites%ZZlist', 'POST')).toBe(400);
    expect(await statusOf('/assets/%E0%A4%A.js', 'GET')).toBe(400);
  });

  it('refuses a malformed project id header with 400', async () => {
    const res = await api('sites:list', {}, { 'x-stargrid-token': TOKEN, 'x-stargrid-project': 'not an id!' });
    expect(res.status).toBe(400);
  });

  it('refuses a write made for a project that is no longer open with 409, and changes nothing', async () => {
    const info = (await (await api('app:info', {})).json()) as { project: { id: string } };
    const sameProject = await api('scenarios:delete', { id: 'none-such' }, { 'x-stargrid-token': TOKEN, 'x-stargrid-project': info.project.id });
    expect(sameProject.status).toBe(200);
    const stale = await api('sites:delete', { id: 'abilene' }, { 'x-stargrid-token': TOKEN, 'x-stargrid-project': '00000000-0000-4000-8000-000000000000' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'stale-project' } });
    const sites = (await (await api('sites:list', {})).json()) as { sites: { id: string }[] };
    expect(sites.sites.map((s) => s.id)).toContain('abilene');
  });
});

describe('the web-mode token', () => {
  it('refuses to start with an empty or short token, so STARGRID_TOKEN= never turns authentication off', () => {
    expect(() => chooseToken('')).toThrow(/at least 32 characters/);
    expect(() => chooseToken('short-token')).toThrow(/at least 32 characters/);
    expect(chooseToken('x'.repeat(32))).toBe('x'.repeat(32));
  });

  it('generates 32 random bytes (64 hex digits) when none is given, different each launch', () => {
    const a = chooseToken(undefined);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(chooseToken(undefined)).not.toBe(a);
  });
});

describe('the web-mode page with its first rows', () => {
  /** A second server on the same services, with the server renderer of the first paint and a page with an empty #root. */
  async function withFirstPaint(run: (origin: string) => Promise<void>): Promise<void> {
    const staticRoot = join(tmp.dir, 'web-ssr-page');
    mkdirSync(staticRoot);
    writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><title>Stargrid</title></head><body><div id="root"></div></body></html>');
    const { registry, ctx } = makeServices(tmp.dir, 'first-paint.stargrid');
    const { renderFirstPaint } = await import('../../../src/renderer/first-paint/render');
    // A budget long enough for a cold cache on a busy machine: the rows must be in, not fast.
    const ssr = await startWebServer({ registry, staticRoot, port: 0, token: TOKEN, firstPaint: () => Promise.resolve(renderFirstPaint), firstPaintBudgetMs: 200_000 });
    try {
      await run(`http://127.0.0.1:${ssr.port}`);
    } finally {
      await ssr.close();
      ctx.session.close();
    }
  }

  it('sends the portfolio rows and their answers with the token, never stored, and the bare page without it or with a wrong one', async () => {
    await withFirstPaint(async (origin) => {
      const good = await fetch(`${origin}/?token=${TOKEN}`);
      expect(good.headers.get('cache-control')).toBe('no-store');
      expect(good.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const html = await good.text();
      expect(html).toMatch(/<tr data-site-id="abilene"/);
      expect(html).toContain('id="stargrid-answers"');
      for (const url of [`${origin}/`, `${origin}/?token=${'0'.repeat(TOKEN.length)}`, `${origin}/?token=`]) {
        const bare = await (await fetch(url)).text();
        expect(bare, url).not.toContain('data-site-id');
        expect(bare, url).not.toContain('stargrid-answers');
        expect(bare, url).not.toContain('Abilene');
      }
    });
  });
});
