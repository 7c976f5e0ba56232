import type { Database } from 'better-sqlite3';

/**
 * A site may carry the host system's hourly load (issue 13): `site_series.kind` gains
 * 'system-load'. SQLite cannot alter a CHECK constraint, so the table is rebuilt with the same
 * columns and rows (the documented 12-step pattern, https://www.sqlite.org/lang_altertable.html);
 * nothing references `site_series`, so the rename touches no other table. The body holds the
 * file's UTF-8 text, re-read at the site's clock when used, like weather.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE site_series_new (
      site_id     TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL CHECK (kind IN ('load', 'price', 'weather', 'system-load')),
      file_name   TEXT,
      body        BLOB NOT NULL,
      summary     TEXT CHECK (json_valid(summary)),
      imported_at TEXT NOT NULL,
      PRIMARY KEY (site_id, kind)
    ) STRICT;
    INSERT INTO site_series_new (site_id, kind, file_name, body, summary, imported_at)
      SELECT site_id, kind, file_name, body, summary, imported_at FROM site_series;
    DROP TABLE site_series;
    ALTER TABLE site_series_new RENAME TO site_series;
  `);
}
