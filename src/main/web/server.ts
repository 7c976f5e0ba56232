import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, httpStatusOf, type ApiErrorBody } from '../../api/errors';
import { encodeFramed, FRAMED_CONTENT_TYPE, hasFloat64Arrays } from '../../api/wire';
import { parseRequestMeta } from '../services/channel-scope';
import type { HandlerRegistry } from '../services/registry';
import type { RenderFirstPaint } from '../../api/first-paint';
import { CONTENT_SECURITY_POLICY } from './csp';
import { FIRST_PAINT_BUDGET_MS, firstPaintPage, gatherFirstAnswers } from './first-paint';
import { holdAssets, readStatic } from './static-files';

export const LOOPBACK_HOST = '127.0.0.1';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-stargrid-token';
/** The project a request was made for (`ProjectInfo.id`), beside the body as IPC carries it beside the request. */
export const PROJECT_HEADER = 'x-stargrid-project';
/** A token shorter than this is refused: 32 random bytes, hex-encoded, is 64 characters. */
export const MIN_TOKEN_LENGTH = 32;

export type WebServerOptions = {
  registry: HandlerRegistry;
  staticRoot: string;
  host?: string;
  port?: number;
  /** A token given by the user (`STARGRID_TOKEN`) or a test; a fresh random one per launch otherwise. */
  token?: string | undefined;
  /**
   * The server renderer of the start page's first rows (first-paint.ts), loaded after the server
   * listens; without it (the desktop, a build without out/web-ssr) the page is sent as built.
   */
  firstPaint?: (() => Promise<RenderFirstPaint | null>) | undefined;
  /** How long a page waits for its first rows' answers (FIRST_PAINT_BUDGET_MS unless a test says). */
  firstPaintBudgetMs?: number;
};

/**
 * The API token: the one given, if it is long enough to resist guessing, else refused (an empty
 * `STARGRID_TOKEN=` must never turn authentication off); without one, 32 random bytes.
 */
export function chooseToken(given: string | undefined): string {
  if (given === undefined) return randomBytes(32).toString('hex');
  if (given.length < MIN_TOKEN_LENGTH || /\s/.test(given)) {
    throw new ApiError('invalid-request', `the web-mode token must be at least ${MIN_TOKEN_LENGTH} characters without spaces (got ${given.length}); leave STARGRID_TOKEN unset for a random one`);
  }
  return given;
}

function decodeSegment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export type RunningWebServer = {
  server: Server;
  url: string;
  host: string;
  port: number;
  token: string;
  /** Milliseconds since the last request was answered; 0 while one is being served (background work waits for quiet). */
  quietMs: () => number;
  close: () => Promise<void>;
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** An API value: framed binary when it carries Float64Arrays (hourly series, src/api/wire.ts), else JSON. */
function sendValue(res: ServerResponse, value: unknown): void {
  if (!hasFloat64Arrays(value)) return sendJson(res, 200, value);
  const body = encodeFramed(value);
  res.writeHead(200, { 'content-type': FRAMED_CONTENT_TYPE, 'content-length': body.length, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sendError(res: ServerResponse, error: ApiErrorBody): void {
  sendJson(res, httpStatusOf(error.code), { error });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new ApiError('invalid-request', `request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Web mode: the built renderer and the same API handlers over HTTP. Binds 127.0.0.1 unless told
 * otherwise. `POST /api/<channel>` with a JSON body; the per-launch token must come in the
 * `x-stargrid-token` header (a custom header also forces a CORS preflight that we never answer, so
 * other origins cannot call the API), and the Host header must name this server (DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const host = options.host ?? LOOPBACK_HOST;
  const token = chooseToken(options.token);
  let port = options.port ?? 0;

  let renderer: Promise<RenderFirstPaint | null> = Promise.resolve(null);
  let inFlight = 0;
  let lastAnsweredAt = performance.now();
  const server = createServer((req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      lastAnsweredAt = performance.now();
    });
    void handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendError(res, { code: 'internal', message, path: '' });
      else res.end();
    });
  });

  const allowedHosts = () => new Set([`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://internal');
    } catch {
      sendError(res, { code: 'invalid-request', message: 'the request URL is malformed', path: '' });
      return;
    }
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendError(res, { code: 'unauthorized', message: 'unexpected Host header', path: '' });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: { code: 'invalid-request', message: 'use POST for API calls', path: '' } });
        return;
      }
      const given = req.headers[TOKEN_HEADER];
      if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
        sendError(res, { code: 'unauthorized', message: 'missing or wrong API token; open the URL printed at start-up', path: '' });
        return;
      }
      let payload: unknown;
      try {
        const text = await readBody(req);
        payload = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
      } catch (error) {
        const message = error instanceof ApiError ? error.message : 'request body is not valid JSON';
        sendError(res, { code: 'invalid-request', message, path: '' });
        return;
      }
      const channel = decodeSegment(url.pathname.slice('/api/'.length));
      if (channel === null) {
        sendError(res, { code: 'invalid-request', message: 'the channel in the URL has a malformed %-escape', path: '' });
        return;
      }
      let meta;
      try {
        const header = req.headers[PROJECT_HEADER];
        meta = parseRequestMeta(Array.isArray(header) ? header[0] : header);
      } catch (error) {
        sendError(res, (error as ApiError).toBody());
        return;
      }
      const envelope = await options.registry.dispatch(channel, payload, meta);
      if (envelope.ok) sendValue(res, envelope.value);
      else sendError(res, envelope.error);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'invalid-request', message: 'method not allowed', path: '' } });
      return;
    }
    if (decodeSegment(url.pathname) === null) {
      sendError(res, { code: 'invalid-request', message: 'the URL has a malformed %-escape', path: '' });
      return;
    }
    const file = await readStatic(options.staticRoot, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found. Build the renderer first: npm run build:web');
      return;
    }
    // The page itself, asked for with the token (the URL printed at start-up): sent with its
    // first rows drawn in. Without the token it carries no project data, as the API would refuse.
    const given = url.searchParams.get('token') ?? undefined;
    const page = file.type.startsWith('text/html') && !file.immutable && req.method === 'GET' && tokenMatches(given, token) ? firstPaintPage(file.body.toString('utf8')) : null;
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Hashed assets are kept by the browser (no request on reload, and V8 reuses its compiled
      // code for them); index.html is asked for each time, so a new build is seen at once; a page
      // with the project's figures in it is never stored.
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : page ? 'no-store' : 'no-cache',
    });
    if (page) {
      // The head now (its scripts load while the answers are gathered), the rows when they are in.
      res.write(page.head);
      const budgetMs = options.firstPaintBudgetMs ?? FIRST_PAINT_BUDGET_MS;
      const [render, answers] = await Promise.all([renderer, gatherFirstAnswers(options.registry, budgetMs)]);
      res.end(page.finish(answers, render));
      return;
    }
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await holdAssets(options.staticRoot);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  // Loaded after the server listens (React's server renderer takes ~0.1 s to load), so the first
  // API answer does not wait for it; a page asked for before then waits for it instead.
  if (options.firstPaint) renderer = options.firstPaint().catch(() => null);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    host,
    port,
    token,
    url: `http://${shownHost}:${port}/?token=${token}`,
    quietMs: () => (inFlight > 0 ? 0 : performance.now() - lastAnsweredAt),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
