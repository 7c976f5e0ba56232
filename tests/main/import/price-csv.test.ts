import { describe, expect, it } from 'vitest';
import { importPriceCsv } from '../../../src/main/import/price-csv';
import { fixtureReader } from './import-helpers';

const fixture = fixtureReader('price');

describe('importPriceCsv', () => {
  it('reads USD/MWh from the header and keeps negative prices', () => {
    const price = importPriceCsv(fixture('price-usd-per-mwh.csv'));
    expect(price.sourceUnit).toBe('$/MWh');
    expect(price.priceUSDPerMWh[0]).toBe(20);
    expect(price.priceUSDPerMWh[1]).toBe(-5);
    // Half the hours at 20 and half at -5: mean 7.5 USD/MWh.
    expect(price.priceUSDPerMWh.reduce((s, v) => s + v, 0) / 8760).toBeCloseTo(7.5, 9);
  });

  it('converts cents/kWh to USD/MWh', () => {
    // 3.5 cents/kWh = 0.035 USD/kWh = 35 USD/MWh.
    expect(importPriceCsv(fixture('price-cents-per-kwh.csv')).priceUSDPerMWh[100]).toBeCloseTo(35, 9);
  });

  it('reports a file with no price column', () => {
    expect(() => importPriceCsv(fixture('missing-column.csv'))).toThrow(/line 1: has no price column; found 'hour', 'a', 'b'/);
  });

  it('reports a currency unit it cannot convert', () => {
    expect(() => importPriceCsv(fixture('unknown-unit.csv'))).toThrow(/column 'price \(EUR\/MWh\)': names the unit 'EUR\/MWh'/);
  });

  /** One column headed `header`, 8760 hours at `value`. */
  const oneColumn = (header: string, value: string) => [header, ...Array.from({ length: 8760 }, () => value)].join('\n');

  it.each([
    ['price_USD_per_MWh', '42', 42],
    ['$/MWh', '42', 42],
    ['cents/kWh', '4.2', 42],
    ['price (¢/kWh)', '4.2', 42],
  ])('reads the unit written in the header %s of a one-column file', (header, value, usdPerMWh) => {
    // 4.2 cents/kWh × 10 = 42 USD/MWh.
    expect(importPriceCsv(oneColumn(header, value)).priceUSDPerMWh[0]).toBeCloseTo(usdPerMWh, 9);
  });
});

