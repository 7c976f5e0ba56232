import type { EvalFunction, MathNode } from 'mathjs';
import { SheetError, type Sheet, type SheetFormula, type SheetInput } from './types';
import { compileNumeric, type NumericFn } from './numeric';
import { describeUnit, isUnitName, parseDeclaredUnit, sheetMath, siFactor } from './units';

/** One formula ready for numeric evaluation. */
export type CompiledFormula = {
  formula: SheetFormula;
  /** Inputs and formulas the expression names, in the order it names them. */
  dependsOn: string[];
  /** Unit symbols the expression uses as literals (`h` in `8760 h`), bound to their SI factors. */
  unitSymbols: string[];
  code: EvalFunction;
  /** The same expression as closures over SI numbers in slots; undefined: evaluate with `code`. */
  numeric: NumericFn | undefined;
  /** Slot of this formula's SI value. */
  slot: number;
  /** SI value of one declared unit: the numeric result divided by this is the declared value. */
  declaredFactor: number;
};

/** A sheet whose names, order and units have been checked once; evaluation is numeric only. */
export type CompiledSheet = {
  sheet: Sheet;
  inputs: Map<string, SheetInput>;
  inputFactors: Map<string, number>;
  /** Slot of every input and formula: inputs first, in sheet order. */
  slots: Map<string, number>;
  order: CompiledFormula[];
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks a sheet once: names are identifiers and unique, every name an expression uses is an
 * input, a formula, a unit or a mathjs function/constant; formulas are ordered by their
 * dependencies (a cycle is an error naming its path); every formula's result converts to its
 * declared unit. The dimension check evaluates with mathjs units on the sheet's own input
 * values; dimensions do not depend on values, so later numeric evaluations (on SI values) need
 * no units at all.
 */
export function compileSheet(sheet: Sheet): CompiledSheet {
  const inputs = new Map<string, SheetInput>();
  const inputFactors = new Map<string, number>();
  for (const input of sheet.inputs) {
    checkName(sheet, input.name, 'input');
    if (inputs.has(input.name)) throw new SheetError(`Sheet "${sheet.id}": input "${input.name}" is defined twice`, { sheetId: sheet.id, inputName: input.name });
    inputFactors.set(input.name, unitFactorOrThrow(sheet, input.unit, { inputName: input.name }));
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

  const parsed = new Map<string, { node: MathNode; dependsOn: string[]; unitSymbols: string[] }>();
  for (const formula of sheet.formulas) {
    let node: MathNode;
    try {
      node = sheetMath().parse(formula.expr);
    } catch (error) {
      throw new SheetError(`Sheet "${sheet.id}": formula "${formula.name}" does not parse: ${errorText(error)}`, { sheetId: sheet.id, formulaName: formula.name });
    }
    const dependsOn: string[] = [];
    const unitSymbols: string[] = [];
    for (const symbol of symbolsOf(node)) {
      if (inputs.has(symbol) || formulas.has(symbol)) {
        if (!dependsOn.includes(symbol)) dependsOn.push(symbol);
      } else if (isUnitName(symbol)) {
        if (!unitSymbols.includes(symbol)) unitSymbols.push(symbol);
      } else if (!(symbol in sheetMath())) {
        throw new SheetError(`Sheet "${sheet.id}": formula "${formula.name}" uses unknown name "${symbol}"`, { sheetId: sheet.id, formulaName: formula.name, inputName: symbol });
      }
    }
    parsed.set(formula.name, { node, dependsOn, unitSymbols });
  }

  const orderedNames = topologicalOrder(sheet, formulas, parsed);
  const unitScope = new Map<string, unknown>();
  for (const input of sheet.inputs) unitScope.set(input.name, withUnit(input.value, input.unit));
  const slots = new Map<string, number>();
  for (const input of sheet.inputs) slots.set(input.name, slots.size);
  for (const formula of sheet.formulas) slots.set(formula.name, slots.size);
  const order: CompiledFormula[] = [];
  for (const name of orderedNames) {
    const formula = formulas.get(name);
    const info = parsed.get(name);
    if (!formula || !info) continue;
    const code = info.node.compile();
    const declared = unitFactorOrThrow(sheet, formula.unit, { formulaName: name });
    checkDimensions(sheet, formula, info.dependsOn, code, unitScope);
    const numeric = compileNumeric(info.node, (symbol) => slots.get(symbol));
    order.push({ formula, dependsOn: info.dependsOn, unitSymbols: info.unitSymbols, code, numeric, slot: slots.get(name) ?? -1, declaredFactor: declared });
  }
  return { sheet, inputs, inputFactors, slots, order };
}

function checkName(sheet: Sheet, name: string, kind: 'input' | 'formula'): void {
  if (!IDENTIFIER.test(name)) {
    const where = kind === 'input' ? { sheetId: sheet.id, inputName: name } : { sheetId: sheet.id, formulaName: name };
    throw new SheetError(`Sheet "${sheet.id}": ${kind} name "${name}" is not an identifier (letters, digits, _)`, where);
  }
}

function unitFactorOrThrow(sheet: Sheet, unit: string, where: { formulaName?: string; inputName?: string }): number {
  try {
    return siFactor(unit);
  } catch (error) {
    const who = where.formulaName !== undefined ? `formula "${where.formulaName}"` : `input "${where.inputName ?? ''}"`;
    throw new SheetError(`Sheet "${sheet.id}": ${who} declares unit "${unit}": ${errorText(error)}`, { sheetId: sheet.id, ...where });
  }
}

/** Symbols an expression reads as values (function names in calls are not values). */
function symbolsOf(node: MathNode): string[] {
  const names: string[] = [];
  node.traverse((child, path, parent) => {
    if (!sheetMath().isSymbolNode(child)) return;
    if (parent !== null && sheetMath().isFunctionNode(parent) && path === 'fn') return;
    names.push(child.name);
  });
  return names;
}

function topologicalOrder(
  sheet: Sheet,
  formulas: Map<string, SheetFormula>,
  parsed: Map<string, { dependsOn: string[] }>,
): string[] {
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
    for (const dep of parsed.get(name)?.dependsOn ?? []) {
      if (formulas.has(dep)) visit(dep, [...path, name]);
    }
    state.set(name, 'done');
    order.push(name);
  };
  for (const formula of sheet.formulas) visit(formula.name, []);
  return order;
}

function withUnit(value: number, unit: string): unknown {
  const declared = parseDeclaredUnit(unit);
  return declared === null ? value : sheetMath().unit(value, unit);
}

function checkDimensions(sheet: Sheet, formula: SheetFormula, dependsOn: string[], code: EvalFunction, scope: Map<string, unknown>): void {
  const where = { sheetId: sheet.id, formulaName: formula.name };
  const depsText = () => dependsOn.map((d) => `${d} [${describeUnit(scope.get(d))}]`).join(', ');
  let result: unknown;
  try {
    result = code.evaluate(scope);
  } catch (error) {
    throw new SheetError(
      `Sheet "${sheet.id}": formula "${formula.name}" = ${formula.expr} fails: ${errorText(error)} (inputs: ${depsText()})`,
      { ...where, inputName: offendingByUnit(dependsOn, scope, formula.unit) },
    );
  }
  const declared = parseDeclaredUnit(formula.unit);
  const ok = sheetMath().isUnit(result)
    ? declared === null
      ? result.dimensions.every((d) => d === 0)
      : result.equalBase(declared)
    : typeof result === 'number' && declared === null;
  if (!ok) {
    throw new SheetError(
      `Sheet "${sheet.id}": formula "${formula.name}" = ${formula.expr} gives ${describeUnit(result)}, which does not convert to its declared unit "${formula.unit || 'number'}" (inputs: ${depsText()})`,
      { ...where, inputName: offendingByUnit(dependsOn, scope, formula.unit) },
    );
  }
  scope.set(formula.name, result);
}

/** The first dependency whose dimension differs from the formula's declared unit, if any. */
function offendingByUnit(dependsOn: string[], scope: Map<string, unknown>, unit: string): string | undefined {
  const declared = parseDeclaredUnit(unit);
  const differs = dependsOn.find((dep) => {
    const value = scope.get(dep);
    if (!sheetMath().isUnit(value)) return declared !== null;
    return declared === null ? !value.dimensions.every((d) => d === 0) : !value.equalBase(declared);
  });
  return differs ?? dependsOn[0];
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
