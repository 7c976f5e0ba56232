import { loadSites } from './data/load-sites';
import type { Site } from '../api/schemas/site';

let cache: Site[] | null = null;

/**
 * The sites shipped in `data/sites`, validated. A bad file is reported on stderr with its JSON
 * path and skipped, so one broken file never hides the others.
 */
export function loadBundledSites(): Site[] {
  if (cache) return cache;
  const { sites, errors } = loadSites();
  for (const e of errors) process.stderr.write(`data/sites/${e.file}: ${e.path}: ${e.message}\n`);
  cache = sites;
  return sites;
}
