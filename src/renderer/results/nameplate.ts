import type { Site } from '../../api/schemas/site';
import { nameplateMW } from '../../power-model/portfolio/nameplate';

/** A site's nameplate (IT MW, facility MW, phases), cancelled phases left out: the engine's rule. */
export function summarizeNameplate(site: Site): { itMW: number; facilityMW: number; phaseCount: number } {
  return nameplateMW(
    site.phases.map((p) => ({ basis: p.basis, mw: p.mw.value, cancelled: p.status === 'cancelled' })),
    site.design.pue.value,
  );
}
