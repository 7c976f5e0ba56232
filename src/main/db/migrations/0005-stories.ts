import type { Database } from 'better-sqlite3';

/**
 * Stories (issue 17): a named sequence of presentation steps over one site's campus (camera,
 * hour, scenario, caption), played as a tour. `body` is the story JSON as `stories:save`
 * validated it; a story goes with its site.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE stories (
      id         TEXT PRIMARY KEY,
      site_id    TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      body       TEXT NOT NULL CHECK (json_valid(body)),
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX stories_by_site ON stories(site_id);
  `);
}
