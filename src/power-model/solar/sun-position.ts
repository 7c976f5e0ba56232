import { HOURS_PER_YEAR } from '../hours';

/**
 * Solar position after the NOAA Solar Calculator (Global Monitoring Laboratory, "General Solar
 * Position Calculations" and its spreadsheet, based on Meeus, *Astronomical Algorithms*, 1991).
 * Accuracy is about 0.01° in zenith for years 1800–2100 between ±72° latitude, ample for
 * hourly irradiance work.
 */

/** Calendar year whose dates the model's 8760-hour year takes for sun position (non-leap). */
export const MODEL_REFERENCE_YEAR = 2023;

/** Solar constant, W/m², as used by the TMY3 ETRN column and PVWatts (Wilcox & Marion 2008). */
export const SOLAR_CONSTANT_W_PER_M2 = 1367;

const DEG = Math.PI / 180;

export type SolarPosition = {
  /** Apparent (refraction-corrected) zenith angle, degrees; > 90 below the horizon. */
  zenithDeg: number;
  /** Azimuth, degrees clockwise from north (east = 90, south = 180). */
  azimuthDeg: number;
  declinationDeg: number;
  equationOfTimeMin: number;
  /** Earth–sun distance, astronomical units. */
  earthSunDistanceAU: number;
};

/**
 * Julian day of a UTC calendar instant (Meeus, ch. 7; Gregorian calendar).
 * `hourUtc` may be fractional and may run past 24 or below 0: it simply adds days.
 */
export function julianDay(year: number, month: number, day: number, hourUtc: number): number {
  let y = year;
  let m = month;
  if (m <= 2) {
    y -= 1;
    m += 12;
  }
  const a = Math.floor(y / 100);
  const b = 2 - a + Math.floor(a / 4);
  return (
    Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day + b - 1524.5 + hourUtc / 24
  );
}

/**
 * Sun position at Julian day `jd` (UTC) seen from `latitudeDeg` N, `longitudeDeg` E.
 * Formulas: NOAA Solar Calculator spreadsheet, columns G..AH (geometric mean longitude and
 * anomaly, equation of centre, apparent longitude, obliquity, declination, equation of time,
 * hour angle), with its atmospheric refraction correction.
 */
export function solarPosition(jd: number, latitudeDeg: number, longitudeDeg: number): SolarPosition {
  const t = (jd - 2451545) / 36525;
  const meanLongDeg = mod360(280.46646 + t * (36000.76983 + t * 0.0003032));
  const meanAnomDeg = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const m = meanAnomDeg * DEG;
  const centreDeg =
    Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
    Math.sin(2 * m) * (0.019993 - 0.000101 * t) +
    Math.sin(3 * m) * 0.000289;
  const trueLongDeg = meanLongDeg + centreDeg;
  const trueAnom = (meanAnomDeg + centreDeg) * DEG;
  const earthSunDistanceAU =
    (1.000001018 * (1 - eccentricity * eccentricity)) / (1 + eccentricity * Math.cos(trueAnom));
  const omega = (125.04 - 1934.136 * t) * DEG;
  const apparentLong = (trueLongDeg - 0.00569 - 0.00478 * Math.sin(omega)) * DEG;
  const meanObliqDeg = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const obliq = (meanObliqDeg + 0.00256 * Math.cos(omega)) * DEG;
  const declination = Math.asin(Math.sin(obliq) * Math.sin(apparentLong));
  const yy = Math.tan(obliq / 2) ** 2;
  const l0 = meanLongDeg * DEG;
  const equationOfTimeMin =
    (4 / DEG) *
    (yy * Math.sin(2 * l0) -
      2 * eccentricity * Math.sin(m) +
      4 * eccentricity * yy * Math.sin(m) * Math.cos(2 * l0) -
      0.5 * yy * yy * Math.sin(4 * l0) -
      1.25 * eccentricity * eccentricity * Math.sin(2 * m));

  // True solar time from UTC minutes of the day; the time-zone terms of NOAA's sheet cancel.
  const utcMinutes = (((jd + 0.5) % 1) + 1) % 1 * 1440;
  const trueSolarMin = (((utcMinutes + equationOfTimeMin + 4 * longitudeDeg) % 1440) + 1440) % 1440;
  const hourAngleDeg = trueSolarMin / 4 - 180;

  const lat = latitudeDeg * DEG;
  const cosZenith = clamp(
    Math.sin(lat) * Math.sin(declination) +
      Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngleDeg * DEG),
  );
  const geometricZenith = Math.acos(cosZenith);
  const sinZenith = Math.sin(geometricZenith);
  let azimuthDeg: number;
  if (sinZenith < 1e-9) {
    azimuthDeg = 180;
  } else {
    const acosArg = clamp(
      (Math.sin(lat) * cosZenith - Math.sin(declination)) / (Math.cos(lat) * sinZenith),
    );
    const a = Math.acos(acosArg) / DEG;
    azimuthDeg = hourAngleDeg > 0 ? mod360(a + 180) : mod360(540 - a);
  }
  const elevationDeg = 90 - geometricZenith / DEG;
  return {
    zenithDeg: 90 - elevationDeg - refractionDeg(elevationDeg),
    azimuthDeg,
    declinationDeg: declination / DEG,
    equationOfTimeMin,
    earthSunDistanceAU,
  };
}

