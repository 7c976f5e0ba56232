import { BATTERY, INVERTER, ROADS, ROOFTOP, SWITCHYARD, TRACKER } from './equipment';
import type { Bounds, Box, CampusDetails, HallBox, SolarBlock, Substation, TrackerRow, TransmissionCircuit, UnitBox } from './layout-types';

/** Most tracker rows drawn one by one; past it, neighbouring rows share an instance (the look is the same from afar). */
const MAX_TRACKER_ROWS = 30_000;

/** Heat-rejection units a hall needs: ceil(facility MW × (1 + spare) ÷ unit MW), by rack density (equipment.ts ROOFTOP). */
export function rooftopUnits(hall: Pick<HallBox, 'facilityMW' | 'rackKW'>): number {
  const unitMW = hall.rackKW >= ROOFTOP.liquidRackKW ? ROOFTOP.dryCoolerMW : ROOFTOP.chillerMW;
  return Math.ceil((hall.facilityMW * (1 + ROOFTOP.spareShare)) / unitMW - 1e-9);
}

/** The roof units of each hall in rows along its length, centred on the roof, with walkways between. */
export function layoutRooftop(halls: readonly HallBox[]): CampusDetails['rooftop'] {
  const out: CampusDetails['rooftop'] = [];
  halls.forEach((h, hallIndex) => {
    const n = rooftopUnits(h);
    const pitchX = ROOFTOP.lengthM + 3;
    const pitchZ = ROOFTOP.widthM + 2.5;
    const perRow = Math.max(1, Math.floor((h.widthM - 10) / pitchX));
    const rows = Math.ceil(n / perRow);
    for (let i = 0; i < n; i++) {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      const inRow = row === rows - 1 ? n - row * perRow : perRow;
      out.push({ x: h.x + (col - (inRow - 1) / 2) * pitchX, z: h.z + (row - (rows - 1) / 2) * pitchZ, widthM: ROOFTOP.lengthM, depthM: ROOFTOP.widthM, heightM: ROOFTOP.heightM, hallIndex });
    }
  });
  return out;
}

/** One line bay per circuit at the pad's west edge, on the circuit's line: a gantry (two posts, a beam) and three breakers. */
export function layoutBays(substation: Substation | null, circuits: readonly TransmissionCircuit[]): CampusDetails['bays'] {
  const gantries: Box[] = [];
  const beams: Box[] = [];
  const breakers: Box[] = [];
  if (!substation) return { gantries, beams, breakers };
  const west = substation.pad.x - substation.pad.widthM / 2;
  for (const c of circuits) {
    const z = c.towers[c.towers.length - 1]?.z ?? substation.pad.z;
    const x = west + 12;
    const half = SWITCHYARD.bayWidthM / 2;
    gantries.push({ x, z: z - half, widthM: SWITCHYARD.postM, depthM: SWITCHYARD.postM, heightM: SWITCHYARD.gantryHeightM });
    gantries.push({ x, z: z + half, widthM: SWITCHYARD.postM, depthM: SWITCHYARD.postM, heightM: SWITCHYARD.gantryHeightM });
    // The beam across the posts' tops (drawn raised to SWITCHYARD.gantryHeightM − 1.2 m).
    beams.push({ x, z, widthM: SWITCHYARD.postM, depthM: SWITCHYARD.bayWidthM, heightM: 1.2 });
    for (const dz of [-6, 0, 6]) breakers.push({ x: x + 14, z: z + dz, widthM: SWITCHYARD.breakerM[0], depthM: SWITCHYARD.breakerM[1], heightM: SWITCHYARD.breakerM[2] });
  }
  return { gantries, beams, breakers };
}

/** One inverter skid per INVERTER.containersPerSkid containers, just north of the group's first container. */
export function layoutInverters(containers: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (let i = 0; i < containers.length; i += INVERTER.containersPerSkid) {
    const group = containers.slice(i, i + INVERTER.containersPerSkid);
    const first = group[0];
    if (!first) continue;
    const x = group.reduce((s, c) => s + c.x, 0) / group.length;
    out.push({ x, z: first.z - BATTERY.lengthM / 2 - INVERTER.widthM / 2 - 0.8, widthM: INVERTER.lengthM, depthM: INVERTER.widthM, heightM: INVERTER.heightM });
  }
  return out;
}

/**
 * Tracker rows of each solar block: axes north–south, one every chord ÷ GCR metres across the
 * block, each the block's depth less an end gap. Past MAX_TRACKER_ROWS rows, k neighbouring rows
 * share one instance k chords wide.
 */
export function layoutTrackerRows(blocks: readonly SolarBlock[]): { rows: TrackerRow[]; rowsPerInstance: number } {
  const pitch = TRACKER.chordM / TRACKER.groundCoverageRatio;
  const total = blocks.reduce((s, b) => s + Math.max(1, Math.floor(b.widthM / pitch)), 0);
  const k = Math.max(1, Math.ceil(total / MAX_TRACKER_ROWS));
  const rows: TrackerRow[] = [];
  for (const b of blocks) {
    const n = Math.max(1, Math.floor(b.widthM / (pitch * k)));
    const left = b.x - b.widthM / 2;
    for (let i = 0; i < n; i++) rows.push({ x: left + (i + 0.5) * (b.widthM / n), z: b.z, lengthM: Math.max(4, b.depthM - TRACKER.endGapM) });
  }
  return { rows, rowsPerInstance: k };
}

