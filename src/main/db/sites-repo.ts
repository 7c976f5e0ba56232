import { ApiError } from '../../api/errors';
import { formatZodIssues } from '../../api/schemas/format-issues';
import { SiteSchema, type Site } from '../../api/schemas/site';
import type { ProjectDb } from './connection';

type Row = { id: string; name: string; body: string };

/** A row whose body no longer reads as a site (edited by hand, written by a broken build): listed, never run. */
export type DamagedSite = { id: string; name: string; damaged: string };

/** Reads a stored body as a site, or says what is wrong with it. */
function readRow(row: Row): { site: Site } | DamagedSite {
  let raw: unknown;
  try {
    raw = JSON.parse(row.body) as unknown;
  } catch {
    return { id: row.id, name: row.name, damaged: 'its stored data is not valid JSON' };
  }
  const parsed = SiteSchema.safeParse(raw);
  if (parsed.success) return { site: parsed.data };
  const first = formatZodIssues(parsed.error)[0];
  return { id: row.id, name: row.name, damaged: `its stored data is not a valid site (${first ? `${first.path}: ${first.message}` : 'unreadable'})` };
}

/** Sites of one project, stored as validated JSON bodies keyed by id. */
export function sitesRepo(db: ProjectDb) {
  const listStmt = db.prepare<[], Row>('SELECT id, name, body FROM sites ORDER BY name COLLATE NOCASE');
  const getStmt = db.prepare<[string], Row>('SELECT id, name, body FROM sites WHERE id = ?');
  const existsStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sites WHERE id = ?');
  const upsertStmt = db.prepare<{ id: string; name: string; body: string; bundled: number; updatedAt: string }>(
    `INSERT INTO sites (id, name, body, bundled, updated_at) VALUES (@id, @name, @body, @bundled, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM sites WHERE id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sites');

  return {
    /** The sites that read back as sites; a damaged row is left out (see `listAll`). */
    list: (): Site[] => listStmt.all().flatMap((row) => {
      const read = readRow(row);
      return 'site' in read ? [read.site] : [];
    }),
    /** Every row: the sites, and the damaged ones with what is wrong, so one bad row does not hide the rest. */
    listAll: (): Array<{ site: Site } | DamagedSite> => listStmt.all().map(readRow),
    get: (id: string): Site | undefined => {
      const row = getStmt.get(id);
      if (!row) return undefined;
      const read = readRow(row);
      if ('site' in read) return read.site;
      throw new ApiError('project-refused', `site "${id}" is damaged in this project file: ${read.damaged}; import or save it again`, 'id');
    },
    exists: (id: string): boolean => existsStmt.get(id) !== undefined,
    save: (site: Site, bundled = false): void => {
      upsertStmt.run({ id: site.id, name: site.name, body: JSON.stringify(site), bundled: bundled ? 1 : 0, updatedAt: new Date().toISOString() });
    },
    /** All in one transaction: a project is seeded completely or not at all. */
    saveMany: (sites: Site[], bundled: boolean): void => {
      const now = new Date().toISOString();
      db.transaction(() => {
        for (const site of sites) upsertStmt.run({ id: site.id, name: site.name, body: JSON.stringify(site), bundled: bundled ? 1 : 0, updatedAt: now });
      })();
    },
    delete: (id: string): boolean => deleteStmt.run(id).changes > 0,
    count: (): number => countStmt.get()?.n ?? 0,
  };
}
export type SitesRepo = ReturnType<typeof sitesRepo>;
