import type { Database } from 'better-sqlite3';

/**
 * Derived data (issue 14): the summary of a site × scenario run, kept so a restart answers the
 * portfolio without running the engine again. `key` is a SHA-256 of every input of the run (see
 * src/main/model/summary-key.ts), so a changed input never finds an old row; `body` is the answer
 * as `node:v8` serializes it (exact numbers, NaN and undefined included) and `checksum` its
 * SHA-256, so a damaged row is seen and recomputed. `used_at` (ms since 1970) orders eviction.
 * Nothing the user saved refers to this table; a row of a deleted site goes with it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE summary_cache (
      key      TEXT PRIMARY KEY,
      site_id  TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      body     BLOB NOT NULL,
      checksum TEXT NOT NULL,
      used_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX summary_cache_by_use ON summary_cache(used_at);
    CREATE INDEX summary_cache_by_site ON summary_cache(site_id);
  `);
}
