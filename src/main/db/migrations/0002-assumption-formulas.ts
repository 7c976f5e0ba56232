import type { Database } from 'better-sqlite3';

/**
 * Assumption overrides may now replace a formula's expression as well as an input's value: a row
 * holds exactly one of `value` and `expr`. SQLite cannot relax NOT NULL in place, so the table is
 * rebuilt and the rows copied (https://www.sqlite.org/lang_altertable.html, "other kinds of table
 * schema changes"). Existing value overrides keep their site, name, value and note.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assumption_overrides_v2 (
      site_id TEXT REFERENCES sites(id) ON DELETE CASCADE,
      name    TEXT NOT NULL,
      value   REAL,
      expr    TEXT,
      note    TEXT,
      CHECK ((value IS NULL) <> (expr IS NULL))
    ) STRICT;
    INSERT INTO assumption_overrides_v2 (site_id, name, value, expr, note)
      SELECT site_id, name, value, NULL, note FROM assumption_overrides;
    DROP TABLE assumption_overrides;
    ALTER TABLE assumption_overrides_v2 RENAME TO assumption_overrides;
    CREATE UNIQUE INDEX assumption_overrides_key ON assumption_overrides(ifnull(site_id, ''), name);
  `);
}
