import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../src/main/db/connection';
import { hostUtilityRepo } from '../../../src/main/db/host-utility-repo';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations/index';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** A project file left at schema version 2 (before host-utility edits) by an older Stargrid. */
function fileAtVersion2(): string {
  const path = join(tmp.dir, 'v2.stargrid');
  const db = new Database(path);
  db.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
  db.transaction(() => {
    for (let v = 0; v < 2; v++) migrations[v]!(db);
    db.pragma('user_version = 2');
  })();
  db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('saline', 'Saline', '{}', 'now')").run();
  db.prepare("INSERT INTO assumption_overrides (site_id, name, value) VALUES ('saline', 'discountRate', 0.07)").run();
  db.close();
  return path;
}

describe('migration 0003: host-utility overrides', () => {
  it('upgrades a version-2 file, keeping its rows, and then holds host-utility edits', () => {
    const { db } = openProjectDb(fileAtVersion2(), { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT site_id, name, value FROM assumption_overrides').all()).toEqual([{ site_id: 'saline', name: 'discountRate', value: 0.07 }]);
    const repo = hostUtilityRepo(db);
    repo.set({ siteId: 'saline', path: 'utility.classes.0.salesMWh', value: 20e6, note: 'EIA-861 2023' });
    expect(repo.listFor('saline')).toEqual([{ siteId: 'saline', path: 'utility.classes.0.salesMWh', value: 20e6, note: 'EIA-861 2023' }]);
    db.close();
  });

  it('keeps one edit per site and path: a second set replaces the first', () => {
    const { db } = openProjectDb(join(tmp.dir, 'n.stargrid'), { create: true });
    db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    const repo = hostUtilityRepo(db);
    repo.set({ siteId: 's', path: 'incrementalCost.capacityUSDPerKW', value: 1200, note: null });
    repo.set({ siteId: 's', path: 'incrementalCost.capacityUSDPerKW', value: 1300, note: 'newer quote' });
    expect(repo.listFor('s')).toEqual([{ siteId: 's', path: 'incrementalCost.capacityUSDPerKW', value: 1300, note: 'newer quote' }]);
    expect(repo.reset('s', 'utility.headroomMW')).toBe(0);
    expect(repo.reset('s', null)).toBe(1);
    expect(repo.listFor('s')).toEqual([]);
    db.close();
  });

  it('refuses an edit for a site the project does not have, and deletes a site’s edits with it', () => {
    const { db } = openProjectDb(join(tmp.dir, 'c.stargrid'), { create: true });
    const repo = hostUtilityRepo(db);
    expect(() => repo.set({ siteId: 'nowhere', path: 'utility.headroomMW', value: 1, note: null })).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    repo.set({ siteId: 's', path: 'utility.headroomMW', value: 100, note: null });
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(db.prepare('SELECT count(*) AS n FROM host_utility_overrides').get()).toEqual({ n: 0 });
    db.close();
  });
});
