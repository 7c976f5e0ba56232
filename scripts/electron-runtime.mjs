import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron binary if its runtime is installed, else null with the reason. We read
 * node_modules/electron/path.txt ourselves: `require('electron')` would try to download the runtime.
 */
export function findElectronRuntime(base = root) {
  const pkg = join(base, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { binary: null, reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { binary: null, reason: 'the Electron runtime was not downloaded (node_modules/electron/path.txt is missing)' };
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { binary: null, reason: `the Electron runtime is missing (${binary})` };
  return { binary, reason: null };
}
