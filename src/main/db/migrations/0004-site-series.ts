import type { Database } from 'better-sqlite3';

/**
 * Hourly series imported for a site (issues 3, 4, 7): at most one load, one price and one
 * weather file per site, replaced on re-import and dropped with the site.
 * `body` holds the parsed load (MW) and price (USD/MWh) as little-endian Float64Array bytes
 * (8760 or 8784 × 8 bytes: exact, and 4× smaller than CSV text). Weather keeps the file's UTF-8
 * text: a weather year is eight or more hourly columns plus its source and position, and the
 * text re-parses in milliseconds with the same parser as the import, so a parser fix reaches
 * stored files and a plain CSV is placed at the site's current location.
 * `summary` is the JSON the import returned (figures the dialog shows, no values).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE site_series (
      site_id     TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL CHECK (kind IN ('load', 'price', 'weather')),
      file_name   TEXT,
      body        BLOB NOT NULL,
      summary     TEXT CHECK (json_valid(summary)),
      imported_at TEXT NOT NULL,
      PRIMARY KEY (site_id, kind)
    ) STRICT;
  `);
}
