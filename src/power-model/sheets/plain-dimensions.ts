import type { Expr } from './expression';
import { isNumericCall } from './numeric';

/*
 * The dimension check of the plain compiler: what mathjs's own check (compile.ts, which evaluates
 * each formula once with units on the sheet's input values) would conclude, for the cases where
 * the answer is certain. Each value is tracked as mathjs would hold it — a number, a boolean, or a
 * unit with dimensions — with its SI value, which only decides the sign checks below. The rules copy mathjs 15's arithmetic on units:
 * a product or quotient of units whose dimensions cancel becomes a plain number
 * (Unit.getNumericIfUnitless); sums, comparisons, max and min need equal dimensions; a unit
 * symbol written alone (`h` in `8760 h`) counts as its SI factor in a product.
 *
 * Wherever mathjs might do something else — a unit raised to a power, a boolean in arithmetic, a
 * root or logarithm of a negative number (mathjs returns a complex number), a conditional whose
 * branches differ — the check answers undefined and the sheet is compiled with mathjs instead.
 * So it only ever accepts what mathjs accepts; a formula mathjs would refuse is also left to
 * mathjs, which words the error.
 */

export type Checked =
  | { kind: 'number' | 'boolean'; si: number }
  | { kind: 'unit'; si: number; dims: readonly number[]; valueless: boolean };

const sameDims = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);
const isPlainNumber = (v: Checked): boolean => v.kind === 'number';
const isValuedUnit = (v: Checked): v is Extract<Checked, { kind: 'unit' }> => v.kind === 'unit' && !v.valueless;

function product(a: Checked, b: Checked, divide: boolean): Checked | undefined {
  if (a.kind === 'boolean' || b.kind === 'boolean') return undefined;
  const si = divide ? a.si / b.si : a.si * b.si;
  if (a.kind === 'number' && b.kind === 'number') return { kind: 'number', si };
  // Two unit symbols alone ('MWh / h') make a unit without a value: mathjs keeps it valueless.
  if (a.kind === 'unit' && b.kind === 'unit' && a.valueless && b.valueless) return undefined;
  const aDims = a.kind === 'unit' ? a.dims : undefined;
  const bDims = b.kind === 'unit' ? b.dims : undefined;
  const length = (aDims ?? bDims ?? []).length;
  const dims = Array.from({ length }, (_, i) => (aDims?.[i] ?? 0) + (divide ? -1 : 1) * (bDims?.[i] ?? 0));
  if (dims.every((d) => d === 0)) return { kind: 'number', si };
  return { kind: 'unit', si, dims, valueless: false };
}

function sameKind(a: Checked, b: Checked): boolean {
  if (isPlainNumber(a) && isPlainNumber(b)) return true;
  return isValuedUnit(a) && isValuedUnit(b) && sameDims(a.dims, b.dims);
}

/** What mathjs's evaluation with units would give, or undefined when that is not certain. */
export function checkExpr(expr: Expr, valueOf: (name: string) => Checked | undefined): Checked | undefined {
  const check = (node: Expr): Checked | undefined => {
    switch (node.kind) {
      case 'number':
        return { kind: 'number', si: node.value };
      case 'symbol':
        return valueOf(node.name);
      case 'unary': {
        const arg = check(node.arg);
        if (!arg) return undefined;
        if (arg.kind === 'number') return { kind: 'number', si: node.fn === 'unaryMinus' ? -arg.si : arg.si };
        if (node.fn === 'unaryMinus' && isValuedUnit(arg)) return { ...arg, si: -arg.si };
        return undefined;
      }
      case 'binary': {
        const a = check(node.left);
        const b = check(node.right);
        if (!a || !b) return undefined;
        switch (node.fn) {
          case 'multiply':
            return product(a, b, false);
          case 'divide':
            return product(a, b, true);
          case 'add':
          case 'subtract': {
            if (!sameKind(a, b)) return undefined;
            const si = node.fn === 'add' ? a.si + b.si : a.si - b.si;
            return a.kind === 'unit' ? { ...a, si } : { kind: 'number', si };
          }
          case 'pow': {
            if (!isPlainNumber(a) || !isPlainNumber(b)) return undefined;
            // A negative (or unknown) base with a fractional exponent is complex in mathjs.
            if (!(a.si >= 0) && !Number.isInteger(b.si)) return undefined;
            return { kind: 'number', si: a.si ** b.si };
          }
          default: {
            // A comparison: equal dimensions, a boolean result.
            if (!sameKind(a, b)) return undefined;
            return { kind: 'boolean', si: Number.NaN };
          }
        }
      }
      case 'conditional': {
        const test = check(node.test);
        const then = check(node.then);
        const otherwise = check(node.otherwise);
        if (!test || test.kind === 'unit' || !then || !otherwise || !sameKind(then, otherwise)) return undefined;
        // Both branches are checked and agree in kind. A value here only decides later sign checks
        // (roots, logarithms, powers); where the branches differ in sign it is unknown (NaN), and
        // those checks then leave the sheet to mathjs.
        return Math.sign(then.si) === Math.sign(otherwise.si) ? then : { ...then, si: Number.NaN };
      }
      case 'call': {
        if (!isNumericCall(node.fn, node.args.length)) return undefined;
        const args: Checked[] = [];
        for (const arg of node.args) {
          const value = check(arg);
          if (!value) return undefined;
          args.push(value);
        }
        const [first] = args as [Checked];
        if (node.fn === 'max' || node.fn === 'min') {
          if (!args.every((a) => sameKind(first, a))) return undefined;
          const si = node.fn === 'max' ? Math.max(...args.map((a) => a.si)) : Math.min(...args.map((a) => a.si));
          return { ...first, si };
        }
        if (node.fn === 'abs' && (isPlainNumber(first) || isValuedUnit(first))) return { ...first, si: Math.abs(first.si) };
        if (!isPlainNumber(first)) return undefined;
        // mathjs gives a complex number for the root or logarithm of a negative number.
        if ((node.fn === 'sqrt' || node.fn === 'log') && !(first.si >= 0)) return undefined;
        const fn = { sqrt: Math.sqrt, exp: Math.exp, log: Math.log, ceil: Math.ceil, floor: Math.floor }[node.fn as 'sqrt'];
        return { kind: 'number', si: fn(first.si) };
      }
    }
  };
  return check(expr);
}
