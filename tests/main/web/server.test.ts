import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/web/csp';
import { startWebServer, type RunningWebServer } from '../../../src/main/web/server';
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
});
