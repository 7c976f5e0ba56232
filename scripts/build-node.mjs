// Builds the Node side that runs outside Electron — the `stargrid` CLI (and so web mode's
// `serve`) and the run worker — into out/node as bundled ES modules, with esbuild.
//
// Why a bundle: run through tsx, every start paid for transpiling TypeScript and for resolving
// thousands of files (mathjs alone is ~1,000 modules: 2.5 s unbundled, ~0.3 s bundled). Code
// splitting keeps each command's code in its own chunk, loaded only when that command runs.
// better-sqlite3 (a native addon) and highs (WebAssembly located beside its module) stay in
// node_modules.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomic, writeStamp } from './build-stamp.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const nodeOutDir = join(root, 'out', 'node');

/** Chunks of an older build are kept this long, so a process started from it can still load them. */
const OLD_CHUNK_GRACE_MS = 24 * 3600 * 1000;

export async function buildNode() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/main/cli/index.ts', 'run-worker': 'src/main/runs/worker.ts', 'class-worker': 'src/main/optimize/class-worker.ts', 'mc-worker': 'src/main/runs/jobs/reliability-worker.ts' },
    outdir: nodeOutDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'highs'],
    // Bundled CommonJS dependencies may call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __stargridCreateRequire } from 'node:module'; const require = __stargridCreateRequire(import.meta.url);" },
    // Flat: a chunk finds the worker entry beside it (src/main/runs/worker-entry.ts).
    chunkNames: '[name]-[hash]',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Every file through a rename: a CLI started while this runs sees the old file or the new one.
  const written = new Set();
  for (const file of result.outputFiles) {
    writeAtomic(file.path, file.contents);
    written.add(file.path);
  }
  removeOldChunks(written);
  writeStamp(root, nodeOutDir, [...Object.keys(result.metafile.inputs), 'scripts/build-node.mjs']);
}

function removeOldChunks(written) {
  if (!existsSync(nodeOutDir)) return;
  const now = Date.now();
  for (const name of readdirSync(nodeOutDir)) {
    const path = join(nodeOutDir, name);
    if (!/-[A-Z0-9]{8}\.js$/.test(name) || written.has(path)) continue;
    if (now - statSync(path).mtimeMs > OLD_CHUNK_GRACE_MS) rmSync(path, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildNode();
