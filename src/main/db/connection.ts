import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index';
import { assertOpenable, STARGRID_APPLICATION_ID } from './project-file';

export type ProjectDb = Database.Database;

/**
 * Opens (or creates) a project file: refuses anything that is not a good Stargrid project before
 * writing to it, then sets WAL, `foreign_keys = ON`, `synchronous = NORMAL` (durable in WAL at
 * checkpoint; a crash loses at most the last transaction, never the file) and runs pending migrations.
 */
export function openProjectDb(path: string, options: { create: boolean }): { db: ProjectDb; created: boolean } {
  const check = assertOpenable(path);
  if (check.kind === 'missing' && !options.create) {
    throw new Error(`no project file at ${path}`);
  }
  const db = new Database(path, { fileMustExist: check.kind === 'ok' });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 2000');
    const created = check.kind === 'missing';
    // PRAGMA takes no bound parameters; the id is a constant.
    if (created) db.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    migrate(db);
    return { db, created };
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_SCHEMA_VERSION };
