import { create } from 'zustand';
import type { AssumptionRow } from '../../api/schemas/assumptions';
import type { AnnualCostLines, SimulationSummary } from '../../power-model/simulate';

/** A number shown somewhere in the app and the economics-sheet row that made it. */
export type TraceTarget = { siteId: string; scenarioId: string; row: string };

/**
 * Summary fields and the sheet rows (`assumptions:get` names) they are read from; the engine's
 * `simulateSite` copies each of these rows into the summary, so the row's value is the number shown.
 */
export const SUMMARY_SHEET_ROWS = {
  lcoeUSDPerMWh: 'lcoeUSDPerMWh',
  annualCostUSD: 'annualCostUSDPerYr',
  capexUSD: 'capexUSD',
  co2Tonnes: 'co2TonnesPerYr',
  co2IntensityKgPerMWh: 'co2IntensityKgPerMWh',
  fuelMMBtu: 'fuelMMBtuPerYr',
  npvUSD: 'npvUSD',
} as const satisfies Partial<Record<keyof SimulationSummary, string>>;

/** Each annual cost line and its sheet row. */
export const COST_LINE_SHEET_ROWS = {
  annualizedCapexUSD: 'annualizedCapexUSDPerYr',
  fixedOmUSD: 'fixedOmUSDPerYr',
  variableOmUSD: 'variableOmUSDPerYr',
  fuelUSD: 'fuelUSDPerYr',
  gridEnergyUSD: 'gridEnergyUSDPerYr',
  demandChargeUSD: 'demandChargeUSDPerYr',
  capacityUSD: 'capacityUSDPerYr',
  transmissionUSD: 'transmissionUSDPerYr',
  standbyUSD: 'standbyUSDPerYr',
} as const satisfies Record<keyof AnnualCostLines, string>;

type TraceState = { target: TraceTarget | null; show: (target: TraceTarget) => void; clear: () => void };

/** The row the Assumptions view should open at; set by a click on a number anywhere. */
export const useTrace = create<TraceState>((set) => ({
  target: null,
  show: (target) => set({ target }),
  clear: () => set({ target: null }),
}));

/** Opens the Assumptions view at the row behind a number. */
export function showFormula(target: TraceTarget): void {
  useTrace.getState().show(target);
  window.location.hash = '#/assumptions';
}

/** A row and the rows its formula reads directly, in the order the formula names them. */
export function formulaInputs(rows: readonly AssumptionRow[], name: string): { row: AssumptionRow; inputs: AssumptionRow[] } | null {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const row = byName.get(name);
  if (!row) return null;
  return { row, inputs: row.dependsOn.flatMap((d) => byName.get(d) ?? []) };
}
