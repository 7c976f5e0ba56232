import { describe, expect, it } from 'vitest';
import { albersUsa } from '../../../src/renderer/scene/albers';
import { billColumnSegments, columnSegments, COLUMN_KM_PER_GW } from '../../../src/renderer/scene/map-columns';
import { projectLonLat, stateOutlineSegments, statePolygons } from '../../../src/renderer/scene/us-map';

describe('portfolio map', () => {
  it('puts the projection origin (23° N, 96° W) at 0, 0 and is symmetric about 96° W', () => {
    const o = albersUsa(-96, 23);
    expect(o.xKm).toBeCloseTo(0, 9);
    expect(o.yKm).toBeCloseTo(0, 9);
    const east = albersUsa(-90, 35);
    const west = albersUsa(-102, 35);
    expect(east.xKm).toBeCloseTo(-west.xKm, 9);
    expect(east.yKm).toBeCloseTo(west.yKm, 9);
  });

  it('keeps north–south distances close to true on the central meridian', () => {
    // Along 96° W the projection is nearly true between the standard parallels: 29.5° → 45.5° N is
    // 16° of latitude = 16 × π/180 × 6371 km = 1,779 km on the sphere; allow 1%.
    const d = albersUsa(-96, 45.5).yKm - albersUsa(-96, 29.5).yKm;
    expect(d).toBeGreaterThan(1779 * 0.99);
    expect(d).toBeLessThan(1779 * 1.01);
  });

  it('places Abilene, TX south-west of Piketon, OH (scene z grows southward)', () => {
    const abilene = projectLonLat(-99.78, 32.5);
    const piketon = projectLonLat(-83.0, 39.0);
    expect(abilene.x).toBeLessThan(piketon.x);
    expect(abilene.z).toBeGreaterThan(piketon.z);
  });

  it('draws the lower 48 from the bundled Census shapes, without Alaska or Hawaii', () => {
    const segments = stateOutlineSegments();
    expect(segments.length % 6).toBe(0);
    // Every vertex lies within the contiguous US box: x within ±2,600 km, y (= −z) 0–3,300 km.
    let maxAbsX = 0;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < segments.length; i += 3) {
      maxAbsX = Math.max(maxAbsX, Math.abs(segments[i] ?? 0));
      minY = Math.min(minY, -(segments[i + 2] ?? 0));
      maxY = Math.max(maxY, -(segments[i + 2] ?? 0));
    }
    expect(maxAbsX).toBeLessThan(2600);
    expect(minY).toBeGreaterThan(0);
    expect(maxY).toBeLessThan(3300);
    expect(statePolygons().length).toBeGreaterThanOrEqual(49);
  });

  it('stacks a column by supply share, its height set by facility GW', () => {
    // 1.5 GW → 1.5 × 90 = 135 km; grid 3 of 4 parts (101.25 km) under gas 1 of 4 (33.75 km).
    const segments = columnSegments([{ id: 'a', name: 'A', facilityMW: 1500, lon: -96, lat: 35, mix: { gridMWh: 300, gasMWh: 100, solarMWh: 0, unservedMWh: 0 }, bill: null }]);
    expect(segments.map((s) => s.source)).toEqual(['gridMWh', 'gasMWh']);
    expect(segments[0]?.heightKm).toBeCloseTo(1.5 * COLUMN_KM_PER_GW * 0.75, 9);
    expect(segments[1]?.baseKm).toBeCloseTo(101.25, 9);
    expect(segments[1]?.heightKm).toBeCloseTo(33.75, 9);
  });

  it('shows a site whose mix has not arrived as one pending column', () => {
    const segments = columnSegments([{ id: 'a', name: 'A', facilityMW: 1000, lon: -96, lat: 35, mix: null, bill: null }]);
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ source: 'pending', baseKm: 0, heightKm: 90 });
  });

  it('colours whole columns by bill change, each as tall as its facility GW, pending until it arrives', () => {
    const at = { lon: -96, lat: 35, mix: null };
    const segments = billColumnSegments([
      { id: 'a', name: 'A', facilityMW: 2000, ...at, bill: { usdPerMonth: -5, estimate: true } },
      { id: 'b', name: 'B', facilityMW: 500, ...at, bill: null },
      { id: 'c', name: 'C', facilityMW: 1000, ...at, bill: { usdPerMonth: null, estimate: false, note: 'no host-utility data' } },
    ]);
    // 2 GW → 180 km in full blue (−5 USD/month saturates); 0.5 GW → 45 km pending; 1 GW → 90 km grey.
    expect(segments).toMatchObject([
      { siteIndex: 0, source: 'bill', colour: '#2166ac', baseKm: 0, heightKm: 180 },
      { siteIndex: 1, source: 'pending', baseKm: 0, heightKm: 45 },
      { siteIndex: 2, source: 'bill', colour: '#a0a0a0', baseKm: 0, heightKm: 90 },
    ]);
    expect(segments[1]?.colour).toBeUndefined();
  });
});
