import { describe, expect, it } from 'vitest';
import { parseEpw } from '../../../src/power-model/weather/epw';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import { fixture, tmy3Text, tmy3ToEpw } from './weather-files';

describe('parseEpw', () => {
  const tmy3 = tmy3Text('722660');

  it('reads an EPW made from the Abilene TMY3 year into the same hourly values', () => {
    const fromEpw = parseEpw(tmy3ToEpw(tmy3));
    const fromTmy3 = parseTmy3(tmy3);
    expect(fromEpw.source.kind).toBe('epw');
    expect(fromEpw.source.label).toContain('722660');
    expect(fromEpw.latitudeDeg).toBe(32.47);
    expect(fromEpw.longitudeDeg).toBe(-99.71);
    expect(fromEpw.utcOffsetHours).toBe(-6);
    expect(fromEpw.elevationM).toBe(530);
    expect(fromEpw.ghiWPerM2).toEqual(fromTmy3.ghiWPerM2);
    expect(fromEpw.dniWPerM2).toEqual(fromTmy3.dniWPerM2);
    expect(fromEpw.dhiWPerM2).toEqual(fromTmy3.dhiWPerM2);
    expect(fromEpw.dryBulbC).toEqual(fromTmy3.dryBulbC);
    expect(fromEpw.windSpeedMPerS).toEqual(fromTmy3.windSpeedMPerS);
  });

  it('refuses a file with the wrong number of rows, naming the count', () => {
    // Fixture: Abilene's first 48 hours in EPW layout (8 header lines + 48 rows = 56 lines).
    expect(() => parseEpw(fixture('epw-abilene-two-days.epw'))).toThrow(
      'line 56: an EPW file has 8760 (or 8784) hourly rows after 8 header lines, this one has 48',
    );
  });

  it('refuses the EPW missing-value code instead of reading it as sunshine', () => {
    const lines = tmy3ToEpw(tmy3).split('\n');
    const fields = (lines[8 + 12] ?? '').split(',');
    fields[13] = '9999';
    lines[8 + 12] = fields.join(',');
    expect(() => parseEpw(lines.join('\n'))).toThrow('line 21, column "Global Horizontal Radiation": missing value (EPW code 9999)');
  });

  it('refuses text in a number field, naming line and field', () => {
    const lines = tmy3ToEpw(tmy3).split('\n');
    const fields = (lines[8] ?? '').split(',');
    fields[6] = 'n/a';
    lines[8] = fields.join(',');
    expect(() => parseEpw(lines.join('\n'))).toThrow('line 9, column "Dry Bulb Temperature": expected a number, found "n/a"');
  });

  it('refuses a file that does not start with LOCATION', () => {
    expect(() => parseEpw('hello\n')).toThrow(/^line 1: an EPW file starts with LOCATION/);
  });
});
