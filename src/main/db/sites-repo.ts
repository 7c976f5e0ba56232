import type { Site } from '../../api/schemas/site';
import type { ProjectDb } from './connection';

type Row = { id: string; body: string };

/** Sites of one project, stored as validated JSON bodies keyed by id. */
export function sitesRepo(db: ProjectDb) {
  const listStmt = db.prepare<[], Row>('SELECT id, body FROM sites ORDER BY name COLLATE NOCASE');
  const getStmt = db.prepare<[string], Row>('SELECT id, body FROM sites WHERE id = ?');
  const existsStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sites WHERE id = ?');
  const upsertStmt = db.prepare<{ id: string; name: string; body: string; bundled: number; updatedAt: string }>(
    `INSERT INTO sites (id, name, body, bundled, updated_at) VALUES (@id, @name, @body, @bundled, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM sites WHERE id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sites');

  const parse = (row: Row): Site => JSON.parse(row.body) as Site;

  return {
    list: (): Site[] => listStmt.all().map(parse),
    get: (id: string): Site | undefined => {
      const row = getStmt.get(id);
      return row ? parse(row) : undefined;
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
