import { CONTENT_SECURITY_POLICY } from '../src/main/web/csp';
import { readStatic } from '../src/main/web/static-files';

/**
 * Answers `app://stargrid/<path>` from the built renderer folder, never outside it, with the
 * strict CSP on every page. Served from its own origin, `'self'` means the app's files only —
 * under `file://` it would cover every file on the disk.
 */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  let path: string;
  try {
    path = new URL(requestUrl).pathname;
  } catch {
    return new Response('bad request', { status: 400 });
  }
  const file = await readStatic(rendererDir, path);
  if (!file) return new Response('not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { 'content-type': file.type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
  });
}