/**
 * Roads: a ring ROADS.insetM inside the fence, an east–west road between each pair of hall rows
 * (across the hall block), and a spur from the ring to the substation pad. Lights every
 * ROADS.lightSpacingM along the ring.
 */
export function layoutRoads(fence: Bounds, halls: readonly HallBox[], cooling: readonly Box[], substation: Substation | null): Pick<CampusDetails, 'roads' | 'fence' | 'lights'> {
  const w = ROADS.widthM;
  const ring = { minX: fence.minX + ROADS.insetM, maxX: fence.maxX - ROADS.insetM, minZ: fence.minZ + ROADS.insetM, maxZ: fence.maxZ - ROADS.insetM };
  const lenX = ring.maxX - ring.minX;
  const lenZ = ring.maxZ - ring.minZ;
  const cx = (ring.minX + ring.maxX) / 2;
  const cz = (ring.minZ + ring.maxZ) / 2;
  const roads: Box[] = [
    { x: cx, z: ring.minZ, widthM: lenX + w, depthM: w, heightM: 0.12 },
    { x: cx, z: ring.maxZ, widthM: lenX + w, depthM: w, heightM: 0.12 },
    { x: ring.minX, z: cz, widthM: w, depthM: lenZ + w, heightM: 0.12 },
    { x: ring.maxX, z: cz, widthM: w, depthM: lenZ + w, heightM: 0.12 },
  ];
  // Between hall rows: the gap south of each row's cooling yards.
  const rowSouth = new Map<number, number>();
  halls.forEach((h, i) => {
    const c = cooling[i];
    const south = c ? c.z + c.depthM / 2 : h.z + h.depthM / 2;
    const key = Math.round(h.z);
    rowSouth.set(key, Math.max(rowSouth.get(key) ?? -Infinity, south));
  });
  const rowKeys = [...rowSouth.keys()].sort((a, b) => a - b);
  for (const key of rowKeys.slice(0, -1)) roads.push({ x: cx, z: (rowSouth.get(key) ?? 0) + 20, widthM: lenX, depthM: w, heightM: 0.12 });
  if (substation) {
    const east = substation.pad.x + substation.pad.widthM / 2;
    if (east < ring.maxX) roads.push({ x: (east + ring.minX) / 2, z: substation.pad.z, widthM: Math.abs(east - ring.minX), depthM: w, heightM: 0.12 });
  }
  const fenceSide = { x: fence.maxX - fence.minX, z: fence.maxZ - fence.minZ };
  const fx = (fence.minX + fence.maxX) / 2;
  const fz = (fence.minZ + fence.maxZ) / 2;
  const fenceBoxes: Box[] = [
    { x: fx, z: fence.minZ, widthM: fenceSide.x, depthM: 0.15, heightM: ROADS.fenceHeightM },
    { x: fx, z: fence.maxZ, widthM: fenceSide.x, depthM: 0.15, heightM: ROADS.fenceHeightM },
    { x: fence.minX, z: fz, widthM: 0.15, depthM: fenceSide.z, heightM: ROADS.fenceHeightM },
    { x: fence.maxX, z: fz, widthM: 0.15, depthM: fenceSide.z, heightM: ROADS.fenceHeightM },
  ];
  const lights: { x: number; z: number }[] = [];
  const perimeter = [
    [ring.minX, ring.minZ, ring.maxX, ring.minZ],
    [ring.maxX, ring.minZ, ring.maxX, ring.maxZ],
    [ring.maxX, ring.maxZ, ring.minX, ring.maxZ],
    [ring.minX, ring.maxZ, ring.minX, ring.minZ],
  ] as const;
  for (const [x0, z0, x1, z1] of perimeter) {
    const len = Math.hypot(x1 - x0, z1 - z0);
    const n = Math.max(1, Math.floor(len / ROADS.lightSpacingM));
    for (let i = 0; i < n; i++) lights.push({ x: x0 + ((x1 - x0) * i) / n + (z1 !== z0 ? w : 0), z: z0 + ((z1 - z0) * i) / n + (x1 !== x0 ? w : 0) });
  }
  return { roads, fence: fenceBoxes, lights };
}

/** Footprints, 30% larger, of what stands tall enough to darken the ground around its foot. */
export function contactFootprints(halls: readonly HallBox[], units: readonly UnitBox[], substation: Substation | null): Box[] {
  const grow = (b: Box, k = 1.3): Box => ({ x: b.x, z: b.z, widthM: b.widthM * k + 6, depthM: b.depthM * k + 6, heightM: 0 });
  return [...halls.map((h) => grow(h)), ...units.map((u) => grow(u)), ...(substation ? substation.transformers.map((t) => grow(t, 1.6)) : [])];
}
