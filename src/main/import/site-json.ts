import { formatZodIssues } from '../../api/schemas/format-issues';
import { SiteSchema, type Site } from '../../api/schemas/site';
import { ImportError } from './errors';

/** The schema version this build reads; a newer file is refused rather than half-read. */
const SITE_SCHEMA_VERSION = 1;

/**
 * A site JSON as Stargrid writes it (the `data/sites/<id>.json` format) — bare, or wrapped as
 * `{ "site": {...} }` — validated with `SiteSchema`. Throws `ImportError` whose message lists
 * every bad JSON path; `path` holds the first.
 */
export function importSiteJson(text: string, options: { file?: string } = {}): Site {
  const fileWhere = options.file !== undefined ? { file: options.file } : {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON: ${(e as Error).message}`, fileWhere);
  }
  if (typeof json === 'object' && json !== null && !('schemaVersion' in json) && 'site' in json) json = json.site;
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json && typeof json.schemaVersion === 'number' && json.schemaVersion > SITE_SCHEMA_VERSION) {
    throw new ImportError(`is ${json.schemaVersion}, newer than this Stargrid reads (${SITE_SCHEMA_VERSION}); update Stargrid`, { path: 'schemaVersion', ...fileWhere });
  }
  const parsed = SiteSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = formatZodIssues(parsed.error);
  const [first, ...rest] = issues;
  const also = rest.length > 0 ? `; also ${rest.map((i) => `${i.path}: ${i.message}`).join('; ')}` : '';
  throw new ImportError(`${first?.message ?? 'invalid'}${also}`, { path: first?.path ?? '(root)', ...fileWhere });
}
