import type { Site } from '../../api/schemas/site';

/**
 * The colour of the land around the campus from the site's climate normals, month by month (our
 * rule of thumb, not a land-cover survey): a month averaging below −2 °C is drawn snow-covered; a
 * sunny, hot site (annual mean GHI ≥ 5.6 kWh/m²/day, e.g. the Chihuahuan desert at Doña Ana)
 * desert tan; 5.0–5.6 (West Texas rangeland) dry olive grass; below that green farmland, browned
 * in months averaging below 5 °C. Without climate normals: dry grass.
 */
export const GROUND = { snow: '#e6eaee', desert: '#c9b48c', dryGrass: '#a79f6c', farmland: '#6f8c4f', dormant: '#8d8862' } as const;

export function groundColour(climate: Site['climate'], month: number): string {
  const monthly = climate?.monthly;
  if (!monthly || monthly.length !== 12) return GROUND.dryGrass;
  const m = monthly[Math.min(11, Math.max(0, month))];
  const meanC = m ? (m.tMaxC + m.tMinC) / 2 : 10;
  if (meanC < -2) return GROUND.snow;
  const ghi = monthly.reduce((s, x) => s + x.ghiKWhPerM2Day, 0) / 12;
  if (ghi >= 5.6) return GROUND.desert;
  if (ghi >= 5.0) return GROUND.dryGrass;
  return meanC < 5 ? GROUND.dormant : GROUND.farmland;
}
