import type { MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import statesTopology from 'us-atlas/states-10m.json';
import { albersUsa } from './albers';

/** FIPS codes left off the map: Alaska, Hawaii and the territories (no campus there yet). */
const OFF_MAP = new Set(['02', '15', '60', '66', '69', '72', '78']);

/** Map units: 1 scene unit = 1 km of the Albers projection; x east, z south. */
export type MapPoint = { x: number; z: number };

export function projectLonLat(lon: number, lat: number): MapPoint {
  const p = albersUsa(lon, lat);
  return { x: p.xKm, z: -p.yKm };
}

const topology = statesTopology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;

function lower48(): GeometryCollection<{ name: string }> {
  const states = topology.objects.states;
  return { ...states, geometries: states.geometries.filter((g) => !OFF_MAP.has(String(g.id))) };
}

/**
 * State outlines of the lower 48 from the Census shapes that us-atlas bundles (states-10m),
 * projected, as line-segment pairs [x0, y, z0, x1, y, z1, …] for one LineSegments draw call.
 */
export function stateOutlineSegments(y = 0): Float32Array {
  const lines = mesh(topology, lower48());
  const out: number[] = [];
  for (const line of lines.coordinates) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (!a || !b) continue;
      const p = projectLonLat(a[0] ?? 0, a[1] ?? 0);
      const q = projectLonLat(b[0] ?? 0, b[1] ?? 0);
      out.push(p.x, y, p.z, q.x, y, q.z);
    }
  }
  return new Float32Array(out);
}

/** Each lower-48 state's polygons as projected rings (outer ring first, then holes). */
export function statePolygons(): MapPoint[][][] {
  const collection = feature(topology, lower48());
  const polygons: MapPoint[][][] = [];
  for (const f of collection.features) {
    const g: Polygon | MultiPolygon | null = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? f.geometry : null;
    if (!g) continue;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of parts) polygons.push(rings.map((ring) => ring.map(([lon, lat]) => projectLonLat(lon ?? 0, lat ?? 0))));
  }
  return polygons;
}
