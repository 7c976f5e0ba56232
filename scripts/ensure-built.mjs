// Builds what a command is about to run when it is missing or stale (see build-stamp.mjs), so a
// checkout works with no build step and an edit is never run stale. A current build costs only
// the stat calls of the check.
import { join } from 'node:path';
import { staleReason } from './build-stamp.mjs';
import { nodeOutDir, root } from './build-node.mjs';

export const webOutDir = join(root, 'out', 'web');

/** The CLI and run-worker bundle in out/node. */
export async function ensureNodeBuild(log) {
  const why = staleReason(root, nodeOutDir);
  if (why === null) return;
  log(`stargrid: building the command line (${why})…\n`);
  const { buildNode } = await import('./build-node.mjs');
  await buildNode();
}

/** The web-mode renderer in out/web, built by vite.web.config.ts (which writes its stamp). */
export async function ensureWebBuild(log) {
  const why = staleReason(root, webOutDir);
  if (why === null) return;
  log(`stargrid: building the renderer (${why})…\n`);
  const { build } = await import('vite');
  // Always the production renderer: a test that starts `serve` runs with NODE_ENV=test, and vite
  // then builds React's development bundle (jsxDEV, 460 KB instead of 260 KB) that every later
  // serve and bench would reuse as current.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
