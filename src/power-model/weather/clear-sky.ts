/**
 * Clear-sky global horizontal irradiance, W/m², by the Haurwitz model (Haurwitz, "Insolation in
 * relation to cloud type", J. Meteorology 3, 1946; coefficients as evaluated by Reno, Hansen &
 * Stein, SAND2012-2389, eq. 5): GHIcs = 1098 · cos θz · exp(−0.057 / cos θz), zero when the sun
 * is down. It needs only the zenith, which is all a synthetic year has; the monthly scaling in
 * `synthetic.ts` absorbs its bias.
 */
export function haurwitzGhiWPerM2(cosZenith: number): number {
  return cosZenith > 0 ? 1098 * cosZenith * Math.exp(-0.057 / cosZenith) : 0;
}
