import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../api/errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index';
import { checkContents, checkHeader, checkSchema, refusal, STARGRID_APPLICATION_ID, type ProjectFileCheck } from './project-file';

export type ProjectDb = Database.Database;
export type OpenedProjectDb = {
  db: ProjectDb;
  created: boolean;
  /** Opened from a file this user cannot write (permissions, read-only disk): every write is refused. */
  readOnly: boolean;
  /** Closes the connection (releasing the file) and removes any read-only working copy. */
  close: () => void;
};

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Opens `path` holding it for this connection alone: `locking_mode = EXCLUSIVE` makes SQLite take
 * an exclusive lock on the first read and keep it until the connection closes, so a second
 * Stargrid process (server, CLI or window) gets SQLITE_BUSY and is refused. The lock is the OS's
 * (POSIX advisory locks on Unix, LockFileEx on Windows), so it dies with the process: a crash
 * never leaves a stale lock file behind. In exclusive mode a WAL database keeps its index in heap
 * memory, so no `-shm` file is made, and a clean close checkpoints and removes the `-wal`.
 */
function openHeld(path: string, displayPath: string): ProjectDb {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 250');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new ApiError('project-locked', `${displayPath} is open in another Stargrid process (a window, \`stargrid serve\` or the CLI); close it there first`, 'path');
    throw error;
  }
}

/**
 * A read-only file is opened through a private working copy in the temp folder: SQLite cannot read
 * a WAL database in place without writing its `-shm` beside it, and the user's folder is not ours
 * to write. The copy carries any `-wal` left by a crash, so the user sees the last saved state.
 */
function readOnlyCopy(path: string): { copy: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stargrid-readonly-'));
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return { copy, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function refuse(check: ProjectFileCheck): void {
  const error = refusal(check);
  if (error) throw error;
}

/**
 * Opens (or creates) a project file: refuses anything that is not a good Stargrid project before
 * writing to it, then sets WAL, `foreign_keys = ON`, `synchronous = NORMAL` (durable in WAL at
 * checkpoint; a crash loses at most the last transaction, never the file) and runs pending
 * migrations. A refused file is left as it was, with no `-wal` or `-shm` beside it.
 */
export function openProjectDb(path: string, options: { create: boolean }): OpenedProjectDb {
  const header = checkHeader(path);
  const headerRefusal = refusal(header);
  if (headerRefusal) throw headerRefusal;
  if (header.kind === 'missing' && !options.create) throw new ApiError('not-found', `no project file at ${path}`, 'path');
  const created = header.kind === 'missing';

  if (created) {
    // Claims the name atomically: of two processes creating the same project, one gets EEXIST.
    closeSync(openSync(path, 'wx'));
  }
  const readOnly = !created && (!writable(path) || !writable(dirname(path)));
  const working = readOnly ? readOnlyCopy(path) : null;
  let db: ProjectDb;
  try {
    db = openHeld(working?.copy ?? path, path);
  } catch (error) {
    working?.cleanup();
    if (created) rmSync(path, { force: true });
    throw error;
  }
  try {
    if (!created) refuse(checkContents(db, path));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 2000');
    // PRAGMA takes no bound parameters; the id is a constant.
    if (created) db.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    migrate(db);
    refuse(checkSchema(db, path));
    if (readOnly) db.pragma('query_only = ON');
  } catch (error) {
    db.close();
    working?.cleanup();
    if (created) {
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
    }
    throw error;
  }
  return {
    db,
    created,
    readOnly,
    close: () => {
      if (db.open) db.close();
      working?.cleanup();
    },
  };
}

/**
 * Whether `path` can be opened as a Stargrid project now, by opening and closing it the way the
 * app does (so it writes nothing to a refused file and sees another process's lock).
 */
export function checkProjectFile(path: string): ProjectFileCheck {
  const header = checkHeader(path);
  if (header.kind !== 'ok') return header;
  try {
    return openProjectDbForCheck(path);
  } catch (error) {
    if (error instanceof ApiError) {
      return { kind: 'refused', reason: error.code === 'project-locked' ? 'locked' : 'corrupt', message: error.message };
    }
    throw error;
  }
}

function openProjectDbForCheck(path: string): ProjectFileCheck {
  const readOnly = !writable(path) || !writable(dirname(path));
  const working = readOnly ? readOnlyCopy(path) : null;
  try {
    const db = openHeld(working?.copy ?? path, path);
    try {
      return checkContents(db, path);
    } finally {
      db.close();
    }
  } finally {
    working?.cleanup();
  }
}

export { LATEST_SCHEMA_VERSION };

/**
 * Holds an existing file that is about to be replaced (Save As over it): refused when another
 * process has it open; what is in it does not matter, it will be overwritten. Returns the release.
 */
export function holdForReplace(path: string): () => void {
  let db: ProjectDb;
  try {
    db = openHeld(path, path);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // Not a database (or unreadable): nobody can be holding it as a project.
    return () => undefined;
  }
  return () => db.close();
}
