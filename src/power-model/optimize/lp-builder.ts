/**
 * Accumulates a linear program column by column and row by row (rows stored compressed, CSR) in
 * the form HiGHS takes: minimize cᵀx subject to rowLower ≤ Ax ≤ rowUpper, colLower ≤ x ≤ colUpper.
 */
export class LpBuilder {
  readonly colCost: number[] = [];
  readonly colLower: number[] = [];
  readonly colUpper: number[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  readonly rowStarts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  /** Adds a column and returns its index. */
  addColumn(cost: number, lower = 0, upper = Infinity): number {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    return this.colCost.length - 1;
  }

  /** Adds the row lower ≤ Σ values[k]·x[columns[k]] ≤ upper and returns its index; zero terms are dropped. */
  addRow(lower: number, upper: number, columns: readonly number[], values: readonly number[]): number {
    for (let k = 0; k < columns.length; k++) {
      const value = values[k] ?? 0;
      if (value === 0) continue;
      this.indices.push(columns[k] ?? 0);
      this.values.push(value);
    }
    this.rowStarts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }

  get columnCount(): number {
    return this.colCost.length;
  }

  get rowCount(): number {
    return this.rowLower.length;
  }
}
