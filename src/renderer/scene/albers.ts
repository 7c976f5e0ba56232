const RAD = Math.PI / 180;

/** Mean Earth radius, km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Albers equal-area conic for the contiguous United States (USGS parameters: standard parallels
 * 29.5° N and 45.5° N, origin 23° N, 96° W), spherical form from Snyder, "Map Projections — A
 * Working Manual" (USGS PP 1395, 1987), eqs. 14-1 to 14-4:
 * n = (sin φ1 + sin φ2) / 2, C = cos² φ1 + 2n sin φ1, ρ = R √(C − 2n sin φ) / n,
 * θ = n (λ − λ0), x = ρ sin θ, y = ρ0 − ρ cos θ. Returns kilometres east and north of the origin.
 */
export function albersUsa(lonDeg: number, latDeg: number): { xKm: number; yKm: number } {
  const phi1 = 29.5 * RAD;
  const phi2 = 45.5 * RAD;
  const phi0 = 23 * RAD;
  const lambda0 = -96 * RAD;
  const n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
  const c = Math.cos(phi1) ** 2 + 2 * n * Math.sin(phi1);
  const rho = (phi: number) => (EARTH_RADIUS_KM * Math.sqrt(c - 2 * n * Math.sin(phi))) / n;
  const theta = n * (lonDeg * RAD - lambda0);
  const r = rho(latDeg * RAD);
  return { xKm: r * Math.sin(theta), yKm: rho(phi0) - r * Math.cos(theta) };
}
