import { compileSheet, errorText, type CompiledSheet } from './compile';
import { SheetError, type Sheet, type SheetResult, type TraceEntry } from './types';
import { siFactor } from './units';

const compiledByShape = new Map<string, CompiledSheet>();
const MAX_SHAPES = 256;

/**
 * Evaluates a sheet: each formula in dependency order, every value returned in its declared
 * unit, with a trace naming for each value its expression and direct dependencies.
 *
 * `overrides` replaces input values by name (in the input's declared unit); a name that is not
 * an input, or a non-finite value, is a SheetError naming it.
 *
 * Speed: a sheet's shape (names, units, expressions) is compiled and unit-checked once and
 * cached (by shape, so an edited copy of a sheet compiles anew); evaluation then runs the
 * expressions, compiled to closures (numeric.ts), on plain SI numbers (value × SI factor
 * of its unit), which is exact for linear units, and divides each result by its declared unit's
 * factor. A non-finite result is a SheetError naming the formula and the input most likely at
 * fault (a non-finite or zero dependency).
 */
export function evaluateSheet(sheet: Sheet, overrides?: Record<string, number>): SheetResult {
  return evaluateCompiled(compiledFor(sheet), sheet, overrides);
}

/**
 * `evaluateSheet` with the compiled shape given (by either compiler: the tests compare the two).
 * The values come from `sheet`, not from the sheet the shape was first compiled from.
 */
export function evaluateCompiled(compiled: CompiledSheet, sheet: Sheet, overrides?: Record<string, number>): SheetResult {
  const values: Record<string, number> = {};
  const units: Record<string, string> = {};
  const trace: Record<string, TraceEntry> = {};
  const slots = new Float64Array(compiled.slots.size);

  if (overrides) {
    for (const [name, value] of Object.entries(overrides)) {
      if (!compiled.inputs.has(name)) {
        const what = compiled.order.some((f) => f.formula.name === name) ? 'is a formula, not an input' : 'is not an input of this sheet';
        throw new SheetError(`Sheet "${sheet.id}": override "${name}" ${what}`, { sheetId: sheet.id, inputName: name });
      }
      if (!Number.isFinite(value)) {
        throw new SheetError(`Sheet "${sheet.id}": override "${name}" must be a finite number, got ${String(value)}`, { sheetId: sheet.id, inputName: name });
      }
    }
  }

  for (const input of sheet.inputs) {
    const value = overrides?.[input.name] ?? input.value;
    if (!Number.isFinite(value)) {
      throw new SheetError(`Sheet "${sheet.id}": input "${input.name}" must be a finite number, got ${String(value)}`, { sheetId: sheet.id, inputName: input.name });
    }
    values[input.name] = value;
    units[input.name] = input.unit;
    slots[compiled.slots.get(input.name) ?? 0] = value * (compiled.inputFactors.get(input.name) ?? 1);
    const entry: TraceEntry = { name: input.name, kind: 'input', value, unit: input.unit, dependsOn: [] };
    if (input.source !== undefined) entry.source = input.source;
    if (input.estimate !== undefined) entry.estimate = input.estimate;
    trace[input.name] = entry;
  }

  for (const step of compiled.order) {
    const { formula } = step;
    let raw: unknown;
    try {
      if (step.numeric) raw = step.numeric(slots);
      else if (step.code) raw = step.code.evaluate(scopeFor(compiled, step.unitSymbols, slots));
      else throw new Error('the formula was compiled to neither closures nor a mathjs expression');
    } catch (error) {
      throw new SheetError(`Sheet "${sheet.id}": formula "${formula.name}" = ${formula.expr} fails: ${errorText(error)}`, {
        sheetId: sheet.id,
        formulaName: formula.name,
        inputName: step.dependsOn[0],
      });
    }
    const si = typeof raw === 'number' ? raw : Number.NaN;
    const value = si / step.declaredFactor;
    if (!Number.isFinite(value)) {
      const culprit = step.dependsOn.find((d) => !Number.isFinite(values[d])) ?? step.dependsOn.find((d) => values[d] === 0) ?? step.dependsOn[0];
      const depsText = step.dependsOn.map((d) => `${d} = ${String(values[d])}`).join(', ');
      throw new SheetError(`Sheet "${sheet.id}": formula "${formula.name}" = ${formula.expr} is not finite (${String(value)}) with ${depsText}`, {
        sheetId: sheet.id,
        formulaName: formula.name,
        inputName: culprit,
      });
    }
    slots[step.slot] = si;
    values[formula.name] = value;
    units[formula.name] = formula.unit;
    const entry: TraceEntry = { name: formula.name, kind: 'formula', expr: formula.expr, value, unit: formula.unit, dependsOn: step.dependsOn };
    if (formula.source !== undefined) entry.source = formula.source;
    trace[formula.name] = entry;
  }
  return { values, units, trace };
}

/** A mathjs scope of the slots, for the rare expression the numeric compiler does not cover. */
function scopeFor(compiled: CompiledSheet, unitSymbols: string[], slots: Float64Array): Map<string, number> {
  const scope = new Map<string, number>();
  for (const [name, slot] of compiled.slots) scope.set(name, slots[slot] ?? Number.NaN);
  for (const symbol of unitSymbols) scope.set(symbol, siFactor(symbol));
  return scope;
}

function compiledFor(sheet: Sheet): CompiledSheet {
  const key = shapeKey(sheet);
  let compiled = compiledByShape.get(key);
  if (!compiled) {
    compiled = compileSheet(sheet);
    if (compiledByShape.size >= MAX_SHAPES) compiledByShape.clear();
    compiledByShape.set(key, compiled);
  }
  return compiled;
}

/** Everything that decides names, order and units; values are left out on purpose. */
function shapeKey(sheet: Sheet): string {
  const parts: string[] = [sheet.id];
  for (const input of sheet.inputs) parts.push(`i:${input.name}:${input.unit}`);
  for (const formula of sheet.formulas) parts.push(`f:${formula.name}:${formula.unit}:${formula.expr}`);
  return parts.join('\u0000');
}
