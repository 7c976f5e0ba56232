import type { Database } from 'better-sqlite3';

/** The first schema: project metadata, sites, scenarios, assumption overrides and run history. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE project_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sites (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      body       TEXT NOT NULL CHECK (json_valid(body)),
      bundled    INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE scenarios (
      id         TEXT PRIMARY KEY,
      site_id    TEXT REFERENCES sites(id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      body       TEXT NOT NULL CHECK (json_valid(body)),
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX scenarios_by_site ON scenarios(site_id);

    CREATE TABLE assumption_overrides (
      site_id TEXT REFERENCES sites(id) ON DELETE CASCADE,
      name    TEXT NOT NULL,
      value   REAL NOT NULL,
      note    TEXT
    ) STRICT;
    CREATE UNIQUE INDEX assumption_overrides_key ON assumption_overrides(ifnull(site_id, ''), name);

    CREATE TABLE runs (
      id           INTEGER PRIMARY KEY,
      kind         TEXT NOT NULL,
      site_id      TEXT REFERENCES sites(id) ON DELETE SET NULL,
      scenario_id  TEXT,
      inputs_hash  TEXT NOT NULL,
      started_at   TEXT NOT NULL,
      finished_at  TEXT,
      status       TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
      summary      TEXT CHECK (summary IS NULL OR json_valid(summary))
    ) STRICT;
    CREATE INDEX runs_by_site ON runs(site_id, started_at);
  `);
}
