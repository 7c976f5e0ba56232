import type { SiteSummary } from '../../api/channels';
import type { Site } from '../../api/schemas/site';
import type { DamagedSite } from '../db/sites-repo';

/** The row of a site whose stored data is damaged: named, with what is wrong, and no figures. */
export function damagedSummary(row: DamagedSite): SiteSummary {
  return { id: row.id, name: row.name, state: '', gridOperator: '', stargate: false, status: 'damaged', itMW: 0, facilityMW: 0, firstYear: null, lastYear: null, damaged: row.damaged };
}

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
