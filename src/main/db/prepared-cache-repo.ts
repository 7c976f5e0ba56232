import { cacheTableRows, sha256 } from './cache-table';
import type { ProjectDb } from './connection';

/**
 * Bytes kept at most: a site's prepared inputs are ~0.6–0.8 MB (weather 5 × 70 KB, one PV
 * profile 70 KB, each year's load 3 × 70 KB) and a market's system load ~350 KB, so 256 MB holds
 * about 300 sites' worth; beyond that the least recently used go first and cost only a recompute.
 */
export const PREPARED_CACHE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The `prepared_cache` table (migration 0009): bytes stored under a key, each with its SHA-256 so
 * a damaged row reads as missing. Derived data only, so every failure is a miss: a read that
 * throws returns null, and `put` reports whether it stored (it cannot in a read-only project).
 * Holds at most `maxBytes` of bodies: a write that goes over drops the least recently used rows
 * (never the one just written) until the total fits.
 */
export function preparedCacheRepo(db: ProjectDb, maxBytes: number = PREPARED_CACHE_MAX_BYTES) {
  const { get, writable, now } = cacheTableRows(db, 'prepared_cache');
  const putStmt = db.prepare<{ key: string; siteId: string; body: Buffer; checksum: string; bytes: number; usedAt: number }>(
    `INSERT INTO prepared_cache (key, site_id, body, checksum, bytes, used_at) VALUES (@key, @siteId, @body, @checksum, @bytes, @usedAt)
     ON CONFLICT(key) DO UPDATE SET site_id = excluded.site_id, body = excluded.body, checksum = excluded.checksum, bytes = excluded.bytes, used_at = excluded.used_at`,
  );
  const totalStmt = db.prepare<[], { total: number }>('SELECT coalesce(sum(bytes), 0) AS total FROM prepared_cache');
  const oldestStmt = db.prepare<[string], { key: string; bytes: number }>('SELECT key, bytes FROM prepared_cache WHERE key <> ? ORDER BY used_at ASC, rowid ASC');
  const deleteStmt = db.prepare<[string]>('DELETE FROM prepared_cache WHERE key = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM prepared_cache');

  return {
    /** The bytes stored under `key` when present and intact (checksum matches); else null. Marks the row used. */
    get,
    /** Stores `body` under `key` for `siteId` (replacing any row there) and evicts beyond the bound; false when it could not write. */
    put: (key: string, siteId: string, body: Buffer): boolean => {
      if (!writable() || body.length > maxBytes) return false;
      try {
        db.transaction(() => {
          putStmt.run({ key, siteId, body, checksum: sha256(body), bytes: body.length, usedAt: now() });
          evictBeyond(key);
        })();
        return true;
      } catch {
        return false;
      }
    },
    count: (): number => countStmt.get()!.n,
    totalBytes: (): number => totalStmt.get()!.total,
  };

  /** Drops least recently used rows other than `keep` until the bodies fit in `maxBytes`; inside the write's transaction. */
  function evictBeyond(keep: string): void {
    let excess = totalStmt.get()!.total - maxBytes;
    if (excess <= 0) return;
    // Collected first: better-sqlite3 refuses a write while a read on the connection is iterating.
    const victims: string[] = [];
    for (const old of oldestStmt.all(keep)) {
      if (excess <= 0) break;
      victims.push(old.key);
      excess -= old.bytes;
    }
    for (const key of victims) deleteStmt.run(key);
  }
}
export type PreparedCacheRepo = ReturnType<typeof preparedCacheRepo>;
