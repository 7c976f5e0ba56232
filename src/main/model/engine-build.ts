import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRoot, dataDir } from '../paths';

/**
 * Bumped when the cached summary's layout changes in a way the code hash below would not see
 * (it sees every code change, so this is a belt for the braces).
 */
export const SUMMARY_CACHE_FORMAT = 1;

const IMPORT_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*(["'])(\.{1,2}\/[^"'\n]+)\1/g;
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.js'];

function resolveSpecifier(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const suffix of CANDIDATE_SUFFIXES) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/**
 * SHA-256 over `entry` and every file it reaches through relative imports (static, re-exports and
 * `import()`), each with its path relative to the first: the code a module runs. The same walk
 * serves the TypeScript sources under tsx (`'../power-model/simulate'`) and a bundle (`'./chunk-X.js'`;
 * a module's code sits in its own file or in chunks that file imports), so an edit anywhere in
 * the engine, the sheet or the response gives another fingerprint. Type-only imports are walked
 * too: a wider net only costs a recomputation. Packages from node_modules are pinned in
 * package.json, hashed beside this by `engineBuildId`.
 */
export function codeFingerprint(entry: string): string {
  const hash = createHash('sha256');
  const seen = new Set<string>([entry]);
  const queue = [entry];
  const root = dirname(entry);
  const files: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_SPECIFIER)) {
      const target = resolveSpecifier(file, match[2]!);
      if (target !== null && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const file of files.sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function filesUnder(dir: string, skip: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !skip(e.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), () => false) : e.isFile() ? [join(dir, e.name)] : []));
}

const fileHashes = new Map<string, { stamp: string; hash: string }>();

/**
 * SHA-256 of a bundled file's bytes, hashed again only when its size or modification time
 * changes: a site's weather file is read afresh by each new runner, so an edit under a running
 * process must give a new key too.
 */
export function bundledFileHash(path: string): string {
  const stat = statSync(path);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = fileHashes.get(path);
  if (known?.stamp === stamp) return known.hash;
  const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
  fileHashes.set(path, { stamp, hash });
  return hash;
}

/**
 * SHA-256 of the bundled data a run reads other than weather (technologies, grid tariffs, the
 * markets' system loads and the rest of `data/`, ~1.3 MB): the weather files are 1.7 MB each and
 * are hashed per site, only the one a site uses (`siteWeatherFiles`).
 */
export function dataFingerprint(dir: string = dataDir()): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir, (name) => name === 'weather').sort()) hash.update(`${relative(dir, file)}\0${bundledFileHash(file)}\0`);
  return hash.digest('hex');
}

const builds = new Map<string, string>();

/**
 * The engine build a cached answer was made by: the cache format, package.json (version and
 * pinned dependencies), the code reachable from `moduleUrl` (see `codeFingerprint`) and the
 * bundled data. Computed once per process and module (~20–60 ms), so a changed build or data
 * file keys every run anew.
 */
export function engineBuildId(moduleUrl: string): string {
  let id = builds.get(moduleUrl);
  if (id === undefined) {
    const root = appRoot();
    id = createHash('sha256')
      .update(`format ${SUMMARY_CACHE_FORMAT}\0`)
      .update(readFileSync(join(root, 'package.json')))
      .update(`\0${codeFingerprint(fileURLToPath(moduleUrl))}\0${dataFingerprint()}`)
      .digest('hex');
    builds.set(moduleUrl, id);
  }
  return id;
}
