/**
 * A parser for the arithmetic part of mathjs's expression language, so a sheet whose expressions
 * use only that part compiles without loading mathjs (2.4 MB of code, a third of a second of a
 * command's start). It follows mathjs's own grammar (mathjs/lib/esm/expression/parse.js: the
 * precedence chain conditional → relational → add/subtract → multiply/divide → implicit
 * multiplication → unary → power → call/symbol/number/parentheses, with the same associativity and
 * the same implicit multiplication after a term, as in `12 month / yr`), so for every expression
 * it accepts it builds the tree mathjs would build.
 *
 * Anything outside that part — a construct it does not know, or one whose mathjs reading depends
 * on rules it does not copy (mathjs's "rule 2" `1 / 2 h`, a number or `(` right after a term,
 * chained comparisons, `%`, named operators, matrices, strings, newlines, non-ASCII names) — gives
 * `undefined`, never a guess: the caller then compiles the sheet with mathjs itself, which also
 * reports any syntax error in mathjs's words.
 */

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'symbol'; name: string }
  | { kind: 'unary'; fn: 'unaryMinus' | 'unaryPlus'; arg: Expr }
  | { kind: 'binary'; fn: BinaryFn; left: Expr; right: Expr }
  | { kind: 'conditional'; test: Expr; then: Expr; otherwise: Expr }
  | { kind: 'call'; fn: string; args: Expr[] };

export type BinaryFn = 'add' | 'subtract' | 'multiply' | 'divide' | 'pow' | 'larger' | 'smaller' | 'largerEq' | 'smallerEq' | 'equal' | 'unequal';

type Token = { type: 'number' | 'symbol' | 'op'; text: string };

const RELATIONAL: Readonly<Record<string, BinaryFn>> = { '==': 'equal', '!=': 'unequal', '<': 'smaller', '>': 'larger', '<=': 'smallerEq', '>=': 'largerEq' };
const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=']);
const ONE_CHAR_OPS = new Set(['+', '-', '*', '/', '^', '(', ')', ',', '?', ':', '<', '>']);
/** mathjs reads these names as operators or special constants, not as symbols. */
const RESERVED = new Set(['in', 'to', 'mod', 'and', 'or', 'xor', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end']);
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The tokens of `text`, or undefined when it holds a character or form the plain parser leaves to mathjs. */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t') {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    const number = NUMBER.exec(rest);
    if (number) {
      // A number glued to a letter, digit, '.' or '$' ('2h', '1.e5', '1.2.3') is read by mathjs rules not copied here.
      const after = rest[number[0].length];
      if (after !== undefined && /[A-Za-z0-9_.$]/.test(after)) return undefined;
      tokens.push({ type: 'number', text: number[0] });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      const after = rest[name[0].length];
      if (after !== undefined && (after === '$' || after === '.' || after.charCodeAt(0) > 127)) return undefined;
      if (RESERVED.has(name[0])) return undefined;
      tokens.push({ type: 'symbol', text: name[0] });
      i += name[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ type: 'op', text: two });
      i += 2;
      continue;
    }
    // '?.' and '??' are mathjs operators of their own; '<<', '>>' shifts.
    if (two === '?.' || two === '??' || two === '<<' || two === '>>') return undefined;
    if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ type: 'op', text: c });
      i += 1;
      continue;
    }
    return undefined;
  }
  return tokens;
}

/** Thrown inside the parser when the text leaves the plain subset; never escapes `parsePlain`. */
class OutsideSubset extends Error {}

