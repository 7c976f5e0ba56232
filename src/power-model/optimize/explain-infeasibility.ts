import type { Highs } from 'highs';
import { restrictToClass, type ReserveClass } from './reserve-margin';
import { buildSizingModel, type CapRow } from './sizing-model';
import { solveLp } from './solve-lp';
import type { Infeasibility, SizingInput } from './types';

/**
 * Explains an infeasible sizing LP in plain words: re-solves it in elastic form (every reserve,
 * allowance and cap row relaxed by a slack; minimize Σ slack / max(|limit|, 1), all costs zero)
 * and reports each row whose slack is not zero: which constraint cannot be met, its limit, what
 * the other constraints need, and the difference. It does so for each class of largest unit built
 * (`reserveClasses`) and keeps the class with the smallest relaxation, so the reserve named is the
 * one of the design that comes nearest. Where several constraints conflict, more than one may be
 * named.
 */
export function explainInfeasibility(
  highs: Highs,
  input: SizingInput,
  classes: readonly ReserveClass[],
  timeLimitSeconds: number,
  solver: 'choose' | 'simplex' | 'ipm',
): { infeasibilities: Infeasibility[]; solveTimeMs: number } {
  let solveTimeMs = 0;
  let best: { objective: number; infeasibilities: Infeasibility[] } | null = null;
  for (const reserveClass of classes) {
    const classInput = restrictToClass(input, reserveClass);
    const layout = buildSizingModel(classInput, true, { largestUnitMW: reserveClass.largestUnitMW });
    const solution = solveLp(highs, layout.builder, timeLimitSeconds, solver);
    solveTimeMs += solution.solveTimeMs;
    const values = solution.colValue;
    if (values === null || solution.objective === null) continue;
    if (best !== null && solution.objective >= best.objective) continue;
    const infeasibilities = layout.capRows.flatMap((cap): Infeasibility[] => {
      const slack = values[cap.slackColumn] ?? 0;
      if (slack <= 1e-6 * Math.max(1, Math.abs(cap.limit))) return [];
      const needed = cap.limit + cap.sense * slack;
      return [describe(cap, needed, slack, layout.peakLoadMW, layout.reserveUnits, layout.largestUnitMW, input.unserved?.allowanceMWhPerYear ?? 0)];
    });
    best = { objective: solution.objective, infeasibilities };
  }
  return { infeasibilities: best?.infeasibilities ?? [], solveTimeMs };
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
        message: `The N+${reserveUnits} reserve margin cannot be met: grid import plus thermal capacity at its hot-day rating must reach ${n(cap.limit)} MW (peak load ${n(peakLoadMW)} MW + ${reserveUnits} × ${n(largestUnitMW)} MW, the largest unit built at that rating) but at most ${n(needed)} MW can be had within the import limit, the technology limits and the caps, ${n(shortfall)} MW short.`,
      };
    case 'noxTonsPerYear':
    case 'coTonsPerYear':
    case 'fleetCo2TonnesPerYear': {
      const what = cap.constraint === 'noxTonsPerYear' ? 'NOx' : cap.constraint === 'coTonsPerYear' ? 'CO' : 'fleet CO2';
      const unit = cap.constraint === 'fleetCo2TonnesPerYear' ? 't/yr' : 'short tons/yr';
      return {
        ...base,
        unit,
        message: `The air permit's ${what} limit of ${n(cap.limit)} ${unit} cannot be met: the on-site fleet must run enough to emit at least ${n(needed)} ${unit}, ${n(shortfall)} over the limit.`,
      };
    }
    case 'hoursPerUnit':
      return {
        ...base,
        unit: 'MWh/yr',
        message: `The air permit's operating hours per unit cannot be met: a technology must make ${n(shortfall)} MWh/yr more than its units can within their permitted hours.`,
      };
    case 'worstDayGasSupply':
    case 'worstDayGridOutage': {
      const what = cap.constraint === 'worstDayGasSupply' ? 'a gas-supply interruption in the cold snap' : 'a grid outage in extreme weather';
      return {
        ...base,
        unit: 'MW',
        message: `The worst-day target cannot be met: riding through ${what} with the largest unit out needs ${n(cap.limit)} MW of firm supply (campus load and the unit out), but at most ${n(needed)} MW can be had within the technology limits and the caps, ${n(shortfall)} MW short.`,
      };
    }
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
