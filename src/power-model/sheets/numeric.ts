import type { BinaryFn, Expr } from './expression';

/** A compiled expression over SI numbers held in slots (one slot per input and formula). */
export type NumericFn = (slots: Float64Array) => number;

const BINARY: Readonly<Record<BinaryFn, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
  larger: (a, b) => (a > b ? 1 : 0),
  smaller: (a, b) => (a < b ? 1 : 0),
  largerEq: (a, b) => (a >= b ? 1 : 0),
  smallerEq: (a, b) => (a <= b ? 1 : 0),
  equal: (a, b) => (a === b ? 1 : 0),
  unequal: (a, b) => (a !== b ? 1 : 0),
};

/** Functions of any number of arguments (at least one). */
const VARIADIC: Readonly<Record<string, (...args: number[]) => number>> = { max: Math.max, min: Math.min };
/**
 * Functions of exactly one argument: with a second one mathjs means something else (`log(x, base)`,
 * `ceil(x, digits)`), which these would ignore, so such a call is left to mathjs.
 */
const UNARY: Readonly<Record<string, (x: number) => number>> = { abs: Math.abs, sqrt: Math.sqrt, exp: Math.exp, log: Math.log, ceil: Math.ceil, floor: Math.floor };

/** True when `name(args…)` with `arity` arguments is a call `numericOfExpr` compiles. */
export function isNumericCall(name: string, arity: number): boolean {
  return Object.hasOwn(VARIADIC, name) ? arity >= 1 : Object.hasOwn(UNARY, name) && arity === 1;
}

/**
 * Translates an expression tree into a tree of closures over plain numbers, so a sheet's
 * evaluation skips mathjs's typed dispatch (about 20× faster). A symbol is a slot (an input or a
 * formula) or else a constant from `constantOf` (a unit's SI factor, as in `8760 h`). Returns
 * undefined for anything it does not know, and the caller then keeps mathjs's own compiled
 * expression: the two agree because both compute on SI values. One translation serves the tree
 * mathjs parsed (compile.ts) and the one the plain parser built (plain-compile.ts), so the two
 * paths evaluate the same closures.
 */
export function numericOfExpr(expr: Expr, slotOf: (name: string) => number | undefined, constantOf: (name: string) => number | undefined): NumericFn | undefined {
  const compile = (node: Expr): NumericFn | undefined => {
    switch (node.kind) {
      case 'number': {
        const value = node.value;
        return () => value;
      }
      case 'symbol': {
        const slot = slotOf(node.name);
        if (slot !== undefined) return (slots) => slots[slot] ?? Number.NaN;
        const constant = constantOf(node.name);
        return constant === undefined ? undefined : () => constant;
      }
      case 'unary': {
        const a = compile(node.arg);
        if (!a) return undefined;
        return node.fn === 'unaryMinus' ? (s) => -a(s) : a;
      }
      case 'binary': {
        const a = compile(node.left);
        const b = compile(node.right);
        const op = BINARY[node.fn];
        if (!a || !b) return undefined;
        return (s) => op(a(s), b(s));
      }
      case 'conditional': {
        const test = compile(node.test);
        const yes = compile(node.then);
        const no = compile(node.otherwise);
        if (!test || !yes || !no) return undefined;
        return (s) => (test(s) !== 0 ? yes(s) : no(s));
      }
      case 'call': {
        if (!isNumericCall(node.fn, node.args.length)) return undefined;
        const args = node.args.map(compile);
        if (args.some((a) => a === undefined)) return undefined;
        const compiled = args as NumericFn[];
        const unary = Object.hasOwn(UNARY, node.fn) ? UNARY[node.fn] : undefined;
        if (unary) {
          const [x] = compiled as [NumericFn];
          return (s) => unary(x(s));
        }
        const fn = VARIADIC[node.fn] as (...values: number[]) => number;
        return (s) => fn(...compiled.map((c) => c(s)));
      }
    }
  };
  return compile(expr);
}
