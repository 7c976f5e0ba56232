import type { SizingInput, SizingThermalTechnology } from './types';

/** One class of designs: those whose largest thermal unit is `largestUnitMW` at most. */
export type ReserveClass = {
  largestUnitMW: number;
  /** Indices (into the offered thermal technologies) of those with units no larger. */
  allowed: number[];
};

/**
 * The N+k reserve margin on the largest unit BUILT, as a handful of linear programs.
 *
 * The requirement is: firm capacity C = G + Σ_j X_j (grid capacity plus thermal MW) covers the peak
 * load with the k largest units built out of service, C ≥ peak + k·max{unitMW_j : X_j > 0}. "The
 * largest unit built" is not linear in X. With one binary b_j per technology it is a MIP
 * (X_j ≤ M·b_j, C − k·unitMW_j·b_j ≥ peak); it was built and measured so, and HiGHS's branch and
 * bound took 5–40× longer than one LP (1.7 s vs 0.1–0.4 s on 12 representative days, 19 s on 48,
 * and past a 60 s limit on the full year, with 3 technologies on a quiet 16-core machine), because
 * its relaxation with big-M rows is weak.
 *
 * Instead the designs are split by their largest unit L, one of the offered unit sizes or 0 (no
 * thermal): class L allows only the technologies with unitMW ≤ L and asks C ≥ peak + k·L. Each
 * class is a pure LP, and the least-cost design over all classes is exactly the MIP optimum: a
 * design whose largest built unit is L* is feasible in class L* at the same cost, and any design
 * feasible in class L has its largest unit ≤ L, so it meets its own (smaller or equal)
 * requirement. There are at most (distinct unit sizes + 1) classes, six for the bundled catalogue.
 * With k = 0 the reserve is C ≥ peak for every design, so one class (all technologies) suffices.
 * k × the largest unit is the usual conservative N+k reading: it supposes k units of the largest
 * size out, even where fewer of them are built.
 *
 * The grid counts as firm capacity, not as a unit whose loss must be covered: its outages are
 * separate, rare events (the site's outage frequency and duration) that the Monte Carlo re-check
 * models explicitly; counting the whole connection as one unit would make N+1 demand a full
 * on-site copy of the grid supply and rule the grid out of every N+k design.
 */
export function reserveClasses(thermal: readonly SizingThermalTechnology[], reserveUnits: number): ReserveClass[] {
  const all = thermal.map((_, j) => j);
  const largestOfferedMW = thermal.reduce((max, t) => Math.max(max, t.unitMW), 0);
  if (reserveUnits === 0 || thermal.length === 0) return [{ largestUnitMW: largestOfferedMW, allowed: all }];
  const sizes = [0, ...new Set(thermal.filter((t) => (t.maxMW ?? Infinity) > 0).map((t) => t.unitMW))].sort((a, b) => a - b);
  return sizes.map((largestUnitMW) => ({ largestUnitMW, allowed: all.filter((j) => (thermal[j]?.unitMW ?? Infinity) <= largestUnitMW) }));
}

/** Peak + k × the largest unit among the technologies with MW in `capacityMW` (> 1e-6 MW). */
export function reserveRequirementMW(peakLoadMW: number, reserveUnits: number, unitMW: readonly number[], capacityMW: readonly number[]): number {
  let largestBuiltMW = 0;
  unitMW.forEach((mw, j) => {
    if ((capacityMW[j] ?? 0) > 1e-6) largestBuiltMW = Math.max(largestBuiltMW, mw);
  });
  return peakLoadMW + reserveUnits * largestBuiltMW;
}

/** The input with only the class's technologies on offer. */
export function restrictToClass(input: SizingInput, reserveClass: ReserveClass): SizingInput {
  return { ...input, thermal: reserveClass.allowed.flatMap((j) => input.thermal[j] ?? []) };
}
