import { SheetError, type Sheet, type SheetFormula, type SheetInput } from './types';

/*
 * The checks of a sheet that need no expression parser and no units: names, duplicates and the
 * order formulas are computed in. Both compilers (plain-compile.ts, and compile.ts with mathjs)
 * run these same functions, so they refuse the same sheets with the same words.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A sheet's inputs and formulas by name, every name checked to be an identifier and used once. */
export type SheetNames = { inputs: Map<string, SheetInput>; formulas: Map<string, SheetFormula> };

export function sheetNames(sheet: Sheet): SheetNames {
  const inputs = new Map<string, SheetInput>();
  for (const input of sheet.inputs) {
    checkName(sheet, input.name, 'input');
    if (inputs.has(input.name)) throw new SheetError(`Sheet "${sheet.id}": input "${input.name}" is defined twice`, { sheetId: sheet.id, inputName: input.name });
    inputs.set(input.name, input);
  }
  const formulas = new Map<string, SheetFormula>();
  for (const formula of sheet.formulas) {
    checkName(sheet, formula.name, 'formula');
    if (inputs.has(formula.name) || formulas.has(formula.name)) {
      throw new SheetError(`Sheet "${sheet.id}": formula "${formula.name}" reuses a name already defined`, { sheetId: sheet.id, formulaName: formula.name });
    }
    formulas.set(formula.name, formula);
  }
  return { inputs, formulas };
}

function checkName(sheet: Sheet, name: string, kind: 'input' | 'formula'): void {
  if (!IDENTIFIER.test(name)) {
    const where = kind === 'input' ? { sheetId: sheet.id, inputName: name } : { sheetId: sheet.id, formulaName: name };
    throw new SheetError(`Sheet "${sheet.id}": ${kind} name "${name}" is not an identifier (letters, digits, _)`, where);
  }
}

/** Slot of every input and formula: inputs first, in sheet order. */
export function sheetSlots(sheet: Sheet): Map<string, number> {
  const slots = new Map<string, number>();
  for (const input of sheet.inputs) slots.set(input.name, slots.size);
  for (const formula of sheet.formulas) slots.set(formula.name, slots.size);
  return slots;
}

/** Formula names in an order where each comes after the formulas it reads; a cycle is an error naming its path. */
export function topologicalOrder(sheet: Sheet, formulas: Map<string, SheetFormula>, dependsOn: Map<string, { dependsOn: string[] }>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const visit = (name: string, path: string[]): void => {
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name];
      throw new SheetError(`Sheet "${sheet.id}": formula "${name}" depends on itself (${cycle.join(' → ')})`, {
        sheetId: sheet.id,
        formulaName: name,
        inputName: cycle[cycle.length - 2],
      });
    }
    state.set(name, 'visiting');
    for (const dep of dependsOn.get(name)?.dependsOn ?? []) {
      if (formulas.has(dep)) visit(dep, [...path, name]);
    }
    state.set(name, 'done');
    order.push(name);
  };
  for (const formula of sheet.formulas) visit(formula.name, []);
  return order;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
