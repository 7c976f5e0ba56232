import { join } from 'node:path';
import { SiteSchema, type Site } from '../../api/schemas/site';
import { dataDir } from '../paths';
import { loadJsonFolder, type FileIssue } from './load-folder';

export type SitesLoad = { sites: Site[]; errors: FileIssue[] };

/**
 * Loads every site file in `dir` (default `data/sites`). Bad files are reported in `errors`
 * with the JSON path and problem; the others load. A file must be named `<id>.json`, which
 * also keeps ids unique, because ids are how scenarios and projects refer to sites.
 */
export function loadSites(dir: string = join(dataDir(), 'sites')): SitesLoad {
  const { items, errors } = loadJsonFolder(dir, SiteSchema);
  const sites: Site[] = [];
  for (const { file, value: site } of items) {
    if (file === `${site.id}.json`) sites.push(site);
    else errors.push({ file, path: 'id', message: `is '${site.id}' but the file is named ${file}; name it ${site.id}.json` });
  }
  return { sites, errors };
}
