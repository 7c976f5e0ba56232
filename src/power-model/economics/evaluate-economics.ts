import { servedBasis, type ServedBasis } from '../basis/served';
import { evaluateSheet } from '../sheets/evaluate';
import type { Sheet, SheetResult } from '../sheets/types';
import { applicableValues, sheetOverrides, type SheetEdits } from './sheet-edits';
import { checkEconomicsOverrides } from './validate';

/**
 * The economics step of a simulation: the site × scenario's sheet (formula edits already applied)
 * evaluated with the scenario's overrides and the project's value edits, which win. One function
 * for `simulateSite` and for a sweep that keeps a dispatch and re-prices it, so the two cannot
 * drift apart.
 */
export function evaluateEconomics(sheet: Sheet, overrides: Readonly<Record<string, number>>, edits?: SheetEdits): SheetResult {
  checkEconomicsOverrides(overrides);
  const editedValues = applicableValues(sheet, edits?.values);
  checkEconomicsOverrides(editedValues);
  return evaluateSheet(sheet, { ...sheetOverrides(sheet, overrides), ...editedValues });
}

/** What a result served, priced by its sheet: annual cost and VOLL come from the evaluated sheet. */
export function pricedBasis(economics: SheetResult, energy: { loadEnergyMWh: number; unservedEnergyMWh: number; unservedHours: number }): ServedBasis {
  return servedBasis({
    ...energy,
    annualCostUSD: economics.values.annualCostUSDPerYear ?? Number.NaN,
    vollUSDPerMWh: economics.values.vollUSDPerMWh ?? Number.NaN,
  });
}
