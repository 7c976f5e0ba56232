import { HOURS_PER_YEAR } from '../hours';
import type { SunPath } from '../solar/sun-position';

/** Above this zenith the beam is set to zero and all of GHI taken as diffuse (as pvlib's erbs). */
export const ERBS_MAX_ZENITH_DEG = 87;

/**
 * Diffuse fraction of global horizontal irradiance from the clearness index kt
 * (Erbs, Klein & Duffie, "Estimation of the diffuse radiation fraction for hourly, daily and
 * monthly-average global radiation", Solar Energy 28(4), 1982, eq. 1):
 *   kt ≤ 0.22:        1 − 0.09 kt
 *   0.22 < kt ≤ 0.80: 0.9511 − 0.1604 kt + 4.388 kt² − 16.638 kt³ + 12.336 kt⁴
 *   kt > 0.80:        0.165
 */
export function erbsDiffuseFraction(kt: number): number {
  if (kt <= 0.22) return 1 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
  return 0.165;
}

/**
 * Splits hourly GHI (W/m²) into DNI and DHI with the Erbs model. The clearness index is
 * kt = GHI / (E0n · cos θz), capped at 1, with E0n the extraterrestrial normal irradiance;
 * DHI = DF(kt) · GHI and DNI = (GHI − DHI) / cos θz. With the sun below 87° zenith beam is zero.
 * Writes into `dniWPerM2` and `dhiWPerM2` (8760 each).
 */
export function splitGhiErbs(
  ghiWPerM2: Float64Array,
  sun: SunPath,
  dniWPerM2: Float64Array,
  dhiWPerM2: Float64Array,
): void {
  const minCosZenith = Math.cos((ERBS_MAX_ZENITH_DEG * Math.PI) / 180);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const ghi = ghiWPerM2[h] ?? 0;
    const cosZ = sun.cosZenith[h] ?? 0;
    if (ghi <= 0 || cosZ < minCosZenith) {
      dniWPerM2[h] = 0;
      dhiWPerM2[h] = ghi > 0 ? ghi : 0;
      continue;
    }
    const kt = Math.min(1, ghi / ((sun.extraterrestrialNormalWPerM2[h] ?? 1367) * cosZ));
    const dhi = erbsDiffuseFraction(kt) * ghi;
    dhiWPerM2[h] = dhi;
    dniWPerM2[h] = (ghi - dhi) / cosZ;
  }
}
