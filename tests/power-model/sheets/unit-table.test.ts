import { describe, expect, it } from 'vitest';
import { PLAIN_UNIT_NAMES, plainUnit } from '../../../src/power-model/sheets/unit-table';
import { loadSheetMath, sheetMath, siFactor } from '../../../src/power-model/sheets/units';

// These tests hold sheets to mathjs itself (error messages, units): they load it, as the entry points do when a sheet needs it.
await loadSheetMath();

// The plain compiler's unit table must be mathjs's own figures.
describe('the plain unit table', () => {
  it('gives each unit the SI factor and dimensions of the sheet instance of mathjs, bit for bit', () => {
    expect(PLAIN_UNIT_NAMES.length).toBeGreaterThan(20);
    for (const name of PLAIN_UNIT_NAMES) {
      const unit = plainUnit(name);
      const reference = sheetMath().unit(1, name);
      expect(unit?.factor, name).toBe(siFactor(name));
      expect(unit?.dims, name).toEqual(reference.dimensions);
      // Units with all-zero dimensions are left out on purpose (see unit-table.ts).
      expect(unit?.dims.some((d) => d !== 0), name).toBe(true);
    }
  });

  it('lists as symbols only names mathjs reads as units and not as one of its functions or constants', () => {
    for (const name of PLAIN_UNIT_NAMES.filter((n) => /^[A-Za-z_]\w*$/.test(n))) {
      expect(sheetMath().Unit.isValuelessUnit(name), name).toBe(true);
      expect(name in sheetMath(), name).toBe(false);
    }
  });

  it('reads a pure number as null and an unknown unit as undefined', () => {
    expect(plainUnit('')).toBeNull();
    expect(plainUnit(' 1 ')).toBeNull();
    expect(plainUnit('furlong/fortnight')).toBeUndefined();
    expect(plainUnit('toString')).toBeUndefined();
  });
});