/** The expression tree mathjs would build for `text`, or undefined when mathjs must read it. */
export function parsePlain(text: string): Expr | undefined {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  let at = 0;
  const peek = (offset = 0): Token | undefined => tokens[at + offset];
  const isOp = (token: Token | undefined, text: string): boolean => token?.type === 'op' && token.text === text;
  const take = (): Token => {
    const token = tokens[at];
    if (!token) throw new OutsideSubset();
    at += 1;
    return token;
  };
  const expect = (text: string): void => {
    if (!isOp(take(), text)) throw new OutsideSubset();
  };

  const conditional = (): Expr => {
    const test = relational();
    if (!isOp(peek(), '?')) return test;
    take();
    const then = conditional();
    expect(':');
    const otherwise = conditional();
    return { kind: 'conditional', test, then, otherwise };
  };
  const relational = (): Expr => {
    const left = additive();
    const op = peek();
    const fn = op?.type === 'op' ? RELATIONAL[op.text] : undefined;
    if (fn === undefined) return left;
    take();
    const right = additive();
    // mathjs reads `a < b < c` as a chained comparison node of its own.
    const again = peek();
    if (again?.type === 'op' && RELATIONAL[again.text] !== undefined) throw new OutsideSubset();
    return { kind: 'binary', fn, left, right };
  };
  const additive = (): Expr => {
    let node = multiplicative();
    for (;;) {
      const op = peek();
      if (!isOp(op, '+') && !isOp(op, '-')) return node;
      take();
      node = { kind: 'binary', fn: op?.text === '+' ? 'add' : 'subtract', left: node, right: multiplicative() };
    }
  };
  const multiplicative = (): Expr => {
    let node = implicit();
    for (;;) {
      const op = peek();
      if (!isOp(op, '*') && !isOp(op, '/')) return node;
      take();
      node = { kind: 'binary', fn: op?.text === '*' ? 'multiply' : 'divide', left: node, right: implicit() };
    }
  };
  // mathjs: a symbol right after a term multiplies it ('12 month', 'x h'), binding tighter than '*' and '/'.
  const implicit = (): Expr => {
    let node = rule2();
    for (;;) {
      const next = peek();
      if (next?.type === 'symbol') node = { kind: 'binary', fn: 'multiply', left: node, right: rule2() };
      else if (next?.type === 'number' || isOp(next, '(')) throw new OutsideSubset();
      else return node;
    }
  };
  // mathjs's "rule 2" reads `1 / 2 h` as (1/2)·h: that pattern is left to mathjs.
  const rule2 = (): Expr => {
    const node = unary();
    const signedConstant = node.kind === 'number' || (node.kind === 'unary' && node.arg.kind === 'number');
    if (signedConstant && isOp(peek(), '/') && peek(1)?.type === 'number' && (peek(2)?.type === 'symbol' || isOp(peek(2), '('))) throw new OutsideSubset();
    return node;
  };
  const unary = (): Expr => {
    const op = peek();
    if (isOp(op, '-') || isOp(op, '+')) {
      take();
      return { kind: 'unary', fn: op?.text === '-' ? 'unaryMinus' : 'unaryPlus', arg: unary() };
    }
    return pow();
  };
  // Right-associative, and the exponent may carry a sign: 2^-3, a^b^c = a^(b^c).
  const pow = (): Expr => {
    const base = primary();
    if (!isOp(peek(), '^')) return base;
    take();
    return { kind: 'binary', fn: 'pow', left: base, right: unary() };
  };
  const primary = (): Expr => {
    const token = take();
    if (token.type === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.type === 'symbol') {
      if (!isOp(peek(), '(')) return { kind: 'symbol', name: token.text };
      take();
      const args: Expr[] = [];
      if (!isOp(peek(), ')')) {
        args.push(conditional());
        while (isOp(peek(), ',')) {
          take();
          args.push(conditional());
        }
      }
      expect(')');
      return { kind: 'call', fn: token.text, args };
    }
    if (token.text === '(') {
      const inner = conditional();
      expect(')');
      return inner;
    }
    throw new OutsideSubset();
  };

  try {
    const tree = conditional();
    return at === tokens.length ? tree : undefined;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/** The names an expression reads as values, in the order it first names them (function names in calls are not values). */
export function symbolsOfExpr(expr: Expr, into: string[] = []): string[] {
  switch (expr.kind) {
    case 'number':
      break;
    case 'symbol':
      if (!into.includes(expr.name)) into.push(expr.name);
      break;
    case 'unary':
      symbolsOfExpr(expr.arg, into);
      break;
    case 'binary':
      symbolsOfExpr(expr.left, into);
      symbolsOfExpr(expr.right, into);
      break;
    case 'conditional':
      symbolsOfExpr(expr.test, into);
      symbolsOfExpr(expr.then, into);
      symbolsOfExpr(expr.otherwise, into);
      break;
    case 'call':
      for (const arg of expr.args) symbolsOfExpr(arg, into);
      break;
  }
  return into;
}
