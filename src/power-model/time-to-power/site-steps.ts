import type { SizedFleet } from '../scenarios/size';
import type { SiteModel } from '../site-model';
import { deratingAt } from '../thermal/derating';
import type { DemandStep, SupplyStep } from './time-to-power';

/** Facility MW of each phase at its design PUE, from its energization year: what time-to-power asks the supply to provide. */
export function phaseDemand(site: SiteModel): DemandStep[] {
  // Facility MW of a phase at its design PUE: the firm capacity it asks the supply to provide.
  const designPue = site.load.pue.designPue;
  return site.phases.map((p) => ({ name: p.name, year: p.energizationYear, facilityMW: p.itMW * designPue }));
}

/**
 * Firm MW of each thermal block from the year it can really be online (ordered no earlier than the
 * planning year): units × unit size × (1 − FOR) × its output fraction on the site's hot day (the
 * 0.4% design dry-bulb) at the site's elevation.
 */
export function thermalSupply(fleet: SizedFleet, planningYear: number, designTempC: number, elevationM: number): SupplyStep[] {
  return fleet.thermal
    .filter((t) => t.units > 0)
    .map((t) => ({
      path: t.technology.id,
      year: Math.max(t.orderYear, planningYear) + Math.ceil(t.technology.leadTimeYears),
      mw: t.units * t.technology.unitSizeMW * (1 - t.technology.forcedOutageRate) * deratingAt(t.technology.derating, designTempC, elevationM).outputFraction,
    }));
}
