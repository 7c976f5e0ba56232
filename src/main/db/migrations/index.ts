import type { Database } from 'better-sqlite3';
import { up as createProjects } from './0001-create-projects';
import { up as assumptionFormulas } from './0002-assumption-formulas';
import { up as hostUtilityOverrides } from './0003-host-utility-overrides';
import { up as siteSeries } from './0004-site-series';
import { up as stories } from './0005-stories';
import { up as economicsNames } from './0006-economics-names';
import { up as systemLoadSeries } from './0007-system-load-series';
import { up as summaryCache } from './0008-summary-cache';
import { up as preparedCache } from './0009-prepared-cache';

/** Forward-only steps; step N brings `user_version` from N-1 to N. Append, never edit. */
export const migrations: ReadonlyArray<(db: Database) => void> = [createProjects, assumptionFormulas, hostUtilityOverrides, siteSeries, stories, economicsNames, systemLoadSeries, summaryCache, preparedCache];

export const LATEST_SCHEMA_VERSION = migrations.length;

/**
 * Runs every pending step in one transaction, so a failure leaves the file at its old version.
 * A file whose version is newer than this build knows is refused before this is called.
 */
export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from >= LATEST_SCHEMA_VERSION) return { from, to: from };
  db.transaction(() => {
    for (let version = from; version < LATEST_SCHEMA_VERSION; version++) {
      const step = migrations[version];
      if (!step) throw new Error(`missing migration ${version + 1}`);
      step(db);
    }
    // PRAGMA takes no bound parameters; the value is a compile-time integer, never user input.
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  })();
  return { from, to: LATEST_SCHEMA_VERSION };
}
