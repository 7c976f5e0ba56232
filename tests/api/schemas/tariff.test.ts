import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../../../src/api/schemas/format-issues';
import { TariffSchema } from '../../../src/api/schemas/tariff';

const flat = (period: number) => Array.from({ length: 12 }, () => Array.from({ length: 24 }, () => period));

const tariff = () => ({
  name: 'Flat',
  utility: 'Example',
  fixedChargeUSDPerMonth: 0,
  energyPeriods: [{ tiers: [{ rateUSDPerKWh: 0.07 }] }],
  energyWeekdaySchedule: flat(0),
  energyWeekendSchedule: flat(0),
  demandPeriods: [],
});

describe('TariffSchema', () => {
  it('accepts a single-period flat energy tariff', () => {
    expect(TariffSchema.parse(tariff()).energyPeriods).toHaveLength(1);
  });

  it('names every schedule cell that points at a period that does not exist', () => {
    const t = tariff();
    t.energyWeekendSchedule[11]![23] = 1;
    const r = TariffSchema.safeParse(t);
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([
      { path: 'energyWeekendSchedule.11.23', message: 'names period 1 but only 1 are defined' },
    ]);
  });

  it('requires 12 monthly rows in a schedule', () => {
    const r = TariffSchema.safeParse({ ...tariff(), energyWeekdaySchedule: flat(0).slice(0, 11) });
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'energyWeekdaySchedule', message: 'must have 12 months' }]);
  });
});
