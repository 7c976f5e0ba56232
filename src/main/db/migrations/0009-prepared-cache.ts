import type { Database } from 'better-sqlite3';

/**
 * Derived data (issue 14): a site's prepared hourly inputs (its parsed weather year, the output of
 * 1 MWac of PV per mounting, the load of a year), kept so a new process does not parse and compute
 * them again. `key` is a SHA-256 over exactly the inputs that decide the array plus the engine
 * build (src/main/model/prepared-key.ts), so a changed input never finds an old row; `body` is the
 * value as `node:v8` serializes it (typed arrays bit for bit), `checksum` its SHA-256 so a damaged
 * row is seen and recomputed, `bytes` its length for the size bound, `used_at` (ms since 1970)
 * orders eviction. Nothing the user saved refers to this table; a deleted site's rows go with it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE prepared_cache (
      key      TEXT PRIMARY KEY,
      site_id  TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      body     BLOB NOT NULL,
      checksum TEXT NOT NULL,
      bytes    INTEGER NOT NULL,
      used_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX prepared_cache_by_use ON prepared_cache(used_at);
    CREATE INDEX prepared_cache_by_site ON prepared_cache(site_id);
  `);
}
