/**
 * The units the bundled sheets use, each with its SI factor and its dimensions, exactly as the
 * sheet instance of mathjs (units.ts: SI plus USD, MMBtu, yr = 8760 h, tCO2, Bcf) gives them. With
 * this table a sheet written in these units compiles and checks its dimensions without loading
 * mathjs (plain-compile.ts). A unit not listed here is left to mathjs, so the table may be short
 * but never wrong: tests/power-model/sheets/unit-table.test.ts checks every entry against mathjs,
 * bit for bit, and that every bundled sheet needs no unit outside it.
 *
 * Dimensions are exponents in mathjs's base order: mass, length, time, current, temperature,
 * luminous intensity, amount of substance, angle, bit, then USD (a base dimension the sheet
 * instance adds). Units whose dimensions are all zero (BTU/kWh) are left out on purpose: mathjs
 * keeps them as units in some operations and turns them into numbers in others.
 */
export type PlainUnit = { factor: number; dims: readonly number[] };

const TABLE: Readonly<Record<string, readonly [number, readonly number[]]>> = {
  MMBtu: [1055055852.62, [1, 2, -2, 0, 0, 0, 0, 0, 0, 0]],
  'MMBtu/yr': [33.45560161783359, [1, 2, -3, 0, 0, 0, 0, 0, 0, 0]],
  MW: [1000000, [1, 2, -3, 0, 0, 0, 0, 0, 0, 0]],
  MWh: [3600000000, [1, 2, -2, 0, 0, 0, 0, 0, 0, 0]],
  'MWh/yr': [114.15525114155251, [1, 2, -3, 0, 0, 0, 0, 0, 0, 0]],
  USD: [1, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
  'USD/(MW day)': [1.1574074074074074e-11, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/(kW yr)': [3.1709791983764586e-11, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/MMBtu': [9.478171203133171e-10, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/MW/day': [1.1574074074074074e-11, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/MWh': [2.7777777777777777e-10, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/kW': [0.001, [-1, -2, 3, 0, 0, 0, 0, 0, 0, 1]],
  'USD/kW/month': [3.802570537683474e-10, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/kW/yr': [3.1709791983764586e-11, [-1, -2, 2, 0, 0, 0, 0, 0, 0, 1]],
  'USD/month': [3.802570537683474e-7, [0, 0, -1, 0, 0, 0, 0, 0, 0, 1]],
  'USD/yr': [3.1709791983764586e-8, [0, 0, -1, 0, 0, 0, 0, 0, 0, 1]],
  day: [86400, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]],
  h: [3600, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]],
  kW: [1000, [1, 2, -3, 0, 0, 0, 0, 0, 0, 0]],
  kWh: [3600000, [1, 2, -2, 0, 0, 0, 0, 0, 0, 0]],
  kg: [1, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  'kg/MMBtu': [9.478171203133171e-10, [0, -2, 2, 0, 0, 0, 0, 0, 0, 0]],
  'kg/MWh': [2.7777777777777777e-10, [0, -2, 2, 0, 0, 0, 0, 0, 0, 0]],
  month: [2629800, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]],
  tCO2: [1000, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  'tCO2/yr': [0.000031709791983764585, [1, 0, -1, 0, 0, 0, 0, 0, 0, 0]],
  yr: [31536000, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]],
};

/** The units listed, by the exact string a sheet declares or names ('USD/kW/yr', 'yr'). */
export const PLAIN_UNIT_NAMES: readonly string[] = Object.keys(TABLE);

/**
 * A declared unit's factor and dimensions: null for a pure number ('' or '1'), undefined when the
 * table does not list it (mathjs must read it).
 */
export function plainUnit(unit: string): PlainUnit | null | undefined {
  const key = unit.trim();
  if (key === '' || key === '1') return null;
  const entry = Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
  return entry === undefined ? undefined : { factor: entry[0], dims: entry[1] };
}
