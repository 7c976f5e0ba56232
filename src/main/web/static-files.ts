import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** Where vite writes the built scripts, styles and chunks, each named with a hash of its content. */
const HASHED_DIR = 'assets';

/**
 * Resolves a URL path inside `root`, refusing anything that escapes it (`..`, encoded or not).
 * Unknown paths fall back to index.html so client-side routes load the app. `immutable`: the file
 * is one of the build's content-hashed assets, so a browser may keep it without asking again
 * (a new build has new names; index.html, which names them, is never cached that way).
 */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string; immutable: boolean } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root + sep)) return null;
  const candidate = (await isFile(full)) ? full : join(root, 'index.html');
  if (!(await isFile(candidate))) return null;
  return {
    body: await readFile(candidate),
    type: TYPES[extname(candidate)] ?? 'application/octet-stream',
    immutable: candidate.startsWith(join(root, HASHED_DIR) + sep),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
