import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations/index';
import { renameEconomics } from '../../../src/main/db/migrations/0006-economics-names';
import { STARGRID_APPLICATION_ID } from '../../../src/main/db/project-file';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** A project file left at schema `version` by an older Stargrid. */
function fileAtVersion(version: number): string {
  const path = join(tmp.dir, `v${version}.stargrid`);
  const db = new Database(path);
  db.pragma(`application_id = ${STARGRID_APPLICATION_ID}`);
  db.transaction(() => {
    for (let v = 0; v < version; v++) migrations[v]!(db);
    db.pragma(`user_version = ${version}`);
  })();
  db.close();
  return path;
}

describe('migration 0002: assumption overrides may be formulas', () => {
  it('keeps a version-1 value override and then accepts a formula override', () => {
    const path = fileAtVersion(1);
    const v1 = new Database(path);
    v1.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    v1.prepare("INSERT INTO assumption_overrides (site_id, name, value, note) VALUES ('s', 'discountRate', 0.08, 'board case')").run();
    v1.close();

    const { db } = openProjectDb(path, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT site_id, name, value, expr, note FROM assumption_overrides').all()).toEqual([
      { site_id: 's', name: 'discountRate', value: 0.08, expr: null, note: 'board case' },
    ]);
    db.prepare("INSERT INTO assumption_overrides (site_id, name, expr) VALUES (NULL, 'crf', '0.1')").run();
    db.close();
  });

  it('refuses a row with both a value and a formula, or neither', () => {
    const { db } = openProjectDb(join(tmp.dir, 'new.stargrid'), { create: true });
    expect(() => db.prepare("INSERT INTO assumption_overrides (name, value, expr) VALUES ('x', 1, '2')").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO assumption_overrides (name) VALUES ('x')").run()).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('still cascades the overrides of a deleted site', () => {
    const { db } = openProjectDb(join(tmp.dir, 'c.stargrid'), { create: true });
    db.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    db.prepare("INSERT INTO assumption_overrides (site_id, name, value) VALUES ('s', 'discountRate', 0.05)").run();
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(db.prepare('SELECT count(*) AS n FROM assumption_overrides').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 0006: one spelling per economics quantity', () => {
  it('renames saved overrides, names inside formula edits and scenario overrides, and keeps names with no successor', () => {
    const path = fileAtVersion(5);
    const v5 = new Database(path);
    v5.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    const insert = v5.prepare('INSERT INTO assumption_overrides (site_id, name, value, expr, note) VALUES (?, ?, ?, ?, NULL)');
    insert.run('s', 'gasCtFrameFixedOmUSDPerKWYr', 9, null);
    insert.run(null, 'fuelUSDPerYr', null, 'fuelMMBtuPerYr * gasPriceUSDPerMMBtu * 1.1');
    insert.run('s', 'lifetimeYears', 25, null);
    v5.prepare("INSERT INTO scenarios (id, site_id, name, body, updated_at) VALUES ('x', 's', 'X', ?, 'now')").run(JSON.stringify({ id: 'x', name: 'X', base: 'hybrid', overrides: { solarVariableOmUSDPerMWh: 1, discountRate: 0.08 } }));
    v5.close();

    const { db } = openProjectDb(path, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name, value, expr FROM assumption_overrides ORDER BY name').all()).toEqual([
      { name: 'fuelUSDPerYear', value: null, expr: 'fuelMMBtuPerYear * gasPriceUSDPerMMBtu * 1.1' },
      { name: 'gasCtFrameFixedOMUSDPerKWYear', value: 9, expr: null },
      { name: 'lifetimeYears', value: 25, expr: null },
    ]);
    const body = JSON.parse((db.prepare("SELECT body FROM scenarios WHERE id = 'x'").get() as { body: string }).body) as { overrides: Record<string, number> };
    expect(body.overrides).toEqual({ solarVariableOMUSDPerMWh: 1, discountRate: 0.08 });
    db.close();
  });

  it('renames identifier by identifier and leaves other names alone', () => {
    expect(renameEconomics('fixedOmUSDPerYr + variableOmUSDPerYr')).toBe('fixedOMUSDPerYear + variableOMUSDPerYear');
    expect(renameEconomics('gasPriceUSDPerMMBtu * 2')).toBe('gasPriceUSDPerMMBtu * 2');
  });
});

describe('migration 0007: a site may carry the host system load', () => {
  it('keeps the version-6 series byte for byte, then accepts a system load and still cascades a deleted site', () => {
    const path = fileAtVersion(6);
    const v6 = new Database(path);
    v6.prepare("INSERT INTO sites (id, name, body, updated_at) VALUES ('s', 'S', '{}', 'now')").run();
    v6.prepare("INSERT INTO site_series (site_id, kind, file_name, body, summary, imported_at) VALUES ('s', 'price', 'p.csv', x'0102', '{\"hours\":8760}', 't1')").run();
    expect(() => v6.prepare("INSERT INTO site_series (site_id, kind, body, imported_at) VALUES ('s', 'system-load', x'00', 't2')").run()).toThrow(/CHECK constraint/);
    v6.close();

    const { db } = openProjectDb(path, { create: false });
    expect(db.prepare('SELECT site_id, kind, file_name, hex(body) AS body, summary, imported_at FROM site_series').all()).toEqual([
      { site_id: 's', kind: 'price', file_name: 'p.csv', body: '0102', summary: '{"hours":8760}', imported_at: 't1' },
    ]);
    db.prepare("INSERT INTO site_series (site_id, kind, body, imported_at) VALUES ('s', 'system-load', x'00', 't2')").run();
    expect(() => db.prepare("INSERT INTO site_series (site_id, kind, body, imported_at) VALUES ('s', 'nonsense', x'00', 't3')").run()).toThrow(/CHECK constraint/);
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM site_series').get()).toEqual({ n: 0 });
    db.close();
  });
});
