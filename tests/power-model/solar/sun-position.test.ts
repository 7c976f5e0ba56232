import { describe, expect, it } from 'vitest';
import { julianDay, solarPosition, sunPathForYear } from '../../../src/power-model/solar/sun-position';

describe('solar position', () => {
  it('matches the NREL SPA reference example within 0.5°', () => {
    // Reda & Andreas, "Solar Position Algorithm for Solar Radiation Applications",
    // NREL/TP-560-34302 (2004/2008), Appendix A.5 example: 17 Oct 2003, 12:30:30 local time,
    // UTC−7, 39.742476° N, −105.1786° E → topocentric zenith 50.11162°, azimuth 194.34024°.
    const jd = julianDay(2003, 10, 17, 12 + 30 / 60 + 30 / 3600 + 7);
    const p = solarPosition(jd, 39.742476, -105.1786);
    expect(Math.abs(p.zenithDeg - 50.11162)).toBeLessThan(0.5);
    expect(Math.abs(p.azimuthDeg - 194.34024)).toBeLessThan(0.5);
    // NOAA's algorithm is good to ~0.01° here; a tighter check catches a drifting constant.
    expect(Math.abs(p.zenithDeg - 50.11162)).toBeLessThan(0.02);
  });

  it('has the Julian day of the J2000.0 epoch right', () => {
    expect(julianDay(2000, 1, 1, 12)).toBe(2451545); // Meeus, ch. 7
  });

  it('puts the sun at zenith |latitude − declination| at solar noon of the June solstice', () => {
    // 21 June 2023 at Abilene (32.47° N, −99.71°). Declination ≈ 23.44° on the solstice, so the
    // noon zenith ≈ 32.47 − 23.44 = 9.03°. Solar noon = 12:00 − 4 min/° × (λ − λstd) − EoT
    // = 12:00 + 4 × (99.71 − 90) min + 1.7 min (EoT ≈ −1.7 min on 21 June) ≈ 12:40 local standard time.
    let best = { zenith: 180, minute: 0 };
    for (let minute = 11 * 60; minute < 14 * 60; minute++) {
      const p = solarPosition(julianDay(2023, 6, 21, minute / 60 + 6), 32.47, -99.71);
      if (p.zenithDeg < best.zenith) best = { zenith: p.zenithDeg, minute };
    }
    expect(best.zenith).toBeCloseTo(9.03, 1);
    expect(Math.abs(best.minute - (12 * 60 + 40))).toBeLessThanOrEqual(3);
  });

  it('gives an 8760-hour path with the sun down at local midnight and up at noon', () => {
    const path = sunPathForYear(32.47, -99.71, -6);
    expect(path.zenithDeg).toHaveLength(8760);
    for (let d = 0; d < 365; d++) {
      expect(path.zenithDeg[d * 24]).toBeGreaterThan(90); // 00:00–01:00
      expect(path.zenithDeg[d * 24 + 12]).toBeLessThan(90); // 12:00–13:00
    }
    // Extraterrestrial normal irradiance 1367/r²: largest near perihelion (early January,
    // r ≈ 0.9833 → 1413.8 W/m²), smallest near aphelion (early July, r ≈ 1.0167 → 1322.4).
    expect(path.extraterrestrialNormalWPerM2[2 * 24 + 12]).toBeCloseTo(1413.8, -1);
    expect(path.extraterrestrialNormalWPerM2[185 * 24 + 12]).toBeCloseTo(1322.4, -1);
  });
});
