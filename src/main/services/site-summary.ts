import type { SiteSummary } from '../../api/channels';
import type { Site } from '../../api/schemas/site';
import { nameplateMW } from '../../power-model/portfolio/nameplate';

/**
 * Table row for a site. Phases state MW as IT or facility; the other basis follows from the
 * design PUE (facility = IT × PUE). Cancelled phases are left out of the totals.
 */
export function summarizeSite(site: Site): SiteSummary {
  const live = site.phases.filter((p) => p.status !== 'cancelled');
  const { itMW, facilityMW } = nameplateMW(
    site.phases.map((p) => ({ basis: p.basis, mw: p.mw.value, cancelled: p.status === 'cancelled' })),
    site.design.pue.value,
  );
  const years = live.map((p) => p.energizationYear);
  const firstYear = years.length > 0 ? Math.min(...years) : null;
  const lastYear = years.length > 0 ? Math.max(...years) : null;
  return {
    id: site.id,
    name: site.name,
    state: site.location.state,
    gridOperator: site.gridOperator,
    stargate: site.stargate,
    status: site.status,
    itMW,
    facilityMW,
    firstYear,
    lastYear,
  };
}
