// Is a build current? A build records, beside its output, the size and modification time of
// every source file it was made from (the bundler's own list of inputs, plus package.json and the
// lockfile). It is current while each of those files is unchanged: a few hundred stat calls, a
// few milliseconds, and no bundler loaded to find out.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const STAMP_FILE = '.build-stamp.json';
const ALWAYS = ['package.json', 'package-lock.json'];

/** [mtime in ms, size in bytes] of a file, or null when it does not exist. */
function fingerprint(path) {
  try {
    const s = statSync(path);
    return [Math.floor(s.mtimeMs), s.size];
  } catch {
    return null;
  }
}

/** Writes `data` to `path` through a temporary file and a rename, so a reader never sees half of it. */
export function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/**
 * Records the build in `outDir` as made from `inputs` (paths absolute or relative to `root`).
 * Files under node_modules are left out: the lockfile stands for them.
 */
export function writeStamp(root, outDir, inputs) {
  const files = {};
  for (const input of [...inputs, ...ALWAYS]) {
    const rel = relative(root, resolve(root, input));
    if (rel.startsWith('..') || rel.split(sep).includes('node_modules') || rel in files) continue;
    const fp = fingerprint(join(root, rel));
    if (fp) files[rel] = fp;
  }
  writeAtomic(join(outDir, STAMP_FILE), JSON.stringify({ builtAt: new Date().toISOString(), files }));
}

/** Why the build in `outDir` is not current (one short phrase), or null when it is. */
export function staleReason(root, outDir) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8'));
  } catch {
    return 'not built yet';
  }
  for (const [rel, recorded] of Object.entries(stamp.files ?? {})) {
    const now = fingerprint(join(root, rel));
    if (now === null) return `${rel} was removed`;
    if (now[0] !== recorded[0] || now[1] !== recorded[1]) return `${rel} changed`;
  }
  return null;
}
