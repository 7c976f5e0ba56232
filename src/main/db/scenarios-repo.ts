import type { Scenario } from '../../api/schemas/scenario';
import type { ProjectDb } from './connection';

type Row = { id: string; site_id: string | null; body: string };

/** User scenarios of one project; a scenario may belong to one site or to all (site_id NULL). */
export function scenariosRepo(db: ProjectDb) {
  const listAll = db.prepare<[], Row>('SELECT id, site_id, body FROM scenarios ORDER BY name COLLATE NOCASE');
  const listForSite = db.prepare<[string], Row>(
    'SELECT id, site_id, body FROM scenarios WHERE site_id IS NULL OR site_id = ? ORDER BY name COLLATE NOCASE',
  );
  const getStmt = db.prepare<[string], Row>('SELECT id, site_id, body FROM scenarios WHERE id = ?');
  const upsertStmt = db.prepare<{ id: string; siteId: string | null; name: string; body: string; updatedAt: string }>(
    `INSERT INTO scenarios (id, site_id, name, body, updated_at) VALUES (@id, @siteId, @name, @body, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET site_id = excluded.site_id, name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM scenarios WHERE id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM scenarios');

  const parse = (row: Row) => ({ siteId: row.site_id, scenario: JSON.parse(row.body) as Scenario });

  return {
    list: (siteId?: string) => (siteId === undefined ? listAll.all() : listForSite.all(siteId)).map(parse),
    get: (id: string) => {
      const row = getStmt.get(id);
      return row ? parse(row) : undefined;
    },
    save: (scenario: Scenario, siteId: string | null): void => {
      upsertStmt.run({ id: scenario.id, siteId, name: scenario.name, body: JSON.stringify(scenario), updatedAt: new Date().toISOString() });
    },
    delete: (id: string): boolean => deleteStmt.run(id).changes > 0,
    count: (): number => countStmt.get()?.n ?? 0,
  };
}
export type ScenariosRepo = ReturnType<typeof scenariosRepo>;
