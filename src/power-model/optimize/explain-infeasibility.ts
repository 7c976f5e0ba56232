import type { Highs } from 'highs';
import { buildSizingModel, type CapRow } from './sizing-model';
import { reserveRequirementMW } from './reserve-margin';
import { solveLp } from './solve-lp';
import type { Infeasibility, SizingInput } from './types';

/**
 * Explains an infeasible sizing LP in plain words: re-solves it in elastic form (every reserve,
 * allowance and cap row relaxed by a slack; minimize Σ slack / max(|limit|, 1), all costs zero)
 * and reports each row whose slack is not zero: which constraint cannot be met, its limit, what
 * the other constraints need, and the difference. The relaxation is the smallest in relative
 * terms; where several constraints conflict, more than one may be named.
 */
export function explainInfeasibility(highs: Highs, input: SizingInput, timeLimitSeconds: number, solver: 'choose' | 'simplex' | 'ipm'): { infeasibilities: Infeasibility[]; solveTimeMs: number } {
  const layout = buildSizingModel(input, true);
  const solution = solveLp(highs, layout.builder, timeLimitSeconds, solver);
  const values = solution.colValue;
  if (values === null) return { infeasibilities: [], solveTimeMs: solution.solveTimeMs };
  const unitMW = input.thermal.map((t) => t.unitMW);
  const builtMW = layout.thermalMW.map((column) => values[column] ?? 0);
  // Peak 0 and k = 1 give the largest unit the relaxed solution builds (0 when it builds none).
  const largestUnitMW = reserveRequirementMW(0, 1, unitMW, builtMW);
  const infeasibilities = layout.capRows.flatMap((cap): Infeasibility[] => {
    const slack = values[cap.slackColumn] ?? 0;
    // The reserve requirement depends on the largest unit the relaxed solution builds.
    const limit = cap.constraint === 'reserveMargin' ? layout.peakLoadMW + layout.reserveUnits * largestUnitMW : cap.limit;
    if (slack <= 1e-6 * Math.max(1, Math.abs(limit))) return [];
    const needed = limit + cap.sense * slack;
    return [describe({ ...cap, limit }, needed, slack, layout.peakLoadMW, layout.reserveUnits, largestUnitMW, input.unserved?.allowanceMWhPerYear ?? 0)];
  });
  return { infeasibilities, solveTimeMs: solution.solveTimeMs };
}

function describe(cap: CapRow, needed: number, shortfall: number, peakLoadMW: number, reserveUnits: number, largestUnitMW: number, allowanceMWh: number): Infeasibility {
  const base = { constraint: cap.constraint, limit: cap.limit, needed, shortfall };
  const n = (value: number): string => formatNumber(value);
  switch (cap.constraint) {
    case 'co2TonnesPerYear':
      return {
        ...base,
        unit: 't/yr',
        message: `The CO2 cap of ${n(cap.limit)} t/yr cannot be met: serving the load within the other constraints emits at least ${n(needed)} t/yr, ${n(shortfall)} t/yr over the cap.`,
      };
    case 'gridMW':
      return {
        ...base,
        unit: 'MW',
        message: `The grid cap of ${n(cap.limit)} MW cannot be met: the other constraints need at least ${n(needed)} MW of grid import capacity, ${n(shortfall)} MW over the cap.`,
      };
    case 'landAcres':
      return {
        ...base,
        unit: 'acres',
        message: `The land cap of ${n(cap.limit)} acres cannot be met: the other constraints need at least ${n(needed)} acres of solar, ${n(shortfall)} acres over the cap.`,
      };
    case 'residentialBillUSDPerMonth':
      return {
        ...base,
        unit: 'USD/month',
        message: `The residential bill cap of ${n(cap.limit)} USD/month cannot be met: the campus's grid draw at the coincident peak raises the typical bill by at least ${n(needed)} USD/month, ${n(shortfall)} over the cap.`,
      };
    case 'reserveMargin':
      return {
        ...base,
        unit: 'MW',
        message: `The N+${reserveUnits} reserve margin cannot be met: grid import plus thermal capacity must reach ${n(cap.limit)} MW (peak load ${n(peakLoadMW)} MW + ${reserveUnits} × ${n(largestUnitMW)} MW, the largest unit built) but at most ${n(needed)} MW can be had within the import limit, the technology limits and the caps, ${n(shortfall)} MW short.`,
      };
    case 'unservedEnergy':
      return {
        ...base,
        unit: 'MWh/yr',
        message: `The load cannot be served every hour: at least ${n(needed)} MWh/yr would go unserved against an allowance of ${n(allowanceMWh)} MWh/yr, ${n(shortfall)} MWh/yr over.`,
      };
  }
}

function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}
