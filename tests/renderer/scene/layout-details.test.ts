import { describe, expect, it } from 'vitest';
import { layoutCampus } from '../../../src/renderer/scene/layout';
import { rooftopUnits } from '../../../src/renderer/scene/layout-details';
import { fleetWith, siteWith } from './fixtures';

describe('campus detail drawn from the model', () => {
  it('sizes roof heat rejection from facility MW and rack density', () => {
    // 100 MW IT at PUE 1.2 = 120 MW of heat, +10% spare = 132 MW: 1.5 MW dry coolers at ≥ 40 kW racks
    // (liquid cooled) → 88 units; 0.9 MW chillers at 20 kW racks → ceil(146.7) = 147.
    expect(rooftopUnits({ facilityMW: 120, rackKW: 140 })).toBe(88);
    expect(rooftopUnits({ facilityMW: 120, rackKW: 20 })).toBe(147);
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith(), hourly: null });
    expect(layout.halls[0]?.rackKW).toBe(140); // Abilene's rack density, kept by the fixture
    expect(layout.details.rooftop).toHaveLength(88);
    // Every roof unit sits on its hall's roof.
    const h = layout.halls[0]!;
    for (const u of layout.details.rooftop) expect(Math.abs(u.x - h.x) + u.widthM / 2).toBeLessThanOrEqual(h.widthM / 2);
  });

  it('draws a switchyard bay per line and an inverter per four containers', () => {
    // 39 MWh / 3.9 = 10 containers → ceil(10 / 4) = 3 skids; two circuits → two bays of 2 posts, a beam and 3 breakers.
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ batteryPowerMW: 10, batteryEnergyMWh: 39, gridImportLimitMW: 300 }), hourly: null });
    expect(layout.circuits).toHaveLength(2);
    expect(layout.details.bays.gantries).toHaveLength(4);
    expect(layout.details.bays.beams).toHaveLength(2);
    expect(layout.details.bays.breakers).toHaveLength(6);
    expect(layout.details.inverters).toHaveLength(3);
  });

  it('lays tracker rows at the ground coverage ratio, north–south', () => {
    // One 5 MWac block: 30 acres = 121,406 m², a 348.4 m square; pitch 2.3 / 0.35 = 6.571 m → 53 rows.
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ solarMWac: 5 }), hourly: null });
    expect(layout.solarBlocks).toHaveLength(1);
    expect(layout.details.trackerRows).toHaveLength(53);
    expect(layout.details.trackerRows[0]?.lengthM).toBeCloseTo(348.4 - 8, 0);
  });

  it('rings the campus with a road and a fence, with lights along the road', () => {
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith(), hourly: null });
    expect(layout.details.fence).toHaveLength(4);
    expect(layout.details.roads.length).toBeGreaterThanOrEqual(4);
    expect(layout.details.lights.length).toBeGreaterThan(8);
  });
});
