import type { Sheet } from '../sheets/types';
import { isAssetInputName } from './validate';

/*
 * Which overrides and edits reach a site × scenario's economics sheet. Two sources, two rules:
 * a scenario's own overrides must name something the sheet could have (an asset input of an
 * asset the scenario does not build is passed over); a project's stored edits apply wherever the
 * sheet has the name, and nowhere else.
 */

/**
 * A project's stored assumption edits (input values and formula expressions by sheet name). Unlike
 * scenario `overrides` and `formulas`, which must name something in the sheet, each edit applies
 * where this site × scenario's sheet has that name and is skipped where it has none: a battery
 * capex edit made project-wide does nothing at a site whose scenario has no battery. Edits win over
 * the scenario's overrides.
 */
export type SheetEdits = { values?: Readonly<Record<string, number>>; formulas?: Readonly<Record<string, string>> };

/**
 * The overrides the sheet evaluates: every one, except an asset's input (`<asset>CapexUSDPerKW`,
 * `<asset>LifetimeYears`, …) for an asset this scenario does not build — a project-wide battery
 * capex applies where a battery is built, and nowhere else. Any other unknown name still reaches
 * the sheet, which refuses it by name.
 */
export function sheetOverrides(sheet: Sheet, overrides: Readonly<Record<string, number>>): Record<string, number> {
  const inputs = new Set(sheet.inputs.map((i) => i.name));
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(overrides)) if (inputs.has(name) || !isAssetInputName(name)) out[name] = value;
  return out;
}

/** The edited values whose names are inputs of `sheet` (see SheetEdits). */
export function applicableValues(sheet: Sheet, values: Readonly<Record<string, number>> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!values) return out;
  const inputs = new Set(sheet.inputs.map((i) => i.name));
  for (const [name, value] of Object.entries(values)) if (inputs.has(name)) out[name] = value;
  return out;
}

/** The edited formulas whose names are formulas of `sheet` (see SheetEdits). */
export function applicableFormulas(sheet: Sheet, formulas: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!formulas) return out;
  const known = new Set(sheet.formulas.map((f) => f.name));
  for (const [name, expr] of Object.entries(formulas)) if (known.has(name)) out[name] = expr;
  return out;
}
