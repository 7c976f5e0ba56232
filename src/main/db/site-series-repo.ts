import type { SeriesKind, SiteSeriesInfo } from '../../api/schemas/imports';
import type { ProjectDb } from './connection';

type InfoRow = { site_id: string; kind: SeriesKind; file_name: string | null; summary: string | null; imported_at: string };
type BodyRow = InfoRow & { body: Buffer };

/** Float64Array → its bytes (platform order; every platform Electron ships on is little-endian). */
export function floatsToBytes(values: Float64Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

/** Bytes written by `floatsToBytes` → a fresh, aligned Float64Array. */
export function bytesToFloats(bytes: Uint8Array): Float64Array {
  if (bytes.byteLength % 8 !== 0) throw new Error(`site_series body: ${bytes.byteLength} bytes is not a whole number of float64 values`);
  const values = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

/**
 * The hourly series attached to sites (table `site_series`, migration 0004): one per site and
 * kind, replaced by the next import of that kind. `importedAt` strictly increases per site and
 * kind, so `stamp()` changes whenever a series does (the model cache keys on it).
 */
export function siteSeriesRepo(db: ProjectDb) {
  const upsertStmt = db.prepare<{ siteId: string; kind: SeriesKind; fileName: string | null; body: Buffer; summary: string; importedAt: string }>(
    `INSERT INTO site_series (site_id, kind, file_name, body, summary, imported_at) VALUES (@siteId, @kind, @fileName, @body, @summary, @importedAt)
     ON CONFLICT(site_id, kind) DO UPDATE SET file_name = excluded.file_name, body = excluded.body, summary = excluded.summary, imported_at = excluded.imported_at`,
  );
  const listStmt = db.prepare<[string], InfoRow>('SELECT site_id, kind, file_name, summary, imported_at FROM site_series WHERE site_id = ? ORDER BY kind');
  const getStmt = db.prepare<[string, string], BodyRow>('SELECT * FROM site_series WHERE site_id = ? AND kind = ?');
  const deleteStmt = db.prepare<[string, string]>('DELETE FROM site_series WHERE site_id = ? AND kind = ?');

  const toInfo = (row: InfoRow): SiteSeriesInfo => ({
    siteId: row.site_id,
    kind: row.kind,
    fileName: row.file_name,
    importedAt: row.imported_at,
    summary: row.summary === null ? null : (JSON.parse(row.summary) as unknown),
  });

  const list = (siteId: string): SiteSeriesInfo[] => listStmt.all(siteId).map(toInfo);

  return {
    /** Stores (or replaces) the site's series of this kind; the site must exist (foreign key). */
    put: (entry: { siteId: string; kind: SeriesKind; fileName: string | null; body: Buffer; summary: unknown }): SiteSeriesInfo => {
      const previous = getStmt.get(entry.siteId, entry.kind)?.imported_at;
      let importedAt = new Date().toISOString();
      if (previous !== undefined && importedAt <= previous) importedAt = new Date(Date.parse(previous) + 1).toISOString();
      upsertStmt.run({ ...entry, summary: JSON.stringify(entry.summary ?? null), importedAt });
      return { siteId: entry.siteId, kind: entry.kind, fileName: entry.fileName, importedAt, summary: entry.summary ?? null };
    },
    list,
    get: (siteId: string, kind: SeriesKind): { info: SiteSeriesInfo; body: Buffer } | undefined => {
      const row = getStmt.get(siteId, kind);
      return row ? { info: toInfo(row), body: row.body } : undefined;
    },
    remove: (siteId: string, kind: SeriesKind): boolean => deleteStmt.run(siteId, kind).changes > 0,
    /** `kind@importedAt` of each attached series: equal stamps mean equal series. */
    stamp: (siteId: string): string => list(siteId).map((s) => `${s.kind}@${s.importedAt}`).join(','),
  };
}
export type SiteSeriesRepo = ReturnType<typeof siteSeriesRepo>;
