import type { Database } from 'better-sqlite3';

/**
 * The user's edits of a site's host-utility description (`data/rate-impact/<site>.json`), one
 * number per row keyed by its dotted path in that file (`utility.classes.0.salesMWh`). The
 * bundled file stays as shipped; the services merge these rows over it. Rows go with their site.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE host_utility_overrides (
      site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      path    TEXT NOT NULL,
      value   REAL NOT NULL,
      note    TEXT,
      PRIMARY KEY (site_id, path)
    ) STRICT;
  `);
}
