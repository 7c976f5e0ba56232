import type { EvalFunction, MathNode } from 'mathjs';
import type { BinaryFn, Expr } from './expression';
import { numericOfExpr, type NumericFn } from './numeric';
import { compilePlainSheet } from './plain-compile';
import { errorText, sheetNames, sheetSlots, topologicalOrder, type SheetNames } from './structure';
import { SheetError, type Sheet, type SheetFormula, type SheetInput } from './types';
import { describeUnit, isUnitName, parseDeclaredUnit, SheetMathNotLoaded, sheetMath, sheetMathLoaded, siFactor } from './units';

/** One formula ready for numeric evaluation. */
export type CompiledFormula = {
  formula: SheetFormula;
  /** Inputs and formulas the expression names, in the order it names them. */
  dependsOn: string[];
  /** Unit symbols the expression uses as literals (`h` in `8760 h`), bound to their SI factors. */
  unitSymbols: string[];
  /** mathjs's compiled expression; absent when the plain compiler (no mathjs) compiled the sheet. */
  code?: EvalFunction;
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

/**
 * Checks a sheet once: names are identifiers and unique, every name an expression uses is an
 * input, a formula, a unit or a mathjs function/constant; formulas are ordered by their
 * dependencies (a cycle is an error naming its path); every formula's result converts to its
 * declared unit.
 *
 * A sheet written in the arithmetic, functions and units the bundled sheets use compiles without
 * mathjs (plain-compile.ts): that is every sheet the planner builds itself, so a simulation loads
 * no mathjs. Any other sheet (a user's formula edit with a construct or unit the plain compiler
 * leaves alone, or one with an error, reported in mathjs's words) is compiled with mathjs, which
 * must then be loaded: without it this throws `SheetMathNotLoaded`, for the entry point to load
 * it and try again.
 */
export function compileSheet(sheet: Sheet): CompiledSheet {
  const names = sheetNames(sheet);
  const plain = compilePlainSheet(sheet, names);
  if (plain) return plain;
  if (!sheetMathLoaded()) throw new SheetMathNotLoaded(sheet.id);
  return compileWithMathjs(sheet, names);
}

/**
 * The mathjs compiler (exported for the tests that hold the plain compiler to it). The dimension check evaluates with mathjs units on the sheet's own input
 * values; dimensions do not depend on values, so later numeric evaluations (on SI values) need
 * no units at all.
 */
export function compileWithMathjs(sheet: Sheet, { inputs, formulas }: SheetNames = sheetNames(sheet)): CompiledSheet {
  const inputFactors = new Map<string, number>();
  for (const input of sheet.inputs) inputFactors.set(input.name, unitFactorOrThrow(sheet, input.unit, { inputName: input.name }));

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
  const slots = sheetSlots(sheet);
  const order: CompiledFormula[] = [];
  for (const name of orderedNames) {
    const formula = formulas.get(name);
    const info = parsed.get(name);
    if (!formula || !info) continue;
    const code = info.node.compile();
    const declared = unitFactorOrThrow(sheet, formula.unit, { formulaName: name });
    checkDimensions(sheet, formula, info.dependsOn, code, unitScope);
    const tree = exprOfMathNode(info.node);
    const numeric = tree && numericOfExpr(tree, (symbol) => slots.get(symbol), mathConstant);
    order.push({ formula, dependsOn: info.dependsOn, unitSymbols: info.unitSymbols, code, numeric, slot: slots.get(name) ?? -1, declaredFactor: declared });
  }
  return { sheet, inputs, inputFactors, slots, order };
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

export { errorText };

const MATH_BINARY: ReadonlySet<string> = new Set<BinaryFn>(['add', 'subtract', 'multiply', 'divide', 'pow', 'larger', 'smaller', 'largerEq', 'smallerEq', 'equal', 'unequal']);

/** The tree numeric.ts compiles, read off mathjs's parse; undefined for a node it has no closure for. */
function exprOfMathNode(node: MathNode): Expr | undefined {
  const math = sheetMath();
  if (math.isConstantNode(node)) return typeof node.value === 'number' ? { kind: 'number', value: node.value } : undefined;
  if (math.isParenthesisNode(node)) return exprOfMathNode(node.content);
  if (math.isSymbolNode(node)) return { kind: 'symbol', name: node.name };
  if (math.isOperatorNode(node)) {
    const args = node.args.map(exprOfMathNode);
    if (args.some((a) => a === undefined)) return undefined;
    const [left, right] = args as Expr[];
    if (args.length === 1 && left && (node.fn === 'unaryMinus' || node.fn === 'unaryPlus')) return { kind: 'unary', fn: node.fn, arg: left };
    if (args.length === 2 && left && right && MATH_BINARY.has(node.fn)) return { kind: 'binary', fn: node.fn as BinaryFn, left, right };
    return undefined;
  }
  if (math.isConditionalNode(node)) {
    const test = exprOfMathNode(node.condition);
    const then = exprOfMathNode(node.trueExpr);
    const otherwise = exprOfMathNode(node.falseExpr);
    return test && then && otherwise ? { kind: 'conditional', test, then, otherwise } : undefined;
  }
  if (math.isFunctionNode(node)) {
    const args = node.args.map(exprOfMathNode);
    return args.some((a) => a === undefined) ? undefined : { kind: 'call', fn: node.fn.name, args: args as Expr[] };
  }
  return undefined;
}

/** A symbol that is no input or formula: a unit's SI factor (`8760 h`), or a mathjs number constant (`pi`). */
function mathConstant(name: string): number | undefined {
  if (sheetMath().Unit.isValuelessUnit(name)) return siFactor(name);
  const constant = (sheetMath() as unknown as Record<string, unknown>)[name];
  return typeof constant === 'number' ? constant : undefined;
}
