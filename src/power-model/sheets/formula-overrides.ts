import { SheetError, type Sheet } from './types';

/**
 * The sheet with some formulas' expressions replaced by the user's (name → expression). A name
 * that is not a formula of the sheet is a SheetError naming it; the new expressions are checked
 * (syntax, names, units) when the sheet is evaluated, and an error there names the formula.
 */
export function withFormulaOverrides(sheet: Sheet, formulas: Readonly<Record<string, string>> | undefined): Sheet {
  if (!formulas || Object.keys(formulas).length === 0) return sheet;
  const known = new Set(sheet.formulas.map((f) => f.name));
  for (const name of Object.keys(formulas)) {
    if (!known.has(name)) {
      const what = sheet.inputs.some((i) => i.name === name) ? 'is an input, not a formula (override its value instead)' : 'is not a formula of this sheet';
      throw new SheetError(`Sheet "${sheet.id}": formula override "${name}" ${what}`, { sheetId: sheet.id, formulaName: name });
    }
  }
  return { ...sheet, formulas: sheet.formulas.map((f) => (formulas[f.name] === undefined ? f : { ...f, expr: formulas[f.name] as string, source: 'user-edited formula' })) };
}
