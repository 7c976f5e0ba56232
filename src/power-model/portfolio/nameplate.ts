/** One published phase: its MW on its basis, and whether it was cancelled. */
export type NameplatePhase = { basis: 'IT' | 'facility'; mw: number; cancelled: boolean };

/**
 * A site's nameplate: IT MW and facility MW over its phases, cancelled phases left out (they count
 * nowhere). A phase published on one basis gets the other from the design PUE: facility = IT × PUE.
 * The one rule the services (site lists, `stargrid sites`), the views and the report use.
 */
export function nameplateMW(phases: readonly NameplatePhase[], designPue: number): { itMW: number; facilityMW: number; phaseCount: number } {
  let itMW = 0;
  let facilityMW = 0;
  let phaseCount = 0;
  for (const p of phases) {
    if (p.cancelled) continue;
    phaseCount += 1;
    itMW += p.basis === 'IT' ? p.mw : p.mw / designPue;
    facilityMW += p.basis === 'IT' ? p.mw * designPue : p.mw;
  }
  return { itMW, facilityMW, phaseCount };
}
