import { describe, expect, it } from 'vitest';
import { ROADS, SWITCHYARD } from '../../../src/renderer/scene/equipment';
import { layoutCampus } from '../../../src/renderer/scene/layout';
import { HALL_LIGHT_SPACING_M, layoutNightLights, POOL_RADIUS_M, wallPackCount, WALL_PACK_M } from '../../../src/renderer/scene/night-lights';
import { fleetWith, siteWith, TEN_TURBINES } from './fixtures';

describe('night lighting drawn from the layout', () => {
  it('puts wall packs at every hall corner and every 40 m along its walls', () => {
    // A 200 × 90 m hall: walls of 200 m → round(200 / 40) = 5 packs each, of 90 m → round(2.25) = 2 each: 2·5 + 2·2 = 14.
    expect(HALL_LIGHT_SPACING_M).toBe(40);
    expect(wallPackCount({ widthM: 200, depthM: 90 })).toBe(14);
    // A small hut still has a light on each wall.
    expect(wallPackCount({ widthM: 10, depthM: 10 })).toBe(4);
  });

  it('lights every road pole, hall wall, gantry and transformer, and every stack in red', () => {
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ thermal: TEN_TURBINES, gridImportLimitMW: 300 }), hourly: null });
    const lights = layoutNightLights(layout);
    const walls = layout.halls.reduce((s, h) => s + wallPackCount(h), 0);
    const expected = layout.details.lights.length + walls + layout.details.bays.gantries.length + (layout.substation?.transformers.length ?? 0);
    // Two circuits → 4 gantry posts; the count of each kind comes from the layout, none is invented.
    expect(layout.details.bays.gantries).toHaveLength(4);
    expect(lights.lamps.length / 3).toBe(expected);
    expect(lights.pools).toHaveLength(expected);
    // Ten turbines, ten stacks, ten red lights, each on top of its stack.
    expect(lights.beacons.length / 3).toBe(10);
    const stack = layout.units[0]?.stack;
    expect([lights.beacons[0], lights.beacons[1], lights.beacons[2]]).toEqual([stack?.x, (stack?.heightM ?? 0) + 0.5, stack?.z].map((v) => Math.fround(v ?? NaN)));
    // Heights: pole lamps at the pole top, wall packs 8 m up, gantry floodlights on the 16 m gantries.
    expect(lights.lamps[1]).toBe(ROADS.lightPoleM);
    const firstWall = 3 * layout.details.lights.length;
    expect(lights.lamps[firstWall + 1]).toBe(WALL_PACK_M);
    expect(lights.lamps[3 * (layout.details.lights.length + walls) + 1]).toBe((layout.substation?.pad.heightM ?? 0) + SWITCHYARD.gantryHeightM);
    expect(lights.pools[0]?.widthM).toBe(2 * POOL_RADIUS_M.pole);
  });

  it('has no stack lights for fuel cells and no switchyard lights when islanded', () => {
    const fuelCells = [{ technologyId: 'fuel-cell-sofc', name: 'Solid-oxide fuel cell', kind: 'fuel-cell' as const, units: 4, unitMW: 10, capacityMW: 40 }];
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ thermal: fuelCells, gridImportLimitMW: 0 }), hourly: null });
    const lights = layoutNightLights(layout);
    expect(layout.substation).toBeNull();
    expect(lights.beacons).toHaveLength(0);
    expect(lights.lamps.length / 3).toBe(layout.details.lights.length + layout.halls.reduce((s, h) => s + wallPackCount(h), 0));
  });
});
