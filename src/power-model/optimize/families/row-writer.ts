import type { LpBuilder } from '../lp-builder';

/**
 * Writes one row of the sizing LP at a time: its terms, then its bounds. A term on an absent
 * column (index −1: a source the site does not have) is dropped, so each family writes its rows
 * the same way whatever the site offers.
 */
export class RowWriter {
  private readonly columns: number[] = [];
  private readonly values: number[] = [];

  constructor(readonly builder: LpBuilder) {}

  term(column: number, value: number): void {
    if (column < 0) return;
    this.columns.push(column);
    this.values.push(value);
  }

  /** Closes the row lower ≤ Σ terms ≤ upper and returns its index. */
  row(lower: number, upper: number): number {
    const index = this.builder.addRow(lower, upper, this.columns, this.values);
    this.columns.length = 0;
    this.values.length = 0;
    return index;
  }
}

/**
 * Capacity columns would each appear in every hour's rows: dense columns that make the normal
 * equations of an interior-point solve dense. Instead each hour uses a copy chained to the
 * previous hour's copy (copy_i − copy_{i−1} = 0), which keeps the matrix sparse ("column
 * splitting", Andersen & Andersen, "The MOSEK interior point optimizer", 2000, §4). Disabled, a
 * copy is the column itself.
 */
export class CapacityCopies {
  private readonly lastCopy = new Map<number, number>();

  constructor(
    private readonly writer: RowWriter,
    private readonly enabled: boolean,
  ) {}

  /** This hour's copy of capacity `column` (−1 stays −1), with its linking row. */
  copy(column: number): number {
    if (column < 0 || !this.enabled) return column;
    const previous = this.lastCopy.get(column) ?? column;
    const copy = this.writer.builder.addColumn(0);
    this.writer.term(copy, 1);
    this.writer.term(previous, -1);
    this.writer.row(0, 0);
    this.lastCopy.set(column, copy);
    return copy;
  }
}
