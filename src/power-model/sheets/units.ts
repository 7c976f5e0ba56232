import { all, create, type MathJsInstance, type Unit } from 'mathjs';

/**
 * The one private mathjs instance the sheets use, with the units the planner needs on top of
 * mathjs's SI set (MW, MWh, kW come from W and Wh with prefixes):
 * - `USD`: a new base dimension for money.
 * - `MMBtu` = 10^6 BTU (mathjs's BTU is the IT value, 1055.056 J).
 * - `yr` = 8760 h, the model year; mathjs's own `year` is the Julian 8766 h and is not used,
 *   so that 1 MW for 1 yr is exactly 8760 MWh, as the hourly kernels count it.
 * - `tCO2` = 1 tonne (a mass; the name says what is weighed).
 * - `Bcf` = 10^9 cubic feet of gas (volume).
 */
export const sheetMath: MathJsInstance = createInstance();

sheetMath.createUnit('USD');
sheetMath.createUnit('MMBtu', '1e6 BTU');
sheetMath.createUnit('yr', '8760 h');
sheetMath.createUnit('tCO2', '1 tonne');
sheetMath.createUnit('Bcf', '1e9 cuft');

function createInstance(): MathJsInstance {
  if (all === undefined) throw new Error('mathjs did not export its function set');
  return create(all, {});
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
    parsed = sheetMath.unit(1, key);
    if (sheetMath.unit(0, key).value !== 0) throw new Error(`unit "${unit}" has an offset; use a linear unit`);
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
  return sheetMath.Unit.isValuelessUnit(name);
}

/** Short text of a value's unit for messages: 'USD / kW', or 'number' for a pure number. */
export function describeUnit(value: unknown): string {
  if (sheetMath.isUnit(value)) return value.formatUnits() || 'number';
  return 'number';
}
