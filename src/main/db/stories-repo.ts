import type { Story } from '../../api/schemas/story';
import type { ProjectDb } from './connection';

type Row = { body: string };

/** Saved stories of one project, by site; bodies are stored as validated JSON. */
export function storiesRepo(db: ProjectDb) {
  const listAll = db.prepare<[], Row>('SELECT body FROM stories ORDER BY name COLLATE NOCASE, id');
  const listForSite = db.prepare<[string], Row>('SELECT body FROM stories WHERE site_id = ? ORDER BY name COLLATE NOCASE, id');
  const getStmt = db.prepare<[string], Row>('SELECT body FROM stories WHERE id = ?');
  const upsert = db.prepare<{ id: string; siteId: string; name: string; body: string; updatedAt: string }>(
    `INSERT INTO stories (id, site_id, name, body, updated_at) VALUES (@id, @siteId, @name, @body, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET site_id = excluded.site_id, name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM stories WHERE id = ?');
  const parse = (row: Row) => JSON.parse(row.body) as Story;
  return {
    list: (siteId?: string): Story[] => (siteId === undefined ? listAll.all() : listForSite.all(siteId)).map(parse),
    get: (id: string): Story | undefined => {
      const row = getStmt.get(id);
      return row ? parse(row) : undefined;
    },
    save: (story: Story): void => {
      upsert.run({ id: story.id, siteId: story.siteId, name: story.name, body: JSON.stringify(story), updatedAt: new Date().toISOString() });
    },
    delete: (id: string): boolean => deleteStmt.run(id).changes > 0,
  };
}
export type StoriesRepo = ReturnType<typeof storiesRepo>;

const repos = new WeakMap<ProjectDb, StoriesRepo>();
/** The repo of a project's connection, its statements prepared once per connection. */
export function storiesOf(db: ProjectDb): StoriesRepo {
  let repo = repos.get(db);
  if (!repo) repos.set(db, (repo = storiesRepo(db)));
  return repo;
}
