import { describe, expect, it } from 'vitest';
import { floatsToBytes } from '../../../src/main/db/site-series-repo';
import { ImportError } from '../../../src/main/import/errors';
import { hourlyFromBytes } from '../../../src/main/import/hourly-bytes';

describe('hourlyFromBytes (a stored load or price body read back)', () => {
  it('reads back exactly what floatsToBytes stored, for a common and a leap year', () => {
    for (const hours of [8760, 8784]) {
      const values = Float64Array.from({ length: hours }, (_, h) => h * 0.1 - 3);
      expect(hourlyFromBytes(floatsToBytes(values), { quantity: 'price' })).toEqual(values);
    }
  });

  it('reads the bytes as little-endian doubles: 1.5 is 00 00 00 00 00 00 F8 3F', () => {
    // IEEE 754: 1.5 = 0x3FF8000000000000; little-endian puts the low byte first.
    const bytes = new Uint8Array(8760 * 8);
    bytes.set([0, 0, 0, 0, 0, 0, 0xf8, 0x3f], 8 * 42);
    const values = hourlyFromBytes(bytes, { quantity: 'load', min: 0 });
    expect(values[42]).toBe(1.5);
    expect(values[41]).toBe(0);
  });

  it('refuses what the CSV import refuses: a short year, a value that is not finite, a load below zero', () => {
    const year = (odd?: number) => floatsToBytes(Float64Array.from({ length: 8760 }, (_, h) => (h === 9 && odd !== undefined ? odd : 10)));
    expect(() => hourlyFromBytes(floatsToBytes(new Float64Array(8759)), { quantity: 'load' })).toThrow(/holds 8759 values; an hourly year needs 8760 \(or 8784 in a leap year\)/);
    expect(() => hourlyFromBytes(year(Number.NEGATIVE_INFINITY), { quantity: 'price' })).toThrow(/hour 10 is -Infinity, not a finite number/);
    expect(() => hourlyFromBytes(year(-0.5), { quantity: 'load', min: 0 })).toThrow(/hour 10 is -0.5, below the minimum 0 for load/);
    // A negative price is a real market outcome, as in importPriceCsv.
    expect(hourlyFromBytes(year(-0.5), { quantity: 'price' })[9]).toBe(-0.5);
    expect(() => hourlyFromBytes(new Uint8Array(13), { quantity: 'load' })).toThrow(ImportError);
  });
});
