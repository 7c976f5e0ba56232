import { describe, expect, it } from 'vitest';
import type { SiteTariff, Tariff } from '../../../src/api/schemas/tariff';
import { flatLoadDemandUSDPerKWMonth, flatLoadEnergyUSDPerMWh, siteTariffFromUrdb } from '../../../src/renderer/imports/site-tariff';

const hours = (pick: (h: number) => number) => Array.from({ length: 24 }, (_, h) => pick(h));
const months = (pick: (m: number) => number[]) => Array.from({ length: 12 }, (_, m) => pick(m));

/** Off-peak 0.05 USD/kWh; on-peak weekdays 12:00–20:00 at 0.09 for the first 1 GWh, then 0.08. */
const tariff: Tariff = {
  name: 'Large Power TOU',
  utility: 'Example Electric',
  fixedChargeUSDPerMonth: 500,
  energyPeriods: [{ tiers: [{ rateUSDPerKWh: 0.05 }] }, { tiers: [{ maxKWhPerMonth: 1_000_000, rateUSDPerKWh: 0.09 }, { rateUSDPerKWh: 0.08 }] }],
  energyWeekdaySchedule: months(() => hours((h) => (h >= 12 && h < 20 ? 1 : 0))),
  energyWeekendSchedule: months(() => hours(() => 0)),
  // Demand: 2 USD/kW all hours; 5 then 4 USD/kW on summer (June–September) weekday afternoons.
  demandPeriods: [{ tiers: [{ rateUSDPerKW: 2 }] }, { tiers: [{ maxKW: 1000, rateUSDPerKW: 5 }, { rateUSDPerKW: 4 }] }],
  demandWeekdaySchedule: months((m) => hours((h) => (m >= 5 && m <= 8 && h >= 12 && h < 20 ? 1 : 0))),
  demandWeekendSchedule: months(() => hours(() => 0)),
  flatDemandUSDPerKWMonth: [10, 10, 10, 10, 10, 10, 12, 12, 12, 12, 12, 12],
};

describe('a URDB tariff as a site tariff', () => {
  it('averages the last-tier energy rate over a flat load’s hours', () => {
    // Weekday hour mean: (16 × 0.05 + 8 × 0.08) / 24 = 0.06; weekend 0.05; (5 × 0.06 + 2 × 0.05) / 7 = 0.4 / 7 USD/kWh.
    expect(flatLoadEnergyUSDPerMWh(tariff)).toBeCloseTo((0.4 / 7) * 1000, 9);
  });

  it('adds every demand period a flat load peaks in to the flat charge, averaged over months', () => {
    // Flat: (6 × 10 + 6 × 12) / 12 = 11. TOU: 4 summer months 2 + 4 = 6, 8 others 2: (24 + 16) / 12 = 10/3.
    expect(flatLoadDemandUSDPerKWMonth(tariff)).toBeCloseTo(11 + 10 / 3, 9);
  });

  it('keeps the site’s minimum-demand clause and marks the charges as entered from the file', () => {
    const previous: SiteTariff = { name: 'old', minimumDemandPct: { value: 85, unit: '% of contract', source: 'https://example.org/tariff' }, source: 'https://example.org/tariff' };
    const t = siteTariffFromUrdb(tariff, 'rate.json', previous);
    expect(t.name).toBe('Large Power TOU');
    expect(t.minimumDemandPct?.value).toBe(85);
    expect(t.energyUSDPerMWh?.source).toBe('user-entered');
    expect(t.energyUSDPerMWh?.note).toContain('imported from rate.json');
    expect(t.demandUSDPerKWMonth?.unit).toBe('USD/kW-month');
  });
});
