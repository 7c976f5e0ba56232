import { describe, expect, it } from 'vitest';
import { importUrdbTariff } from '../../../src/main/import/tariff-urdb';
import { fixtureReader, importError } from './import-helpers';

const fixture = fixtureReader('tariff');

describe('importUrdbTariff', () => {
  it('reads a URDB API response with TOU energy tiers, TOU and flat demand charges', () => {
    const t = importUrdbTariff(fixture('urdb-tou.json'));
    expect(t.name).toBe('Large Power Service TOU (fixture)');
    expect(t.fixedChargeUSDPerMonth).toBe(500);
    // Off-peak energy: rate 0.05 plus rider adj 0.005 = 0.055 USD/kWh.
    expect(t.energyPeriods[0]?.tiers[0]?.rateUSDPerKWh).toBeCloseTo(0.055, 12);
    expect(t.energyPeriods[1]?.tiers).toEqual([
      { maxKWhPerMonth: 1_000_000, rateUSDPerKWh: 0.09 },
      { rateUSDPerKWh: 0.08 },
    ]);
    // The fixture schedule makes hours 12-19 on weekdays period 1.
    expect(t.energyWeekdaySchedule[0]?.[11]).toBe(0);
    expect(t.energyWeekdaySchedule[0]?.[12]).toBe(1);
    expect(t.demandPeriods[1]?.tiers[0]?.rateUSDPerKW).toBe(12.5);
    // flatdemandmonths puts June-August (indices 5-7) in flat period 1 at 6 USD/kW, others at 4.
    expect(t.flatDemandUSDPerKWMonth).toEqual([4, 4, 4, 4, 4, 6, 6, 6, 4, 4, 4, 4]);
  });

  it('converts a fixed charge given per day to a monthly charge', () => {
    const rate = JSON.parse(fixture('urdb-tou.json')) as { items: Array<Record<string, unknown>> };
    const item = { ...rate.items[0], fixedchargefirstmeter: 10, fixedchargeunits: '$/day' };
    // 10 USD/day × 365/12 days = 304.1667 USD/month.
    expect(importUrdbTariff(JSON.stringify(item)).fixedChargeUSDPerMonth).toBeCloseTo(304.1667, 3);
  });

  it('names the missing energy rate structure', () => {
    const e = importError(() => importUrdbTariff(fixture('missing-energy.json')));
    expect(e.path).toBe('energyratestructure');
  });

  it('names the schedule month that lacks an hour', () => {
    const e = importError(() => importUrdbTariff(fixture('short-schedule.json')));
    expect(e.path).toBe('energyweekdayschedule.3');
    expect(e.message).toMatch(/must have 24 hours/);
  });

  it('names the schedule cell that points at an undefined period', () => {
    const e = importError(() => importUrdbTariff(fixture('undefined-period.json')));
    expect(e.path).toBe('energyweekdayschedule.6.15');
    expect(e.message).toMatch(/names period 2 but only 2 are defined/);
  });

  it('names a rate written as text', () => {
    const e = importError(() => importUrdbTariff(fixture('text-rate.json'), { file: 'text-rate.json' }));
    expect(e.message).toMatch(/^text-rate\.json, energyratestructure\.1\.0\.rate: must be a number/);
  });

  it('refuses an energy unit other than kWh', () => {
    const e = importError(() => importUrdbTariff(fixture('unknown-unit.json')));
    expect(e.path).toBe('energyratestructure.0.0.unit');
    expect(e.message).toMatch(/'kWh daily' is not supported/);
  });

  it('refuses a response holding several rates', () => {
    const one = (JSON.parse(fixture('urdb-tou.json')) as { items: unknown[] }).items[0];
    expect(() => importUrdbTariff(JSON.stringify({ items: [one, one] }))).toThrow(/holds 2 rates in 'items'; export exactly one/);
  });
});
