import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb, type ProjectDb } from '../../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations/index';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { summaryCacheRepo } from '../../../src/main/db/summary-cache-repo';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: ProjectDb;
let close: () => void;
beforeEach(() => {
  tmp = makeTempDir();
  ({ db, close } = openProjectDb(join(tmp.dir, 'p.stargrid'), { create: true }));
  db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
});
afterEach(() => {
  close();
  tmp.cleanup();
});

const keys = (): string[] => (db.prepare('SELECT key FROM summary_cache ORDER BY key').all() as { key: string }[]).map((r) => r.key);

describe('summary_cache rows', () => {
  it('give back the bytes stored under a key, and nothing under another', () => {
    const repo = summaryCacheRepo(db);
    expect(repo.put('k1', 's', Buffer.from('answer one'))).toBe(true);
    expect(repo.get('k1')?.toString()).toBe('answer one');
    expect(repo.get('k2')).toBeNull();
  });

  it('read as missing when the bytes no longer match their checksum', () => {
    const repo = summaryCacheRepo(db);
    repo.put('k1', 's', Buffer.from('answer one'));
    db.prepare("UPDATE summary_cache SET body = CAST('answer 0ne' AS BLOB)").run();
    expect(repo.get('k1')).toBeNull();
  });

  it('keep at most the bound, dropping the least recently used first', () => {
    const repo = summaryCacheRepo(db, 3);
    for (const key of ['a', 'b', 'c']) repo.put(key, 's', Buffer.from(key));
    // Reading 'a' makes 'b' the least recently used: the fourth row evicts 'b', the fifth 'c'.
    expect(repo.get('a')).not.toBeNull();
    repo.put('d', 's', Buffer.from('d'));
    expect(keys()).toEqual(['a', 'c', 'd']);
    repo.put('e', 's', Buffer.from('e'));
    expect(keys()).toEqual(['a', 'd', 'e']);
    expect(repo.count()).toBe(3);
  });

  it('are not written, and reads still answer, when the connection may only read', () => {
    const repo = summaryCacheRepo(db);
    repo.put('k1', 's', Buffer.from('one'));
    db.pragma('query_only = ON');
    expect(repo.put('k2', 's', Buffer.from('two'))).toBe(false);
    expect(repo.get('k1')?.toString()).toBe('one');
    db.pragma('query_only = OFF');
    expect(keys()).toEqual(['k1']);
  });
});

describe('migration 0008: the summary cache table', () => {
  it('is added to a version-7 project, keeping its sites, and the file opens and checks as before', () => {
    const path = join(tmp.dir, 'v7.stargrid');
    const v7 = new Database(path);
    v7.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    v7.transaction(() => {
      for (let v = 0; v < 7; v++) migrations[v]!(v7);
      v7.pragma('user_version = 7');
    })();
    v7.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('old', 'Old', '{}', 'then')").run();
    v7.close();
    const opened = openProjectDb(path, { create: false });
    try {
      expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(opened.db.prepare('SELECT id FROM sites').all()).toEqual([{ id: 'old' }]);
      expect(summaryCacheRepo(opened.db).put('k', 'old', Buffer.from('x'))).toBe(true);
    } finally {
      opened.close();
    }
  });
});
