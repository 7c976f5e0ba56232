import type { MathJsInstance, Unit } from 'mathjs';

/**
 * The one private mathjs instance the sheets use, with the units the planner needs on top of
 * mathjs's SI set (MW, MWh, kW come from W and Wh with prefixes):
 * - `USD`: a new base dimension for money.
 * - `MMBtu` = 10^6 BTU (mathjs's BTU is the IT value, 1055.056 J).
 * - `yr` = 8760 h, the model year; mathjs's own `year` is the Julian 8766 h and is not used,
 *   so that 1 MW for 1 yr is exactly 8760 MWh, as the hourly kernels count it.
 * - `tCO2` = 1 tonne (a mass; the name says what is weighed).
 * - `Bcf` = 10^9 cubic feet of gas (volume).
 *
 * Loaded on demand (`loadSheetMath`), not at import: mathjs is 2.4 MB of code, about a third of
 * a second to load. The sheets the planner builds compile without it (plain-compile.ts) and
 * evaluate as closures (numeric.ts); only a sheet outside the plain compiler's reach needs it, and
 * throws SheetMathNotLoaded when it is missing (compile.ts).
 */
let instance: MathJsInstance | undefined;

/** Loads mathjs and builds the sheet instance once; later calls return at once. */
export async function loadSheetMath(): Promise<void> {
  if (instance !== undefined) return;
  const { all, create } = await import('mathjs');
  if (instance !== undefined) return; // another caller finished first
  if (all === undefined) throw new Error('mathjs did not export its function set');
  const math = create(all, {});
  math.createUnit('USD');
  math.createUnit('MMBtu', '1e6 BTU');
  math.createUnit('yr', '8760 h');
  math.createUnit('tCO2', '1 tonne');
  math.createUnit('Bcf', '1e9 cuft');
  instance = math;
}

/** True once `loadSheetMath` has finished. */
export function sheetMathLoaded(): boolean {
  return instance !== undefined;
}

/**
 * A sheet needed mathjs (a construct or unit the plain compiler leaves to it) before it was
 * loaded. Not a SheetError: nothing is wrong with the sheet. An entry point that evaluates
 * sheets without loading mathjs first catches it, awaits `loadSheetMath()` and runs again.
 */
export class SheetMathNotLoaded extends Error {
  override name = 'SheetMathNotLoaded';
  constructor(sheetId: string) {
    super(`Sheet "${sheetId}" needs the sheet engine, which is not loaded: await loadSheetMath() first`);
  }
}

/** The sheet instance; throws SheetMathNotLoaded when it was not loaded first. */
export function sheetMath(): MathJsInstance {
  if (instance === undefined) throw new SheetMathNotLoaded('(any)');
  return instance;
}

const factorCache = new Map<string, Unit | null>();

/**
 * Parses a declared unit string. Returns null for a pure number ('' or '1'). Throws a plain Error
 * for a string mathjs does not know, or a unit with an offset (degC): sheets compute on SI values
 * linearly, which an offset would break.
 */
export function parseDeclaredUnit(unit: string): Unit | null {
  const key = unit.trim();
  const cached = factorCache.get(key);
  if (cached !== undefined) return cached;
  let parsed: Unit | null = null;
  if (key !== '' && key !== '1') {
    parsed = sheetMath().unit(1, key);
    if (sheetMath().unit(0, key).value !== 0) throw new Error(`unit "${unit}" has an offset; use a linear unit`);
  }
  factorCache.set(key, parsed);
  return parsed;
}

/** The SI value of 1 of `unit` (1 for a pure number). */
export function siFactor(unit: string): number {
  const parsed = parseDeclaredUnit(unit);
  return parsed === null ? 1 : (parsed.value ?? 1);
}

/** True when `name` is a unit mathjs knows (with or without a prefix), such as `h` or `MWh`. */
export function isUnitName(name: string): boolean {
  return sheetMath().Unit.isValuelessUnit(name);
}

/** Short text of a value's unit for messages: 'USD / kW', or 'number' for a pure number. */
export function describeUnit(value: unknown): string {
  if (sheetMath().isUnit(value)) return value.formatUnits() || 'number';
  return 'number';
}
