import type { Infeasibility } from '../types';
import type { RowWriter } from './row-writer';

/** A once-a-year row: the reserve, the unserved allowance and each cap. */
export type CapRow = {
  constraint: Infeasibility['constraint'];
  row: number;
  limit: number;
  /** +1 for a ≤ row, −1 for a ≥ row: the direction a slack relaxes it. */
  sense: 1 | -1;
  /** The slack column in elastic mode, else −1. */
  slackColumn: number;
};

/** Once-a-year rows on the hourly dispatch (not on the capacities alone): a decomposition prices them in its subproblem. */
export const DISPATCH_ROW_CONSTRAINTS: ReadonlySet<CapRow['constraint']> = new Set<CapRow['constraint']>(['unservedEnergy', 'co2TonnesPerYear', 'noxTonsPerYear', 'coTonsPerYear', 'fleetCo2TonnesPerYear', 'hoursPerUnit']);

/**
 * Closes the terms written so far as a once-a-year row (≤ limit for sense +1, ≥ for −1) and
 * records it. `elastic` (explaining infeasibility): the row gets a slack column costed
 * 1 / max(|limit|, 1), so the objective is the smallest relative relaxation.
 */
export function annualRow(writer: RowWriter, elastic: boolean, rows: CapRow[], constraint: CapRow['constraint'], limit: number, sense: 1 | -1): void {
  let slackColumn = -1;
  if (elastic) {
    slackColumn = writer.builder.addColumn(1 / Math.max(Math.abs(limit), 1));
    writer.term(slackColumn, -sense);
  }
  const row = sense === 1 ? writer.row(-Infinity, limit) : writer.row(limit, Infinity);
  rows.push({ constraint, row, limit, sense, slackColumn });
}
