import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProjectFile, openProjectDb, type ProjectDb } from '../../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations/index';
import { preparedCacheRepo } from '../../../src/main/db/prepared-cache-repo';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: ProjectDb;
let close: () => void;
beforeEach(() => {
  tmp = makeTempDir();
  ({ db, close } = openProjectDb(join(tmp.dir, 'p.stargrid'), { create: true }));
  db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
  db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('t', 'T', '{}', 'now')").run();
});
afterEach(() => {
  close();
  tmp.cleanup();
});

const keys = (): string[] => (db.prepare('SELECT key FROM prepared_cache ORDER BY key').all() as { key: string }[]).map((r) => r.key);
const bytes = (n: number, fill: number): Buffer => Buffer.alloc(n, fill);

describe('prepared_cache rows', () => {
  it('give back the bytes stored under a key, and nothing under another', () => {
    const repo = preparedCacheRepo(db);
    expect(repo.put('k1', 's', Buffer.from('weather one'))).toBe(true);
    expect(repo.get('k1')?.toString()).toBe('weather one');
    expect(repo.get('k2')).toBeNull();
  });

  it('read as missing when one byte no longer matches the checksum', () => {
    const repo = preparedCacheRepo(db);
    repo.put('k1', 's', Buffer.from('weather one'));
    db.prepare("UPDATE prepared_cache SET body = CAST('weather 0ne' AS BLOB)").run();
    expect(repo.get('k1')).toBeNull();
  });

  it('keep at most the byte bound, dropping the least recently used first and never the row just written', () => {
    // Bound 300 bytes, rows of 100: three fit.
    const repo = preparedCacheRepo(db, 300);
    repo.put('a', 's', bytes(100, 1));
    repo.put('b', 's', bytes(100, 2));
    repo.put('c', 's', bytes(100, 3));
    // Reading 'a' makes 'b' the least recently used: 'd' evicts 'b'.
    expect(repo.get('a')).not.toBeNull();
    repo.put('d', 's', bytes(100, 4));
    expect(keys()).toEqual(['a', 'c', 'd']);
    // A 250-byte row leaves room for none of the others (100 + 250 > 300): 'c', 'a' and 'd' go, oldest use first.
    repo.put('e', 's', bytes(250, 5));
    expect(keys()).toEqual(['e']);
    expect(repo.totalBytes()).toBe(250);
    // A row larger than the whole bound is not stored and evicts nothing.
    expect(repo.put('f', 's', bytes(301, 6))).toBe(false);
    expect(keys()).toEqual(['e']);
  });

  it('are not written, and reads still answer, when the connection may only read', () => {
    const repo = preparedCacheRepo(db);
    repo.put('k1', 's', Buffer.from('one'));
    db.pragma('query_only = ON');
    expect(repo.put('k2', 's', Buffer.from('two'))).toBe(false);
    expect(repo.get('k1')?.toString()).toBe('one');
    db.pragma('query_only = OFF');
    expect(keys()).toEqual(['k1']);
  });

  it('go with their site', () => {
    const repo = preparedCacheRepo(db);
    repo.put('k1', 's', Buffer.from('one'));
    repo.put('k2', 't', Buffer.from('two'));
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(keys()).toEqual(['k2']);
  });

  it('cannot be stored for a site the project does not hold (a miss, nothing thrown)', () => {
    expect(preparedCacheRepo(db).put('k1', 'nowhere', Buffer.from('one'))).toBe(false);
    expect(keys()).toEqual([]);
  });
});

/** Every row of every table, in rowid order: what a project holds. */
function everyRow(d: Database.Database): Record<string, unknown[]> {
  const tables = d.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  return Object.fromEntries(tables.map(({ name }) => [name, d.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('migration 0009: the prepared-input cache table', () => {
  it('is added to a version-8 project keeping every row it had, and the file checks as before', () => {
    const path = join(tmp.dir, 'v8.stargrid');
    const v8 = new Database(path);
    v8.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    v8.transaction(() => {
      for (let v = 0; v < 8; v++) migrations[v]!(v8);
      v8.pragma('user_version = 8');
    })();
    v8.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('old', 'Old', '{\"a\":1}', 'then')").run();
    v8.prepare("INSERT INTO scenarios (id, site_id, name, body, updated_at) VALUES ('plan', 'old', 'Plan', '{}', 'then')").run();
    v8.prepare("INSERT INTO site_series (site_id, kind, file_name, body, summary, imported_at) VALUES ('old', 'price', 'p.csv', x'0102', '{}', 't1')").run();
    v8.prepare("INSERT INTO summary_cache (key, site_id, body, checksum, used_at) VALUES ('k', 'old', x'00ff', 'c', 5)").run();
    v8.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Old project')").run();
    const before = everyRow(v8);
    v8.close();

    const opened = openProjectDb(path, { create: false });
    try {
      expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const after = everyRow(opened.db);
      expect(after.prepared_cache).toEqual([]);
      delete after.prepared_cache;
      expect(after).toEqual(before);
      expect(preparedCacheRepo(opened.db).put('k', 'old', Buffer.from('x'))).toBe(true);
    } finally {
      opened.close();
    }
    expect(checkProjectFile(path)).toMatchObject({ kind: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
  });
});
