import { request } from 'node:http';
import { isApiErrorBody, type Envelope } from '../../src/api/errors';
import { decodeFramed, FRAMED_CONTENT_TYPE } from '../../src/api/wire';
import { createClient, type StargridClient } from '../../src/renderer/api/client';
import type { WebApp } from '../e2e/support/web-server';

/**
 * The renderer's real client talking to `stargrid serve` in its own process over HTTP, as web mode
 * does. Component tests of long runs need it: the services start worker threads, which a DOM
 * test environment (its own `URL`) cannot start in-process. Node's http is used, not the test
 * DOM's fetch, which would apply a page's CORS rules to the loopback server.
 */
export function httpClient(app: WebApp): StargridClient {
  return createClient(
    (channel, body) =>
      new Promise<Envelope<unknown>>((resolve, reject) => {
        const req = request(`${app.origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-stargrid-token': app.token } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            if (res.statusCode === 200 && res.headers['content-type'] === FRAMED_CONTENT_TYPE) {
              resolve({ ok: true, value: decodeFramed(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer) });
              return;
            }
            const text = body.toString('utf8');
            const parsed = JSON.parse(text) as { error?: unknown };
            if (res.statusCode === 200) resolve({ ok: true, value: parsed });
            else if (isApiErrorBody(parsed.error)) resolve({ ok: false, error: parsed.error });
            else reject(new Error(`HTTP ${String(res.statusCode)}: ${text}`));
          });
        });
        req.on('error', reject);
        req.end(JSON.stringify(body));
      }),
  );
}
