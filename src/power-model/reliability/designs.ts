import type { ReliabilityBattery, ReliabilityInput } from './types';

/**
 * One design the single-pass Monte Carlo compares on the same draws: the fleet as given plus
 * `extraUnits` copies of its largest unit, with or without the common-mode events, its gas units
 * dual fuel or not, a battery and extra grid import.
 */
export type Design = {
  label: string;
  /** N+k: copies of the largest unit added. */
  extraUnits: number;
  /** Whether the common-mode events of the input (gas supply, weather grid outages) apply. */
  commonMode: boolean;
  /** Every gas-fired unit can switch to stored fuel: gas supply interruptions do not take it. */
  dualFuel: boolean;
  /** The design's battery; absent = the input's. */
  battery?: ReliabilityBattery;
  /** Grid import added to the input's limit, MW (a backup connection); it fails with the grid. */
  addedGridMW: number;
};

/** The fleet as given with the common-mode events, and without them: the two designs of the worst-day checks. */
export const WITH_EVENTS: Design = { label: 'with common-mode events', extraUnits: 0, commonMode: true, dualFuel: false, addedGridMW: 0 };
export const WITHOUT_EVENTS: Design = { label: 'without common-mode events', extraUnits: 0, commonMode: false, dualFuel: false, addedGridMW: 0 };

/** What a comparison of mitigations adds to the design as given. */
export type Mitigations = {
  /** k of the N+k designs compared besides N; default [1, 2]. */
  extraUnits?: readonly number[];
  /** Compare the fleet with every gas unit dual fuel; default true. */
  dualFuel?: boolean;
  /** A battery added to the design's own (powers and energies add), compared on its own. */
  addedBattery?: ReliabilityBattery;
  /** A grid backup connection of this many MW added, compared on its own (it fails in grid outages). */
  gridBackupMW?: number;
};

/** "N", "N+1", … */
export function redundancyLabel(extraUnits: number): string {
  return extraUnits === 0 ? 'N' : `N+${extraUnits}`;
}

/** The N+k designs with the common-mode events applied (all of them, when the input has any). */
export function redundancyDesigns(extraUnits: readonly number[]): Design[] {
  return extraUnits.map((k) => ({ label: redundancyLabel(k), extraUnits: k, commonMode: true, dualFuel: false, addedGridMW: 0 }));
}

/**
 * The designs of a common-mode comparison, all from the same draws: N, N+1, N+2 without the
 * common-mode events (independent failures only) and with them, then with them N with dual fuel,
 * N with the added battery, N with the grid backup (each mitigation on its own).
 */
export function mitigationDesigns(input: ReliabilityInput, mitigations: Mitigations = {}): Design[] {
  const ks = [0, ...(mitigations.extraUnits ?? [1, 2]).filter((k) => k > 0)];
  const without = ks.map((k) => ({ label: `${redundancyLabel(k)} without common-mode`, extraUnits: k, commonMode: false, dualFuel: false, addedGridMW: 0 }));
  const designs: Design[] = [...without, ...redundancyDesigns(ks)];
  if (mitigations.dualFuel ?? true) designs.push({ label: 'N, dual fuel', extraUnits: 0, commonMode: true, dualFuel: true, addedGridMW: 0 });
  const added = mitigations.addedBattery;
  if (added !== undefined && added.powerMW > 0 && added.energyMWh > 0) {
    const own = input.battery;
    const battery: ReliabilityBattery =
      own === undefined ? added : { ...own, powerMW: own.powerMW + added.powerMW, energyMWh: own.energyMWh + added.energyMWh };
    designs.push({ label: `N + battery ${round(added.powerMW)} MW / ${round(added.energyMWh)} MWh`, extraUnits: 0, commonMode: true, dualFuel: false, battery, addedGridMW: 0 });
  }
  const gridMW = mitigations.gridBackupMW ?? 0;
  if (gridMW > 0) designs.push({ label: `N + grid backup ${round(gridMW)} MW`, extraUnits: 0, commonMode: true, dualFuel: false, addedGridMW: gridMW });
  return designs;
}

function round(mw: number): string {
  return mw >= 100 ? mw.toFixed(0) : mw.toPrecision(3).replace(/\.?0+$/, '');
}
