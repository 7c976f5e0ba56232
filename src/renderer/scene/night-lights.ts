import { ROADS, SWITCHYARD } from './equipment';
import type { Box, CampusLayout } from './layout-types';

/**
 * Where the campus is lit at night, from the same layout the equipment is drawn from (our
 * assumptions, no single source: typical site lighting of industrial campuses):
 * - a lamp on every road light pole (layout-details.ts, every ROADS.lightSpacingM on the ring);
 * - wall packs on every hall: one at each corner and one every HALL_LIGHT_SPACING_M along each
 *   wall, WALL_PACK_M up;
 * - the switchyard: a floodlight on top of every gantry post and one over every transformer;
 * - a red obstruction light on top of every exhaust stack, as aircraft warning lights are drawn
 *   (FAA Advisory Circular 70/7460-1M calls for them above 200 ft or near airports; a stack of
 *   16–60 m is drawn with one here so the power block reads at night).
 * Each white light also throws a pool of light on the ground beneath it (radius in `pools`).
 */
export const HALL_LIGHT_SPACING_M = 40;
export const WALL_PACK_M = 8;
/** Ground pools: a pole lamp lights the road about this far around it; a wall pack the apron; a floodlight the yard. */
export const POOL_RADIUS_M = { pole: 20, wall: 14, flood: 26 } as const;

export type NightLights = {
  /** White lamps: x, y, z per light. */
  lamps: Float32Array;
  /** Red obstruction lights: x, y, z per light. */
  beacons: Float32Array;
  /** Pools of light on the ground, one per lamp, as square boxes of side 2 × radius. */
  pools: Box[];
};

/** Wall packs along one hall's walls: the corners, then every HALL_LIGHT_SPACING_M between them. */
function wallPacks(h: Box, out: number[], pools: Box[]): void {
  const hw = h.widthM / 2;
  const hd = h.depthM / 2;
  const along = (x0: number, z0: number, x1: number, z1: number) => {
    const n = Math.max(1, Math.round(Math.hypot(x1 - x0, z1 - z0) / HALL_LIGHT_SPACING_M));
    // Points 0 … n−1 of each wall: the far corner is the next wall's first point.
    for (let i = 0; i < n; i++) {
      const x = x0 + ((x1 - x0) * i) / n;
      const z = z0 + ((z1 - z0) * i) / n;
      out.push(x, WALL_PACK_M, z);
      pools.push({ x, z, widthM: 2 * POOL_RADIUS_M.wall, depthM: 2 * POOL_RADIUS_M.wall, heightM: 0 });
    }
  };
  along(h.x - hw, h.z - hd, h.x + hw, h.z - hd);
  along(h.x + hw, h.z - hd, h.x + hw, h.z + hd);
  along(h.x + hw, h.z + hd, h.x - hw, h.z + hd);
  along(h.x - hw, h.z + hd, h.x - hw, h.z - hd);
}

/** Wall packs on one wall of length L: max(1, round(L ÷ spacing)). A hall has the sum over its four walls. */
export function wallPackCount(h: Pick<Box, 'widthM' | 'depthM'>): number {
  const side = (l: number) => Math.max(1, Math.round(l / HALL_LIGHT_SPACING_M));
  return 2 * side(h.widthM) + 2 * side(h.depthM);
}

export function layoutNightLights(layout: Pick<CampusLayout, 'halls' | 'units' | 'substation' | 'details'>): NightLights {
  const lamps: number[] = [];
  const pools: Box[] = [];
  const pool = (x: number, z: number, r: number) => pools.push({ x, z, widthM: 2 * r, depthM: 2 * r, heightM: 0 });
  for (const l of layout.details.lights) {
    lamps.push(l.x, ROADS.lightPoleM, l.z);
    pool(l.x, l.z, POOL_RADIUS_M.pole);
  }
  for (const h of layout.halls) wallPacks(h, lamps, pools);
  if (layout.substation) {
    const base = layout.substation.pad.heightM;
    for (const g of layout.details.bays.gantries) {
      lamps.push(g.x, base + SWITCHYARD.gantryHeightM, g.z);
      pool(g.x, g.z, POOL_RADIUS_M.flood);
    }
    for (const t of layout.substation.transformers) {
      lamps.push(t.x, base + t.heightM + 4, t.z);
      pool(t.x, t.z, POOL_RADIUS_M.flood);
    }
  }
  const beacons: number[] = [];
  for (const u of layout.units) if (u.stack) beacons.push(u.stack.x, u.stack.heightM + 0.5, u.stack.z);
  return { lamps: Float32Array.from(lamps), beacons: Float32Array.from(beacons), pools };
}
