import type { SiteSummary } from '../../api/channels';
import type { Site } from '../../api/schemas/site';
import { nameplateMW } from '../../power-model/portfolio/nameplate';
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
