import { cacheTableRows, sha256 } from './cache-table';
import type { ProjectDb } from './connection';

/** Rows kept at most: about 6 scenarios × 512 sites with room to spare; each row is a few KB. */
export const SUMMARY_CACHE_MAX_ROWS = 4096;

/**
 * The `summary_cache` table (migration 0008): bytes stored under a key, each with its SHA-256 so
 * a damaged row reads as missing. Derived data only, so every failure here is a miss: a read that
 * throws returns null, and `put` reports whether it stored (it cannot in a read-only project).
 * Holds at most `maxRows` rows: each write drops the least recently used beyond that.
 */
export function summaryCacheRepo(db: ProjectDb, maxRows: number = SUMMARY_CACHE_MAX_ROWS) {
  const { get, writable, now } = cacheTableRows(db, 'summary_cache');
  const putStmt = db.prepare<{ key: string; siteId: string; body: Buffer; checksum: string; usedAt: number }>(
    `INSERT INTO summary_cache (key, site_id, body, checksum, used_at) VALUES (@key, @siteId, @body, @checksum, @usedAt)
     ON CONFLICT(key) DO UPDATE SET site_id = excluded.site_id, body = excluded.body, checksum = excluded.checksum, used_at = excluded.used_at`,
  );
  // Keeps the newest `maxRows` by last use (ties by rowid, the later write kept).
  const evictStmt = db.prepare<[number]>('DELETE FROM summary_cache WHERE rowid NOT IN (SELECT rowid FROM summary_cache ORDER BY used_at DESC, rowid DESC LIMIT ?)');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM summary_cache');

  return {
    /** The bytes stored under `key` when present and intact (checksum matches); else null. Marks the row used. */
    get,
    /** Stores `body` under `key` (replacing any row there) and evicts beyond the bound; false when it could not write. */
    put: (key: string, siteId: string, body: Buffer): boolean => {
      if (!writable()) return false;
      try {
        db.transaction(() => {
          putStmt.run({ key, siteId, body, checksum: sha256(body), usedAt: now() });
          if (countStmt.get()!.n > maxRows) evictStmt.run(maxRows);
        })();
        return true;
      } catch {
        return false;
      }
    },
    count: (): number => countStmt.get()!.n,
  };
}
export type SummaryCacheRepo = ReturnType<typeof summaryCacheRepo>;
