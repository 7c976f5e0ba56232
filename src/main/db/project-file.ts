import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ApiError } from '../../api/errors';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { expectedSchema } from './schema-fingerprint';

/** `PRAGMA application_id` of a Stargrid project: ASCII "SGRD". */
export const STARGRID_APPLICATION_ID = 0x53475244;
const SQLITE_MAGIC = 'SQLite format 3\0';

export type RefusalReason = 'not-sqlite' | 'not-stargrid' | 'newer-version' | 'corrupt' | 'locked';
export type ProjectFileCheck =
  | { kind: 'missing' }
  | { kind: 'ok'; schemaVersion: number }
  | { kind: 'refused'; reason: RefusalReason; message: string };

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * What the file's bytes say before SQLite touches it (https://www.sqlite.org/fileformat.html):
 * the 16-byte magic string, the page size and the in-header page count against the file's length
 * (a truncated copy). Reads 100 bytes; writes nothing.
 */
export function checkHeader(path: string): ProjectFileCheck {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { kind: 'refused', reason: 'not-sqlite', message: `${path} is a folder, not a project file` };
    if (!stat.isFile()) return { kind: 'refused', reason: 'not-sqlite', message: `${path} is not a file` };
    size = stat.size;
  } catch {
    return { kind: 'missing' };
  }
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    return { kind: 'refused', reason: 'not-sqlite', message: `${path} is not a Stargrid project: it is not an SQLite database` };
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The in-header page count is only meaningful when the version-valid-for number matches the change counter.
  const pageCountValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const pageCount = pageCountValid ? header.readUInt32BE(28) : 0;
  if (pageSize < 512 || size % pageSize !== 0 || (pageCount > 0 && size < pageCount * pageSize)) {
    return { kind: 'refused', reason: 'corrupt', message: `${path} is damaged: the file is shorter than its header says (truncated or corrupt)` };
  }
  return { kind: 'ok', schemaVersion: header.readUInt32BE(60) };
}

/**
 * On a connection that already holds the file (see `connection.ts`): `PRAGMA quick_check`, the
 * application id and the schema version. Reads only.
 */
export function checkContents(db: Database.Database, path: string): ProjectFileCheck {
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { kind: 'refused', reason: 'corrupt', message: `${path} is damaged: SQLite integrity check says "${String(check)}"` };
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== STARGRID_APPLICATION_ID) {
      return { kind: 'refused', reason: 'not-stargrid', message: `${path} is an SQLite database of another application, not a Stargrid project` };
    }
    if (version > LATEST_SCHEMA_VERSION) {
      return {
        kind: 'refused',
        reason: 'newer-version',
        message: `${path} was written by a newer Stargrid (project schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}); update Stargrid to open it`,
      };
    }
    return { kind: 'ok', schemaVersion: version };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'refused', reason: 'corrupt', message: `${path} is damaged and cannot be read (${detail})` };
  }
}

/**
 * After migration: every table and column the migrations make is there. A file with Stargrid's
 * id whose tables were dropped or renamed ("no such table: sites") is damaged, refused at open
 * rather than failing on the first query.
 */
export function checkSchema(db: Database.Database, path: string): ProjectFileCheck {
  const expected = expectedSchema();
  for (const [table, columns] of expected) {
    const present = new Set(db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((r) => r.name));
    if (present.size === 0) return { kind: 'refused', reason: 'corrupt', message: `${path} is damaged: it has Stargrid's id but no "${table}" table` };
    const missing = columns.filter((c) => !present.has(c));
    if (missing.length > 0) return { kind: 'refused', reason: 'corrupt', message: `${path} is damaged: table "${table}" lacks column(s) ${missing.join(', ')}` };
  }
  return { kind: 'ok', schemaVersion: db.pragma('user_version', { simple: true }) as number };
}

export function refusal(check: ProjectFileCheck): ApiError | null {
  if (check.kind !== 'refused') return null;
  return new ApiError(check.reason === 'locked' ? 'project-locked' : 'project-refused', check.message, 'path');
}
