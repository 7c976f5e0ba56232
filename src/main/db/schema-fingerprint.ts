import Database from 'better-sqlite3';
import { migrate } from './migrations/index';

let cached: ReadonlyMap<string, readonly string[]> | null = null;

/**
 * Tables and their columns as the migrations make them, found by running every migration on an
 * empty in-memory database once: the one description of the schema, so it cannot drift from them.
 */
export function expectedSchema(): ReadonlyMap<string, readonly string[]> {
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    migrate(db);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    cached = new Map(tables.map(({ name }) => [name, db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(name).map((c) => c.name)]));
    return cached;
  } finally {
    db.close();
  }
}
