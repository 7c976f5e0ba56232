import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../src/main/db/connection';
import { migrations } from '../../../src/main/db/migrations/index';
import { up as siteSeries } from '../../../src/main/db/migrations/0004-site-series';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { bytesToFloats, floatsToBytes, siteSeriesRepo } from '../../../src/main/db/site-series-repo';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

const SERIES_STEP = migrations.indexOf(siteSeries) + 1;

function freshDb(name: string) {
  const { db } = openProjectDb(join(tmp.dir, name), { create: true });
  db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
  return db;
}

describe('migration 0004: site_series', () => {
  it('is step 4, after 0001–0003', () => {
    expect(SERIES_STEP).toBe(4);
  });

  it('adds the table to a file left at the previous version, keeping its sites', () => {
    const path = join(tmp.dir, 'old.stargrid');
    const old = new Database(path);
    old.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
    old.transaction(() => {
      for (let v = 0; v < SERIES_STEP - 1; v++) migrations[v]!(old);
      old.pragma(`user_version = ${SERIES_STEP - 1}`);
    })();
    old.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    old.close();

    const { db } = openProjectDb(path, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(SERIES_STEP);
    const repo = siteSeriesRepo(db);
    repo.put({ siteId: 's', kind: 'load', fileName: 'a.csv', body: floatsToBytes(new Float64Array([1, 2])), summary: { mean: 1.5 } });
    expect(repo.list('s')).toMatchObject([{ siteId: 's', kind: 'load', fileName: 'a.csv', summary: { mean: 1.5 } }]);
    db.close();
  });

  it('refuses an unknown kind, a missing site and summary text that is not JSON', () => {
    const db = freshDb('checks.stargrid');
    const insert = db.prepare('INSERT INTO site_series (site_id, kind, body, summary, imported_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => insert.run('s', 'wind', Buffer.alloc(8), '{}', 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('s', 'load', Buffer.alloc(8), 'not json', 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('nowhere', 'load', Buffer.alloc(8), '{}', 'now')).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });

  it('drops the series of a deleted site', () => {
    const db = freshDb('cascade.stargrid');
    siteSeriesRepo(db).put({ siteId: 's', kind: 'price', fileName: null, body: floatsToBytes(new Float64Array(3)), summary: null });
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(db.prepare('SELECT count(*) AS n FROM site_series').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('site series repo', () => {
  it('stores a load as float64 bytes and reads back the same values', () => {
    const db = freshDb('roundtrip.stargrid');
    const repo = siteSeriesRepo(db);
    const values = new Float64Array([0, 1.5, -2.25, 1e-300, 123456.789]);
    repo.put({ siteId: 's', kind: 'load', fileName: 'x.csv', body: floatsToBytes(values), summary: {} });
    const stored = repo.get('s', 'load');
    // 5 values × 8 bytes = 40 bytes
    expect(stored?.body.byteLength).toBe(40);
    expect(Array.from(bytesToFloats(stored!.body))).toEqual(Array.from(values));
    db.close();
  });

  it('changes the stamp on every replace, even within one millisecond', () => {
    const db = freshDb('stamp.stargrid');
    const repo = siteSeriesRepo(db);
    const stamps = new Set<string>();
    for (let i = 0; i < 5; i++) {
      repo.put({ siteId: 's', kind: 'load', fileName: `${i}.csv`, body: floatsToBytes(new Float64Array([i])), summary: {} });
      stamps.add(repo.stamp('s'));
    }
    expect(stamps.size).toBe(5);
    expect(repo.list('s')).toHaveLength(1);
    db.close();
  });

  it('refuses bytes that are not whole float64 values', () => {
    expect(() => bytesToFloats(new Uint8Array(12))).toThrow(/12 bytes is not a whole number of float64 values/);
  });
});
