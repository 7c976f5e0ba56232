import { describe, expect, it } from 'vitest';
import { roundField, roundTo } from '../../src/api/export-rounding';

describe('rounding of exported figures', () => {
  it('removes binary noise from a sum: 1007.9999999999999 MW → 1008', () => {
    expect(roundField('facilityMW', 1007.9999999999999)).toBe(1008);
    expect(String(roundField('facilityMW', 0.1 + 0.2))).toBe('0.3');
  });

  it('rounds by unit: prices to the cent, money to the dollar, −0 to 0', () => {
    expect(roundField('gridPriceUSDPerMWh', 41.23456)).toBe(41.23);
    expect(roundField('capexUSD', 1234567.89)).toBe(1234568);
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });
});
