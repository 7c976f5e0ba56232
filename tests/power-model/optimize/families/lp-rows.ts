import type { LpBuilder } from '../../../../src/power-model/optimize/lp-builder';

/** Row r of a built LP as bounds and a column → coefficient map, to compare with a hand-written row. */
export function rowOf(builder: LpBuilder, r: number): { lower: number; upper: number; terms: Record<number, number> } {
  const terms: Record<number, number> = {};
  for (let k = builder.rowStarts[r] ?? 0; k < (builder.rowStarts[r + 1] ?? 0); k++) terms[builder.indices[k] ?? -1] = builder.values[k] ?? 0;
  return { lower: builder.rowLower[r] ?? NaN, upper: builder.rowUpper[r] ?? NaN, terms };
}

/** Hourly columns of `hours` modelled hours with every index absent (−1), for a family to fill. */
export function noHourlyColumns(hours: number, thermal: number) {
  const none = () => new Int32Array(hours).fill(-1);
  return { gridHour: none(), thermalHour: Array.from({ length: thermal }, none), chargeHour: none(), dischargeHour: none(), storedHour: none(), unservedHour: none() };
}
