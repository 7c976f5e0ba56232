import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../../../src/api/schemas/format-issues';
import { TechnologyFileSchema, TechnologySchema } from '../../../src/api/schemas/technology';

const eia = (value: number, unit: string) => ({ value, unit, source: 'https://www.eia.gov/outlooks/aeo/assumptions/', year: 2025 });
const guess = (value: number, unit: string) => ({ value, unit, source: 'assumption', assumption: 'test value' });

const turbine = () => ({
  id: 'gas-ct-frame',
  name: 'Frame turbine',
  category: 'gas-turbine',
  fuel: 'natural-gas',
  dollarYear: 2025,
  capexUSDPerKW: eia(1158, 'USD/kW'),
  fixedOMUSDPerKWYear: eia(7.18, 'USD/kW-yr'),
  heatRateBtuPerKWh: eia(9142, 'Btu/kWh'),
  unitSizeMW: eia(419, 'MW'),
  leadTimeYears: eia(2, 'years'),
  forcedOutageRate: guess(0.05, 'fraction'),
  lifetimeYears: guess(30, 'years'),
});

describe('TechnologySchema', () => {
  it('accepts a gas turbine with its heat rate', () => {
    expect(TechnologySchema.parse(turbine()).heatRateBtuPerKWh?.value).toBe(9142);
  });

  it('requires a heat rate for a fuel-burning technology', () => {
    const { heatRateBtuPerKWh: _omit, ...noHeatRate } = turbine();
    const r = TechnologySchema.safeParse(noHeatRate);
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'heatRateBtuPerKWh', message: 'is required for a fuel-burning technology' }]);
  });

  it('refuses a heat rate below 3,412 Btu/kWh, which would be over 100% efficient', () => {
    const r = TechnologySchema.safeParse({ ...turbine(), heatRateBtuPerKWh: eia(3000, 'Btu/kWh') });
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'heatRateBtuPerKWh.value', message: 'must be ≥ 3412' }]);
  });

  it('refuses a forced-outage rate above 1', () => {
    const r = TechnologySchema.safeParse({ ...turbine(), forcedOutageRate: guess(5, '%') });
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'forcedOutageRate.value', message: 'must be ≤ 1' }]);
  });

  it('refuses two technologies with the same id in one file', () => {
    const file = {
      schemaVersion: 1,
      dataAsOf: '2026-06-30',
      fuel: { gasPriceUSDPerMMBtu: eia(4.28, 'USD/MMBtu'), gasCo2KgPerMMBtu: eia(53.06, 'kg/MMBtu') },
      technologies: [turbine(), turbine()],
    };
    const r = TechnologyFileSchema.safeParse(file);
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'technologies.1.id', message: "duplicates id 'gas-ct-frame'" }]);
  });

  it('refuses emission factors without a source, naming the field', () => {
    const r = TechnologySchema.safeParse({ ...turbine(), emissions: { uncontrolled: { noxLbPerMMBtu: 0.099, coLbPerMMBtu: 0.015, sources: [], estimate: false, note: 'AP-42' } } });
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'emissions.uncontrolled.sources', message: 'must cite at least one source' }]);
  });

  it('refuses a negative NOx factor', () => {
    const src = [{ title: 'AP-42 3.1', publisher: 'U.S. EPA', year: 2000 }];
    const r = TechnologySchema.safeParse({ ...turbine(), emissions: { uncontrolled: { noxLbPerMMBtu: -1, coLbPerMMBtu: 0.015, sources: src, estimate: false, note: 'x' } } });
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([{ path: 'emissions.uncontrolled.noxLbPerMMBtu', message: 'must be ≥ 0' }]);
  });
});
