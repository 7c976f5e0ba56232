import type { LpBuilder } from '../lp-builder';

export type PrimalCheck = {
  objective: number;
  /** Largest violation of a row or column bound, relative to max(1, |bound|). */
  worstViolation: number;
  worstRow: number;
};

/**
 * Evaluates a column vector against every row and bound of an LP: its objective and its worst
 * relative violation. A solution found another way (the Benders decomposition) is only reported
 * when the full model accepts it.
 */
export function checkPrimal(builder: LpBuilder, x: Float64Array): PrimalCheck {
  let objective = 0;
  let worstViolation = 0;
  let worstRow = -1;
  const violation = (value: number, lower: number, upper: number): number =>
    Math.max(lower - value, value - upper, 0) / Math.max(1, Math.abs(value < lower ? lower : upper));
  for (let j = 0; j < builder.columnCount; j++) {
    const value = x[j] ?? 0;
    objective += (builder.colCost[j] ?? 0) * value;
    const v = violation(value, builder.colLower[j] ?? 0, builder.colUpper[j] ?? Infinity);
    if (v > worstViolation) worstViolation = v;
  }
  for (let r = 0; r < builder.rowCount; r++) {
    let activity = 0;
    for (let k = builder.rowStarts[r] ?? 0; k < (builder.rowStarts[r + 1] ?? 0); k++) activity += (builder.values[k] ?? 0) * (x[builder.indices[k] ?? 0] ?? 0);
    const v = violation(activity, builder.rowLower[r] ?? -Infinity, builder.rowUpper[r] ?? Infinity);
    if (v > worstViolation) {
      worstViolation = v;
      worstRow = r;
    }
  }
  return { objective, worstViolation, worstRow };
}
