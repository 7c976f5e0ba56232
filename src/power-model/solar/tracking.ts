/**
 * Rotation of a horizontal single-axis tracker whose axis runs north–south, degrees; negative
 * faces east (morning), positive faces west. Sun vector s = (sin θz sin φ, sin θz cos φ, cos θz)
 * in (east, north, up) with φ the azimuth from north; the panel normal is (−sin R, 0, cos R).
 *
 * True tracking: R = atan2(−sx, sz), the rotation that puts the sun in the plane normal.
 * Backtracking (Lorenzo, Narvarte & Muñoz, "Tracking and back-tracking", Prog. Photovolt. 19,
 * 2011; as implemented in pvlib `singleaxis` for flat ground): when cos R / GCR < 1 rows would
 * shade each other, so R ← R − sign(R) · acos(cos R / GCR), turning back toward flat at low sun.
 * Finally |R| ≤ `maxRotationDeg`. Returns 0 (flat) when the sun is below the horizon.
 */
export function trackerRotationDeg(
  zenithDeg: number,
  azimuthDeg: number,
  maxRotationDeg: number,
  groundCoverageRatio: number,
  backtrack: boolean,
): number {
  if (zenithDeg >= 90) return 0;
  const z = (zenithDeg * Math.PI) / 180;
  const az = (azimuthDeg * Math.PI) / 180;
  const sx = Math.sin(z) * Math.sin(az);
  const sz = Math.cos(z);
  let r = Math.atan2(-sx, sz);
  if (backtrack) {
    const shade = Math.cos(r) / groundCoverageRatio;
    if (shade < 1) r -= Math.sign(r) * Math.acos(shade);
  }
  const limit = (maxRotationDeg * Math.PI) / 180;
  r = r > limit ? limit : r < -limit ? -limit : r;
  return (r * 180) / Math.PI;
}
