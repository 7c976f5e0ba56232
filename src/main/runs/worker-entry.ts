import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The module a run's worker thread starts from, by how this code itself is running:
 * - from TypeScript sources (tsx in development, vitest): a small bootstrap that registers tsx
 *   inside the thread (a worker does not inherit its parent's loader) and then loads worker.ts;
 * - built (out/node for the CLI and web mode, out/main for the desktop's service process): the
 *   bundled `run-worker.js` beside this code, plain JavaScript, no loader and no transpiling.
 * `STARGRID_RUN_WORKER` names another built worker explicitly.
 */
export function workerEntry(): { url: URL; entry: string | null } {
  const source = new URL('./worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(source))) return { url: new URL('./ts-worker-bootstrap.mjs', import.meta.url), entry: source.href };
  const explicit = process.env.STARGRID_RUN_WORKER;
  if (explicit) return { url: pathToFileURL(explicit), entry: null };
  const built = new URL('./run-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, entry: null };
  throw new Error(`no run worker beside ${fileURLToPath(import.meta.url)}: build it with \`node scripts/build-node.mjs\``);
}
