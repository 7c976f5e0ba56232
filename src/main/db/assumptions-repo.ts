import type { ProjectDb } from './connection';

/** A user's change to the economics sheet: a new input value or a new formula expression. */
export type AssumptionOverride = { siteId: string | null; name: string; value: number | null; expr: string | null; note: string | null };

type Row = { site_id: string | null; name: string; value: number | null; expr: string | null; note: string | null };

/**
 * Project-wide (site NULL) and per-site assumption overrides. For a site, its own overrides win
 * over the project-wide ones of the same name.
 */
export function assumptionsRepo(db: ProjectDb) {
  const forSite = db.prepare<[string], Row>('SELECT * FROM assumption_overrides WHERE site_id IS NULL OR site_id = ? ORDER BY site_id IS NOT NULL, name');
  const upsert = db.prepare<{ siteId: string | null; name: string; value: number | null; expr: string | null; note: string | null }>(
    `INSERT INTO assumption_overrides (site_id, name, value, expr, note) VALUES (@siteId, @name, @value, @expr, @note)
     ON CONFLICT(ifnull(site_id, ''), name) DO UPDATE SET value = excluded.value, expr = excluded.expr, note = excluded.note`,
  );
  const remove = db.prepare<{ siteId: string | null; name: string }>("DELETE FROM assumption_overrides WHERE ifnull(site_id, '') = ifnull(@siteId, '') AND name = @name");
  const removeAll = db.prepare<{ siteId: string | null }>("DELETE FROM assumption_overrides WHERE ifnull(site_id, '') = ifnull(@siteId, '')");
  const toOverride = (r: Row): AssumptionOverride => ({ siteId: r.site_id, name: r.name, value: r.value, expr: r.expr, note: r.note });
  return {
    /** Project-wide first, then the site's own, so a later entry of the same name wins when folded. */
    listFor: (siteId: string): AssumptionOverride[] => forSite.all(siteId).map(toOverride),
    set: (o: AssumptionOverride): void => {
      upsert.run({ siteId: o.siteId, name: o.name, value: o.value, expr: o.expr, note: o.note });
    },
    reset: (siteId: string | null, name: string | null): number => (name === null ? removeAll.run({ siteId }).changes : remove.run({ siteId, name }).changes),
  };
}
export type AssumptionsRepo = ReturnType<typeof assumptionsRepo>;

/** Folds overrides (project-wide, then site) into input values and formula expressions. */
export function foldOverrides(list: AssumptionOverride[]): { values: Record<string, number>; formulas: Record<string, string> } {
  const values: Record<string, number> = {};
  const formulas: Record<string, string> = {};
  for (const o of list) {
    if (o.value !== null) {
      values[o.name] = o.value;
      delete formulas[o.name];
    } else if (o.expr !== null) {
      formulas[o.name] = o.expr;
      delete values[o.name];
    }
  }
  return { values, formulas };
}
