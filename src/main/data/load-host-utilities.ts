import { join } from 'node:path';
import { HostUtilityFileSchema, type HostUtilityFile } from '../../api/schemas/host-utility';
import { dataDir } from '../paths';
import { loadJsonFolder, type FileIssue } from './load-folder';

export type HostUtilitiesLoad = { utilities: HostUtilityFile[]; errors: FileIssue[] };

/**
 * Loads every host-utility file in `dir` (default `data/rate-impact`). A file must be named
 * `<siteId>.json` and every number in it must have a source or an estimate mark
 * (`unmarkedFigures`); a file that breaks either rule, or the schema, is reported in `errors`
 * with its JSON path and skipped, the others load.
 */
export function loadHostUtilities(dir: string = join(dataDir(), 'rate-impact')): HostUtilitiesLoad {
  const { items, errors } = loadJsonFolder(dir, HostUtilityFileSchema);
  const utilities: HostUtilityFile[] = [];
  for (const { file, value } of items) {
    if (file !== `${value.siteId}.json`) {
      errors.push({ file, path: 'siteId', message: `is '${value.siteId}' but the file is named ${file}; name it ${value.siteId}.json` });
      continue;
    }
    const unmarked = unmarkedFigures(value);
    if (unmarked.length > 0) {
      errors.push(...unmarked.map((path) => ({ file, path, message: 'has neither a source nor an estimate mark' })));
      continue;
    }
    utilities.push(value);
  }
  return { utilities, errors };
}

let cache: Map<string, HostUtilityFile> | null = null;

/** The bundled host utility of a site, or null when `data/rate-impact` has none for it. Bad files are reported on stderr once. */
export function bundledHostUtility(siteId: string): HostUtilityFile | null {
  if (!cache) {
    const { utilities, errors } = loadHostUtilities();
    for (const e of errors) process.stderr.write(`data/rate-impact/${e.file}: ${e.path}: ${e.message}\n`);
    cache = new Map(utilities.map((u) => [u.siteId, u]));
  }
  return cache.get(siteId) ?? null;
}

/**
 * Dotted paths of the numbers in the file's engine sections (`utility`, `largeLoad`,
 * `incrementalCost`, `capacityMarket`, `horizon`) that neither `sources` nor `estimates` covers.
 * A key covers a path when it equals it or is a section prefix of it (`utility.classes` covers
 * `utility.classes.0.salesMWh`), the same rule the engine uses for estimate marks.
 */
export function unmarkedFigures(file: HostUtilityFile): string[] {
  const keys = [...Object.keys(file.sources), ...Object.keys(file.estimates)];
  const covered = (path: string) => keys.some((k) => path === k || path.startsWith(`${k}.`));
  const unmarked: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') {
      if (!covered(path)) unmarked.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}.${i}`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    }
  };
  for (const section of ['utility', 'largeLoad', 'incrementalCost', 'capacityMarket', 'horizon'] as const) {
    if (file[section] !== undefined) walk(file[section], section);
  }
  return unmarked;
}
