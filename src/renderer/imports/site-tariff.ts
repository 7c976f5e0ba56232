import type { Site } from '../../api/schemas/site';
import type { SiteTariff, Tariff } from '../../api/schemas/tariff';

const WEEKDAYS_PER_WEEK = 5;
const WEEKEND_DAYS_PER_WEEK = 2;

/** The last tier's rate: a campus of hundreds of MW passes every tier's monthly limit in its first hours. */
function lastTier<T extends { tiers: { rateUSDPerKWh?: number; rateUSDPerKW?: number }[] }>(period: T | undefined, key: 'rateUSDPerKWh' | 'rateUSDPerKW'): number {
  return period?.tiers.at(-1)?.[key] ?? 0;
}

/**
 * A flat load's average energy price from a URDB rate, USD/MWh: the last-tier rate of each
 * hour's period, averaged over 12 months × 24 hours with weekdays weighted 5 and weekend days 2
 * (an AI campus draws nearly the same power every hour, so every hour weighs the same).
 */
export function flatLoadEnergyUSDPerMWh(tariff: Tariff): number {
  let sum = 0;
  let weight = 0;
  for (let m = 0; m < 12; m++) {
    for (let h = 0; h < 24; h++) {
      const weekday = tariff.energyPeriods[tariff.energyWeekdaySchedule[m]?.[h] ?? 0];
      const weekend = tariff.energyPeriods[tariff.energyWeekendSchedule[m]?.[h] ?? 0];
      sum += WEEKDAYS_PER_WEEK * lastTier(weekday, 'rateUSDPerKWh') + WEEKEND_DAYS_PER_WEEK * lastTier(weekend, 'rateUSDPerKWh');
      weight += WEEKDAYS_PER_WEEK + WEEKEND_DAYS_PER_WEEK;
    }
  }
  return (sum / weight) * 1000;
}

/**
 * A flat load's demand charge, USD/kW-month, averaged over the year: the flat monthly charge plus,
 * for a time-of-use rate, the charge of every demand period that occurs in the month — a flat
 * load reaches its peak in each period, so each period's charge applies to the same kW.
 */
export function flatLoadDemandUSDPerKWMonth(tariff: Tariff): number {
  let total = 0;
  for (let m = 0; m < 12; m++) {
    let month = tariff.flatDemandUSDPerKWMonth?.[m] ?? 0;
    const periods = new Set([...(tariff.demandWeekdaySchedule?.[m] ?? []), ...(tariff.demandWeekendSchedule?.[m] ?? [])]);
    for (const p of periods) month += lastTier(tariff.demandPeriods[p], 'rateUSDPerKW');
    total += month;
  }
  return total / 12;
}

/**
 * The site's tariff summary from an imported URDB rate: energy and demand charges as a flat load
 * pays them, marked as entered from the file. The minimum-demand clause is kept from the site's
 * previous tariff: a URDB rate gives a minimum in kW, not the share of contract capacity the
 * model needs.
 */
export function siteTariffFromUrdb(tariff: Tariff, fileName: string, previous: SiteTariff | undefined): SiteTariff {
  const note = `imported from ${fileName}`;
  return {
    name: tariff.name,
    energyUSDPerMWh: { value: flatLoadEnergyUSDPerMWh(tariff), unit: 'USD/MWh', source: 'user-entered', note: `${note}; flat-load average of the last-tier energy rates` },
    demandUSDPerKWMonth: { value: flatLoadDemandUSDPerKWMonth(tariff), unit: 'USD/kW-month', source: 'user-entered', note: `${note}; flat-load sum of the demand charges, averaged over months` },
    ...(previous?.minimumDemandPct ? { minimumDemandPct: previous.minimumDemandPct } : {}),
    ...(previous?.contractYears ? { contractYears: previous.contractYears } : {}),
    source: tariff.source ?? note,
    note: `${tariff.utility}: ${note}`,
  };
}

/** The site with the imported tariff in place of its own. */
export function withTariff(site: Site, tariff: Tariff, fileName: string): Site {
  return { ...site, tariff: siteTariffFromUrdb(tariff, fileName, site.tariff) };
}