/** Atmospheric refraction, degrees, as a function of geometric elevation (NOAA sheet, col. AE). */
export function refractionDeg(elevationDeg: number): number {
  if (elevationDeg > 85) return 0;
  const te = Math.tan(elevationDeg * DEG);
  let arcSec: number;
  if (elevationDeg > 5) {
    arcSec = 58.1 / te - 0.07 / te ** 3 + 0.000086 / te ** 5;
  } else if (elevationDeg > -0.575) {
    const e = elevationDeg;
    arcSec = 1735 + e * (-518.2 + e * (103.4 + e * (-12.79 + e * 0.711)));
  } else {
    arcSec = -20.772 / te;
  }
  return arcSec / 3600;
}

/** Hourly sun positions for the model year at one site. */
export type SunPath = {
  /** Apparent zenith at each hour's midpoint, degrees. */
  zenithDeg: Float64Array;
  /** Azimuth at each hour's midpoint, degrees clockwise from north. */
  azimuthDeg: Float64Array;
  /** cos(apparent zenith); negative at night. */
  cosZenith: Float64Array;
  /** Extraterrestrial normal irradiance, W/m² (solar constant / distance²). */
  extraterrestrialNormalWPerM2: Float64Array;
};

/**
 * Sun position at the midpoint of every model hour (hour h covers h:00–h+1:00 local standard
 * time, so its midpoint is h + 0.5 hours after local midnight of January 1 of
 * `referenceYear`, which is `h + 0.5 - utcOffsetHours` in UTC).
 */
export function sunPathForYear(
  latitudeDeg: number,
  longitudeDeg: number,
  utcOffsetHours: number,
  referenceYear: number = MODEL_REFERENCE_YEAR,
): SunPath {
  const zenithDeg = new Float64Array(HOURS_PER_YEAR);
  const azimuthDeg = new Float64Array(HOURS_PER_YEAR);
  const cosZenith = new Float64Array(HOURS_PER_YEAR);
  const extraterrestrialNormalWPerM2 = new Float64Array(HOURS_PER_YEAR);
  const jdStart = julianDay(referenceYear, 1, 1, 0);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const p = solarPosition(jdStart + (h + 0.5 - utcOffsetHours) / 24, latitudeDeg, longitudeDeg);
    zenithDeg[h] = p.zenithDeg;
    azimuthDeg[h] = p.azimuthDeg;
    cosZenith[h] = Math.cos(p.zenithDeg * DEG);
    extraterrestrialNormalWPerM2[h] = SOLAR_CONSTANT_W_PER_M2 / (p.earthSunDistanceAU * p.earthSunDistanceAU);
  }
  return { zenithDeg, azimuthDeg, cosZenith, extraterrestrialNormalWPerM2 };
}

function mod360(x: number): number {
  return ((x % 360) + 360) % 360;
}

function clamp(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
