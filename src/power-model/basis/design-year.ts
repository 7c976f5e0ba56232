import type { LoadPhase } from '../load/load';

/**
 * The design year of a site: the first calendar year in which its whole (non-cancelled) build is
 * energized for all twelve months. A phase energized in January of year Y counts from Y; one
 * energized later in Y (energizationMonth > 1) counts from Y + 1, because Y holds only part of
 * its load. Every scenario of the site is simulated in this year unless the user picks another,
 * so a row-by-row comparison of scenarios compares the same load.
 *
 * The scenarios are compared on this design basis: each scenario's on-site fleet is ordered in
 * time to be in service in the design year (basis/order-year.ts `defaultOrderYear`). Where that order
 * would have to precede the planning year, the summary lists the asset in `lateAssets` with the
 * earliest year it can really be online, and time-to-power counts it only from then, so the
 * shortfall before it arrives is shown, not hidden. Cancelled phases never reach the engine
 * (src/main/model/site-model.ts leaves them out).
 */
export function designYear(phases: readonly Pick<LoadPhase, 'energizationYear' | 'energizationMonth'>[]): number {
  if (phases.length === 0) throw new RangeError('design year: a site needs at least one phase that is not cancelled');
  return Math.max(...phases.map((p) => p.energizationYear + ((p.energizationMonth ?? 1) > 1 ? 1 : 0)));
}
