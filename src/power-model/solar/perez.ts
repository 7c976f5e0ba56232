/**
 * Sky-diffuse irradiance on a tilted plane by the Perez model (Perez, Ineichen, Seals, Michalsky
 * & Stewart, "Modeling daylight availability and irradiance components from direct and global
 * irradiance", Solar Energy 44(5), 1990, eq. 9 and Table 6 "all sites composite"), the sky model
 * of PVWatts (Dobos, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014).
 */

const DEG = Math.PI / 180;
const KAPPA = 1.041; // ε term for zenith in radians (Perez 1990, eq. 1)
const COS_85 = Math.cos(85 * DEG);

/** Upper bounds of the eight sky-clearness (ε) bins; the last bin is open-ended. */
const EPSILON_BIN_TOP = [1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2];

/** F11, F12, F13, F21, F22, F23 per ε bin (Perez 1990, Table 6, all-sites composite). */
const F: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.0083117, 0.5877285, -0.0620636, -0.0596012, 0.0721249, -0.0220216],
  [0.1299457, 0.6825954, -0.1513752, -0.0189325, 0.065965, -0.0288748],
  [0.3296958, 0.4868735, -0.2210958, 0.055414, -0.0639588, -0.0260542],
  [0.5682053, 0.1874525, -0.295129, 0.1088631, -0.1519229, -0.0139754],
  [0.873028, -0.3920403, -0.3616149, 0.2255647, -0.4620442, 0.0012448],
  [1.1326077, -1.2367284, -0.4118494, 0.2877813, -0.8230357, 0.0558651],
  [1.0601591, -1.5999137, -0.3589221, 0.2642124, -1.127234, 0.1310694],
  [0.677747, -0.3272588, -0.2504286, 0.1561313, -1.3765031, 0.2506212],
];

/**
 * Relative optical air mass (Kasten & Young, "Revised optical air mass tables and approximation
 * formula", Applied Optics 28(22), 1989): 1 / (cos θz + 0.50572 (96.07995 − θz)^−1.6364),
 * θz in degrees; defined for θz < 90.
 */
export function relativeAirMass(zenithDeg: number): number {
  return 1 / (Math.cos(zenithDeg * DEG) + 0.50572 * (96.07995 - zenithDeg) ** -1.6364);
}

/**
 * Perez circumsolar and horizon brightening coefficients for one hour, written to
 * `f1Out[index]` and `f2Out[index]` (no allocation):
 *   ε = ((DHI + DNI)/DHI + κθz³)/(1 + κθz³), Δ = DHI · AM / E0n,
 *   F1 = max(0, F11 + F12Δ + F13θz), F2 = F21 + F22Δ + F23θz (θz in radians).
 * They depend on the weather only, not on the plane, so a year of them serves every array.
 * With no diffuse light, or the sun at or below the horizon (an hour whose midpoint is past
 * sunset), both are 0: the sky is taken as isotropic.
 */
export function perezCoefficientsInto(
  dhiWPerM2: number,
  dniWPerM2: number,
  extraterrestrialNormalWPerM2: number,
  zenithDeg: number,
  f1Out: Float64Array,
  f2Out: Float64Array,
  index: number,
): void {
  if (dhiWPerM2 <= 0 || zenithDeg >= 90) {
    f1Out[index] = 0;
    f2Out[index] = 0;
    return;
  }
  const z = zenithDeg * DEG;
  const z3 = KAPPA * z * z * z;
  const epsilon = ((dhiWPerM2 + dniWPerM2) / dhiWPerM2 + z3) / (1 + z3);
  let bin = 0;
  while (bin < EPSILON_BIN_TOP.length && epsilon >= (EPSILON_BIN_TOP[bin] ?? Infinity)) bin++;
  const f = F[bin] ?? F[0] ?? [0, 0, 0, 0, 0, 0];
  const delta = (dhiWPerM2 * relativeAirMass(zenithDeg)) / extraterrestrialNormalWPerM2;
  f1Out[index] = Math.max(0, f[0] + f[1] * delta + f[2] * z);
  f2Out[index] = f[3] + f[4] * delta + f[5] * z;
}

/** 1/b of the Perez circumsolar term, b = max(cos 85°, cos θz). */
export function perezInverseB(cosZenith: number): number {
  return 1 / Math.max(COS_85, cosZenith);
}

/**
 * Perez sky diffuse on a plane of tilt β, W/m² (Perez 1990, eq. 9):
 *   Ed = DHI · [(1 − F1)(1 + cos β)/2 + F1 · a/b + F2 · sin β],
 *   a = max(0, cos AOI), b = max(cos 85°, cos θz).
 */
export function perezSkyDiffuseFromCoefficients(
  dhiWPerM2: number,
  f1: number,
  f2: number,
  inverseB: number,
  cosAoi: number,
  cosTilt: number,
  sinTilt: number,
): number {
  if (dhiWPerM2 <= 0) return 0;
  const a = cosAoi > 0 ? cosAoi : 0;
  const sky = dhiWPerM2 * ((1 - f1) * (1 + cosTilt) * 0.5 + f1 * a * inverseB + f2 * sinTilt);
  return sky > 0 ? sky : 0;
}

/** Perez sky diffuse for a single hour and plane, W/m² (both steps above in one call). */
export function perezSkyDiffuseWPerM2(
  dhiWPerM2: number,
  dniWPerM2: number,
  extraterrestrialNormalWPerM2: number,
  zenithDeg: number,
  cosAoi: number,
  tiltRad: number,
): number {
  const f1 = new Float64Array(1);
  const f2 = new Float64Array(1);
  perezCoefficientsInto(dhiWPerM2, dniWPerM2, extraterrestrialNormalWPerM2, zenithDeg, f1, f2, 0);
  return perezSkyDiffuseFromCoefficients(
    dhiWPerM2, f1[0] ?? 0, f2[0] ?? 0, perezInverseB(Math.cos(zenithDeg * DEG)), cosAoi, Math.cos(tiltRad), Math.sin(tiltRad),
  );
}
