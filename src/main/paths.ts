import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or installed package) root: the nearest folder above this module holding
 * `package.json` with `"name": "stargrid"`. Works from `src/main` under tsx and from the bundled
 * `out/main` alike, so callers never hard-code `../..` depths.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('Cannot find the Stargrid root (a folder with package.json and data/) above ' + fileURLToPath(import.meta.url));
}

/** Bundled data: `data/sites/*.json`, `data/technologies.json`. `STARGRID_DATA_DIR` overrides it. */
export function dataDir(): string {
  return process.env.STARGRID_DATA_DIR ?? join(appRoot(), 'data');
}

/**
 * The shared public reference material (TMY3 weather and the sourced figures). In a checkout it
 * sits beside the repository as `../shared/reference`; `STARGRID_REFERENCE_DIR` overrides it.
 * The TMY3 weather files the app uses are in `data/weather` (see `weatherDir()`).
 */
export function referenceDir(): string {
  if (process.env.STARGRID_REFERENCE_DIR) return process.env.STARGRID_REFERENCE_DIR;
  return resolve(appRoot(), '..', 'shared', 'reference');
}

/** Built renderer for web mode. */
export function webDistDir(): string {
  return join(appRoot(), 'out', 'web');
}

/**
 * TMY3 hourly weather shipped with the app (copies of the public-domain NREL TMY3 files, see
 * `data/weather/README.md`), so a clone runs with nothing beside it.
 */
export function weatherDir(): string {
  return join(dataDir(), 'weather');
}
