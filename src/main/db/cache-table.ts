import { createHash } from 'node:crypto';
import type { ProjectDb } from './connection';

/** The project's tables of derived data kept to spare a recompute (migrations 0008 and 0009). */
export type CacheTable = 'summary_cache' | 'prepared_cache';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What the cache tables share: bytes under a key with their SHA-256, so a damaged row reads as
 * missing; a last-use time per row that orders eviction; nothing written in a read-only project.
 * Derived data only, so every failure is a miss: a read that throws returns null.
 */
export function cacheTableRows(db: ProjectDb, table: CacheTable) {
  const getStmt = db.prepare<[string], { body: Buffer; checksum: string }>(`SELECT body, checksum FROM ${table} WHERE key = ?`);
  const touchStmt = db.prepare<[number, string]>(`UPDATE ${table} SET used_at = ? WHERE key = ?`);
  const writable = (): boolean => !(db.pragma('query_only', { simple: true }) as number);
  // A strictly increasing clock, so two uses in the same millisecond still order.
  let lastUse = 0;
  const now = (): number => (lastUse = Math.max(Date.now(), lastUse + 1));

  return {
    writable,
    now,
    /** The bytes stored under `key` when present and intact (checksum matches); else null. Marks the row used. */
    get: (key: string): Buffer | null => {
      let row: { body: Buffer; checksum: string } | undefined;
      try {
        row = getStmt.get(key);
      } catch {
        return null;
      }
      if (!row || !Buffer.isBuffer(row.body) || sha256(row.body) !== row.checksum) return null;
      if (writable()) {
        try {
          touchStmt.run(now(), key);
        } catch {
          // The use time only orders eviction; failing to record it is harmless.
        }
      }
      return row.body;
    },
  };
}
