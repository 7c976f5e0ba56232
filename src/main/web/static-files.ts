import { readdir, readFile, stat } from 'node:fs/promises';
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

export type StaticFile = { body: Buffer; type: string; immutable: boolean };

/**
 * The build's hashed assets held in memory, by full path: a name stands for one content, so a
 * held copy can never be stale. A page's scripts then leave at once, even while the service is
 * busy (six files read through the thread pool took up to 0.4 s to come back at load 12).
 */
const held = new Map<string, StaticFile>();

/** Reads every hashed asset of the build in `root` into memory (about 2 MB), for the first visit after start. */
export async function holdAssets(root: string): Promise<number> {
  const dir = join(root, HASHED_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (await isFile(full)) held.set(full, { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream', immutable: true });
  }
  return names.length;
}

/**
 * Resolves a URL path inside `root`, refusing anything that escapes it (`..`, encoded or not).
 * Unknown paths fall back to index.html so client-side routes load the app. `immutable`: the file
 * is one of the build's content-hashed assets, so a browser may keep it without asking again
 * (a new build has new names; index.html, which names them, is never cached that way).
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root + sep)) return null;
  const kept = held.get(full);
  if (kept) return kept;
  const candidate = (await isFile(full)) ? full : join(root, 'index.html');
  if (!(await isFile(candidate))) return null;
  const file = {
    body: await readFile(candidate),
    type: TYPES[extname(candidate)] ?? 'application/octet-stream',
    immutable: candidate.startsWith(join(root, HASHED_DIR) + sep),
  };
  if (file.immutable) held.set(candidate, file);
  return file;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
