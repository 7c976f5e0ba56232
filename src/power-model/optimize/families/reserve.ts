import type { SizingThermalTechnology } from '../types';
import { annualRow, type CapRow } from './annual-rows';
import type { CapacityColumns } from './capacity-columns';
import type { RowWriter } from './row-writer';

/**
 * The N+k reserve, once a year: G + Σ_t firmFraction_t·X_t ≥ peak load + k·L, thermal counted at
 * its hot-day rating and L the unit whose loss it covers (largestFirmUnitMW of the class).
 */
export function reserveRow(writer: RowWriter, elastic: boolean, rows: CapRow[], thermal: readonly SizingThermalTechnology[], capacity: CapacityColumns, peakLoadMW: number, reserveUnits: number, largestUnitMW: number, flexibleMW = -1): void {
  writer.term(capacity.gridMW, 1);
  // A flexible connection's F MW (flexible-grid.ts) are interruptible load, not supply: the reserve
  // covers the firm load, peak − F, with firm grid and thermal (G + Σ ff·X + F ≥ peak + k·L).
  writer.term(flexibleMW, 1);
  capacity.thermalMW.forEach((column, k) => writer.term(column, thermal[k]?.firmFraction ?? 1));
  annualRow(writer, elastic, rows, 'reserveMargin', peakLoadMW + reserveUnits * largestUnitMW, -1);
}

/**
 * The unit the N+k reserve counts out, MW at its hot-day rating: the largest unitMW × firmFraction
 * among the technologies whose nameplate unit is at most `classLargestUnitMW` (the reserve class;
 * every technology when it is not given). Conservative where a smaller machine derates less than
 * the class's largest, as `reserveClasses` is conservative for N+k.
 */
export function largestFirmUnitMW(thermal: readonly { unitMW: number; firmFraction?: number }[], classLargestUnitMW?: number): number {
  let largest = 0;
  for (const t of thermal) if (classLargestUnitMW === undefined || t.unitMW <= classLargestUnitMW) largest = Math.max(largest, t.unitMW * (t.firmFraction ?? 1));
  return largest;
}
