import type { SiteSummary } from '../../api/channels';
import type { Site } from '../../api/schemas/site';

/**
 * Table row for a site. Phases state MW as IT or facility; the other basis follows from the
 * design PUE (facility = IT × PUE). Cancelled phases are left out of the totals.
 */
export function summarizeSite(site: Site): SiteSummary {
  const pue = site.design.pue.value;
  let itMW = 0;
  let facilityMW = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  for (const phase of site.phases) {
    if (phase.status === 'cancelled') continue;
    const mw = phase.mw.value;
    if (phase.basis === 'IT') {
      itMW += mw;
      facilityMW += mw * pue;
    } else {
      facilityMW += mw;
      itMW += mw / pue;
    }
    firstYear = firstYear === null ? phase.energizationYear : Math.min(firstYear, phase.energizationYear);
    lastYear = lastYear === null ? phase.energizationYear : Math.max(lastYear, phase.energizationYear);
  }
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
