import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProjectFile, openProjectDb } from '../../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations/index';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { makeTempDir } from '../../helpers/temp-dir';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

function makeProject(name: string): string {
  const path = join(tmp.dir, name);
  const { db } = openProjectDb(path, { create: true });
  db.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'x')").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

describe('opening project files', () => {
  it('gives a new file the latest schema version, WAL, foreign keys and the Stargrid application id', () => {
    const path = join(tmp.dir, 'new.stargrid');
    const { db, created } = openProjectDb(path, { create: true });
    expect(created).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(STARGRID_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(checkProjectFile(path)).toEqual({ kind: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it('upgrades a file from an older schema version in place', () => {
    const path = join(tmp.dir, 'old.stargrid');
    const old = new Database(path);
    old.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    old.pragma('user_version = 0');
    old.close();
    const { db } = openProjectDb(path, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
    expect(tables).toEqual(['assumption_overrides', 'host_utility_overrides', 'prepared_cache', 'project_meta', 'runs', 'scenarios', 'site_series', 'sites', 'stories', 'summary_cache']);
    db.close();
  });

  it('refuses a file from a newer schema version and leaves its bytes unchanged', () => {
    const path = makeProject('newer.stargrid');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = sha(path);
    const message = `written by a newer Stargrid (project schema ${LATEST_SCHEMA_VERSION + 5}; this version reads up to ${LATEST_SCHEMA_VERSION})`;
    expect(() => openProjectDb(path, { create: false })).toThrow(message);
    expect(sha(path)).toBe(before);
  });

  it('refuses a text file named .stargrid as not an SQLite database', () => {
    const path = join(tmp.dir, 'notes.stargrid');
    writeFileSync(path, 'these are my meeting notes, not a project\n');
    const before = sha(path);
    expect(() => openProjectDb(path, { create: false })).toThrow(/is not a Stargrid project: it is not an SQLite database/);
    expect(sha(path)).toBe(before);
  });

  it('refuses an SQLite database of another application', () => {
    const path = join(tmp.dir, 'other.stargrid');
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = sha(path);
    expect(() => openProjectDb(path, { create: false })).toThrow(/SQLite database of another application, not a Stargrid project/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a truncated project as damaged', () => {
    const path = makeProject('cut.stargrid');
    const size = readFileSync(path).length;
    truncateSync(path, size - 4096);
    const before = sha(path);
    expect(() => openProjectDb(path, { create: false })).toThrow(/is damaged/);
    expect(sha(path)).toBe(before);
  });

  it('reports a missing file without creating it unless asked', () => {
    const path = join(tmp.dir, 'absent.stargrid');
    expect(checkProjectFile(path)).toEqual({ kind: 'missing' });
    expect(() => openProjectDb(path, { create: false })).toThrow(/no project file/);
  });
});
