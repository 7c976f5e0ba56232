import type { ProjectDb } from './connection';

/** A user's edit of one number of a site's host-utility file, by its dotted path. */
export type HostUtilityOverride = { siteId: string; path: string; value: number; note: string | null };

type Row = { site_id: string; path: string; value: number; note: string | null };

/** Per-site edits of the host-utility description (table `host_utility_overrides`, migration 0003). */
export function hostUtilityRepo(db: ProjectDb) {
  const forSite = db.prepare<[string], Row>('SELECT * FROM host_utility_overrides WHERE site_id = ? ORDER BY path');
  const upsert = db.prepare<{ siteId: string; path: string; value: number; note: string | null }>(
    `INSERT INTO host_utility_overrides (site_id, path, value, note) VALUES (@siteId, @path, @value, @note)
     ON CONFLICT(site_id, path) DO UPDATE SET value = excluded.value, note = excluded.note`,
  );
  const remove = db.prepare<{ siteId: string; path: string }>('DELETE FROM host_utility_overrides WHERE site_id = @siteId AND path = @path');
  const removeAll = db.prepare<{ siteId: string }>('DELETE FROM host_utility_overrides WHERE site_id = @siteId');
  return {
    listFor: (siteId: string): HostUtilityOverride[] => forSite.all(siteId).map((r) => ({ siteId: r.site_id, path: r.path, value: r.value, note: r.note })),
    set: (o: HostUtilityOverride): void => {
      upsert.run({ siteId: o.siteId, path: o.path, value: o.value, note: o.note });
    },
    /** Removes one edit, or every edit of the site when `path` is null; returns how many rows went. */
    reset: (siteId: string, path: string | null): number => (path === null ? removeAll.run({ siteId }).changes : remove.run({ siteId, path }).changes),
  };
}
export type HostUtilityRepo = ReturnType<typeof hostUtilityRepo>;
