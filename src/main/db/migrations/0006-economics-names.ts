import type { Database } from 'better-sqlite3';

/**
 * One spelling per quantity in the economics sheet (issue 13): annual lines end in `PerYear`, not
 * `PerYr`, and O&M is `OM` (`fixedOMUSDPerYear`, `<asset>FixedOMUSDPerKWYear`,
 * `<asset>VariableOMUSDPerMWh`). Saved assumption overrides (their name, and the names a formula
 * override's expression reads) and scenario overrides are renamed to match, so an edit made before
 * keeps applying. Names with no successor (the single `lifetimeYears` and `crf`, now one per
 * asset) are kept as they were: the engine then refuses them naming the override, and the user
 * resets or re-enters them; nothing is deleted.
 */
export function up(db: Database): void {
  const rows = db.prepare('SELECT rowid AS id, name, expr FROM assumption_overrides').all() as { id: number; name: string; expr: string | null }[];
  const update = db.prepare('UPDATE assumption_overrides SET name = ?, expr = ? WHERE rowid = ?');
  for (const row of rows) {
    const name = renameEconomics(row.name);
    const expr = row.expr === null ? null : renameEconomics(row.expr);
    if (name !== row.name || expr !== row.expr) update.run(name, expr, row.id);
  }
  const scenarios = db.prepare('SELECT id, body FROM scenarios').all() as { id: string; body: string }[];
  const updateScenario = db.prepare('UPDATE scenarios SET body = ? WHERE id = ?');
  for (const scenario of scenarios) {
    const body = JSON.parse(scenario.body) as { overrides?: Record<string, number> };
    if (!body.overrides) continue;
    const overrides = Object.fromEntries(Object.entries(body.overrides).map(([k, v]) => [renameEconomics(k), v]));
    if (JSON.stringify(overrides) !== JSON.stringify(body.overrides)) updateScenario.run(JSON.stringify({ ...body, overrides }), scenario.id);
  }
}

/** Renames the old spellings inside a name or an expression, identifier by identifier. */
export function renameEconomics(text: string): string {
  return text.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (id) =>
    id
      .replace(/PerKWYr$/, 'PerKWYear')
      .replace(/PerYr$/, 'PerYear')
      .replace(/^(fixed|variable)Om(?=USD)/, '$1OM')
      .replace(/(Fixed|Variable)Om(?=USD)/, '$1OM'),
  );
}
