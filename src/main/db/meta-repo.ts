import type { ProjectDb } from './connection';

/** Key/value project metadata (name, creation time, the app version that created it). */
export function metaRepo(db: ProjectDb) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM project_meta WHERE key = ?');
  const setStmt = db.prepare<[string, string]>(
    'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key: string): string | undefined => getStmt.get(key)?.value,
    set: (key: string, value: string): void => {
      setStmt.run(key, value);
    },
  };
}
