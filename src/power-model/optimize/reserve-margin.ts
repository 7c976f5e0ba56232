import type { LpBuilder } from './lp-builder';

export type ReserveMarginInput = {
  /** Grid capacity column, −1 when there is no grid. */
  gridMW: number;
  /** Thermal capacity column of each technology. */
  thermalMW: readonly number[];
  /** Unit size of each technology, MW. */
  unitMW: readonly number[];
  /** Most MW of each technology that may be built (Infinity = no limit). */
  maxMW: readonly number[];
  peakLoadMW: number;
  /** k of N+k. */
  reserveUnits: number;
  /** Add one slack column, shared by every reserve row, that relaxes them (explaining infeasibility). */
  elastic: boolean;
};

export type ReserveMargin = {
  /** The 0/1 "built" column of each technology (−1 where none: k = 0, or the technology may not be built). */
  builtColumns: number[];
  /** The shared slack column in elastic mode, else −1. */
  slackColumn: number;
  /** The first reserve row (there is one per technology, or one in all when k = 0). */
  firstRow: number;
};

/**
 * Adds the N+k reserve margin on the largest unit BUILT to the sizing model.
 *
 * Firm capacity C = G + Σ_j X_j (grid capacity plus thermal MW) must cover the peak load with the
 * k largest units built out of service. With one binary b_j per thermal technology ("some of j is
 * built"):
 *   X_j ≤ M_j·b_j                      (no MW of j unless b_j = 1)
 *   C − k·unitMW_j·b_j ≥ peak           (for each j: if j is built, C covers the loss of k of its units)
 *   C ≥ peak                           (when no thermal technology is offered)
 * so the binding row is the one of the largest unit built, and a technology with small units pays a
 * small reserve penalty. k × the largest unit is the usual conservative N+k reading (it supposes
 * k units of the largest size, even where fewer of them are built). M_j = min(maxMW_j, 2·peak + k·
 * largest unitMW offered): thermal MW beyond that can lower no cost, since capacity above the peak
 * plus the reserve can only charge a battery faster than the load ever draws.
 * With k = 0 the reserve is C ≥ peak and no binary is added, so the model stays a pure LP.
 *
 * The grid counts as firm capacity, not as a unit whose loss must be covered: its outages are
 * separate, rare events (the site's outage frequency and duration) that the Monte Carlo re-check
 * models explicitly; counting the whole connection as one unit would make N+1 demand a full
 * on-site copy of the grid supply and rule the grid out of every N+k design.
 */
export function addReserveMargin(builder: LpBuilder, input: ReserveMarginInput): ReserveMargin {
  const { gridMW, thermalMW, unitMW, maxMW, peakLoadMW, reserveUnits: k, elastic } = input;
  const largestOfferedMW = unitMW.reduce((max, mw) => Math.max(max, mw), 0);
  const slackColumn = elastic ? builder.addColumn(1 / Math.max(peakLoadMW + k * largestOfferedMW, 1)) : -1;
  const firmColumns: number[] = [];
  if (gridMW >= 0) firmColumns.push(gridMW);
  firmColumns.push(...thermalMW);
  if (slackColumn >= 0) firmColumns.push(slackColumn);
  const ones = firmColumns.map(() => 1);

  const builtColumns = thermalMW.map((_, j) => (k > 0 && (maxMW[j] ?? Infinity) > 0 ? builder.addBinaryColumn(0) : -1));
  const firstRow = builder.rowCount;
  if (builtColumns.every((column) => column < 0)) {
    builder.addRow(peakLoadMW, Infinity, firmColumns, ones);
    return { builtColumns, slackColumn, firstRow };
  }
  const bigM = 2 * peakLoadMW + k * largestOfferedMW;
  builtColumns.forEach((built, j) => {
    if (built < 0) return;
    const capacity = thermalMW[j] ?? -1;
    builder.addRow(-Infinity, 0, [capacity, built], [1, -Math.min(maxMW[j] ?? Infinity, bigM)]);
    builder.addRow(peakLoadMW, Infinity, [...firmColumns, built], [...ones, -k * (unitMW[j] ?? 0)]);
  });
  return { builtColumns, slackColumn, firstRow };
}

/** Peak + k × the largest unit among the technologies with MW in `capacityMW` (> 1e-6 MW). */
export function reserveRequirementMW(peakLoadMW: number, reserveUnits: number, unitMW: readonly number[], capacityMW: readonly number[]): number {
  let largestBuiltMW = 0;
  unitMW.forEach((mw, j) => {
    if ((capacityMW[j] ?? 0) > 1e-6) largestBuiltMW = Math.max(largestBuiltMW, mw);
  });
  return peakLoadMW + reserveUnits * largestBuiltMW;
}
