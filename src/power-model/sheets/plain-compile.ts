import type { CompiledFormula, CompiledSheet } from './compile';
import { parsePlain, symbolsOfExpr, type Expr } from './expression';
import { isNumericCall, numericOfExpr } from './numeric';
import { checkExpr, type Checked } from './plain-dimensions';
import { sheetSlots, topologicalOrder, type SheetNames } from './structure';
import type { Sheet } from './types';
import { plainUnit } from './unit-table';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Compiles a sheet without mathjs, when every expression is in the arithmetic the plain parser
 * reads (expression.ts), every unit is in the unit table (unit-table.ts) and every formula's
 * dimensions check out with certainty (plain-dimensions.ts). The result is the same compiled sheet
 * mathjs would give — same order, dependencies, unit factors and closures — so evaluation cannot
 * tell the two apart (tests/power-model/sheets/plain-compile.test.ts compares them on every bundled
 * sheet). Returns undefined otherwise, and the caller compiles with mathjs, which also words every
 * error but the structural ones already checked (`names`) and a dependency cycle.
 */
export function compilePlainSheet(sheet: Sheet, names: SheetNames): CompiledSheet | undefined {
  const { inputs, formulas } = names;
  const inputFactors = new Map<string, number>();
  const checked = new Map<string, Checked>();
  for (const input of sheet.inputs) {
    const unit = plainUnit(input.unit);
    if (unit === undefined) return undefined;
    inputFactors.set(input.name, unit?.factor ?? 1);
    checked.set(input.name, unit === null ? { kind: 'number', si: input.value } : { kind: 'unit', si: input.value * unit.factor, dims: unit.dims, valueless: false });
  }

  const parsed = new Map<string, { expr: Expr; dependsOn: string[]; unitSymbols: string[] }>();
  for (const formula of sheet.formulas) {
    const expr = parsePlain(formula.expr);
    if (!expr || !callsAreNumeric(expr, names)) return undefined;
    const dependsOn: string[] = [];
    const unitSymbols: string[] = [];
    for (const symbol of symbolsOfExpr(expr)) {
      if (inputs.has(symbol) || formulas.has(symbol)) dependsOn.push(symbol);
      else if (NAME.test(symbol) && plainUnit(symbol)) unitSymbols.push(symbol);
      else return undefined; // a mathjs constant (pi), or a name mathjs will call unknown
    }
    parsed.set(formula.name, { expr, dependsOn, unitSymbols });
  }

  const orderedNames = topologicalOrder(sheet, formulas, parsed);
  const slots = sheetSlots(sheet);
  const unitValue = (name: string): Checked | undefined => {
    const unit = plainUnit(name);
    return unit ? { kind: 'unit', si: unit.factor, dims: unit.dims, valueless: true } : undefined;
  };
  const order: CompiledFormula[] = [];
  for (const name of orderedNames) {
    const formula = formulas.get(name);
    const info = parsed.get(name);
    if (!formula || !info) continue;
    const declared = plainUnit(formula.unit);
    if (declared === undefined) return undefined;
    const result = checkExpr(info.expr, (symbol) => checked.get(symbol) ?? (inputs.has(symbol) || formulas.has(symbol) ? undefined : unitValue(symbol)));
    if (!result) return undefined;
    const fits = declared === null ? result.kind === 'number' : result.kind === 'unit' && !result.valueless && result.dims.every((d, i) => d === declared.dims[i]);
    if (!fits) return undefined;
    checked.set(name, result);
    const numeric = numericOfExpr(info.expr, (symbol) => slots.get(symbol), (symbol) => plainUnit(symbol)?.factor);
    if (!numeric) return undefined;
    order.push({ formula, dependsOn: info.dependsOn, unitSymbols: info.unitSymbols, numeric, slot: slots.get(name) ?? -1, declaredFactor: declared?.factor ?? 1 });
  }
  return { sheet, inputs, inputFactors, slots, order };
}

/** True when every call is to a function numeric.ts compiles, named by no input or formula (mathjs would then call the input). */
function callsAreNumeric(expr: Expr, names: SheetNames): boolean {
  switch (expr.kind) {
    case 'number':
    case 'symbol':
      return true;
    case 'unary':
      return callsAreNumeric(expr.arg, names);
    case 'binary':
      return callsAreNumeric(expr.left, names) && callsAreNumeric(expr.right, names);
    case 'conditional':
      return callsAreNumeric(expr.test, names) && callsAreNumeric(expr.then, names) && callsAreNumeric(expr.otherwise, names);
    case 'call':
      return isNumericCall(expr.fn, expr.args.length) && !names.inputs.has(expr.fn) && !names.formulas.has(expr.fn) && expr.args.every((a) => callsAreNumeric(a, names));
  }
}
