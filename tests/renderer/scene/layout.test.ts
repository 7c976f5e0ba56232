import { describe, expect, it } from 'vitest';
import { layoutCampus } from '../../../src/renderer/scene/layout';
import { layoutBattery, layoutSolar, layoutSubstation } from '../../../src/renderer/scene/layout-power';
import { bundledSite, fleetWith, siteWith, TEN_TURBINES } from './fixtures';

describe('campus layout', () => {
  it('gives Abilene the 2 + 6 buildings its phases announced and leaves out the cancelled expansion', () => {
    // Phases: 200 MW and 1,000 MW facility at PUE 1.2 → 166.7 and 833.3 MW IT; ceil(/150) = 2 and 6.
    const layout = layoutCampus({ site: bundledSite('abilene'), fleet: fleetWith(), hourly: null });
    expect(layout.halls.map((h) => h.phaseIndex)).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
    expect(layout.halls.filter((h) => h.status === 'operating')).toHaveLength(2);
    expect(layout.halls.filter((h) => h.status === 'under-construction')).toHaveLength(6);
    expect(layout.cooling).toHaveLength(8);
  });

  it('sizes a 100 MW IT hall at 37,160 m² in a 2.2 : 1 plan', () => {
    // 100 MW × 371.6 m²/MW = 37,160 m²; width = sqrt(37,160 × 2.2) = 285.9 m; depth = 37,160 / 285.9 = 130.0 m.
    const [hall] = layoutCampus({ site: siteWith([[100, 'IT', 'planned']]), fleet: fleetWith(), hourly: null }).halls;
    expect(hall?.widthM).toBeCloseTo(285.93, 1);
    expect(hall?.depthM).toBeCloseTo(129.96, 1);
    expect((hall?.widthM ?? 0) * (hall?.depthM ?? 0)).toBeCloseTo(37_160, 0);
    expect(hall?.status).toBe('planned');
  });

  it('turns facility MW into IT MW with the design PUE', () => {
    // 300 MW facility ÷ PUE 1.5 = 200 MW IT → ceil(200/150) = 2 halls of 100 MW IT, 150 MW facility each.
    const layout = layoutCampus({ site: siteWith([[300, 'facility', 'operating']], { pue: 1.5 }), fleet: fleetWith(), hourly: null });
    expect(layout.halls).toHaveLength(2);
    expect(layout.halls[0]?.itMW).toBeCloseTo(100, 9);
    expect(layout.halls[0]?.facilityMW).toBeCloseTo(150, 9);
  });

  it('draws one enclosure per turbine, in fleet order', () => {
    const fleet = fleetWith({ thermal: [...TEN_TURBINES, { technologyId: 'gas-recip-engine', name: 'Recip', kind: 'recip-engine', units: 3, unitMW: 10.3, capacityMW: 30.9 }] });
    const units = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet, hourly: null }).units;
    expect(units).toHaveLength(13);
    expect(units.map((u) => u.blockIndex)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    // A 34 MW aeroderivative is the reference unit: 22 m × 8 m.
    expect(units[0]?.widthM).toBeCloseTo(22, 9);
    expect(units[0]?.depthM).toBeCloseTo(8, 9);
  });

  it('refuses a thermal block of an unknown kind, naming the field', () => {
    const fleet = fleetWith({ thermal: [{ technologyId: 'x', name: 'X', kind: 'steam', units: 1, unitMW: 5, capacityMW: 5 }] });
    expect(() => layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet, hourly: null })).toThrow(/fleet\.thermal\[0\]\.kind: "steam"/);
  });

  it('refuses a negative solar size, naming the field', () => {
    expect(() => layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ solarMWac: -5 }), hourly: null })).toThrow(/fleet\.solarMWac: must be a finite number ≥ 0/);
  });

  it('lays out 12 MWac of solar as two full 5 MWac blocks and a 2 MWac remainder on 6 acres per MWac', () => {
    // 5 MWac × 6 acres × 4,046.86 m² = 121,405.7 m² → side 348.43 m; remainder 2/5 of that width.
    const blocks = layoutSolar(12, 0, 0);
    expect(blocks.map((b) => b.mwac)).toEqual([5, 5, 2]);
    expect(blocks[0]?.depthM).toBeCloseTo(348.43, 1);
    expect(blocks[2]?.widthM).toBeCloseTo(348.43 * 0.4, 1);
    const acres = blocks.reduce((s, b) => s + b.widthM * b.depthM, 0) / 4046.8564224;
    expect(acres).toBeCloseTo(72, 6);
  });

  it('puts 1,000 MWh of battery into 257 Megapack-size containers', () => {
    // ceil(1000 / 3.9) = ceil(256.4) = 257.
    expect(layoutBattery(1000, 0, 0)).toHaveLength(257);
  });

  it('gives a 1,200 MW substation four 300 MVA transformers on a 201 m pad', () => {
    // ceil(1200/300) = 4; side = 90 + 3.2 × sqrt(1200) = 90 + 110.85 = 200.85 m.
    const s = layoutSubstation(1200, 765, 0, 0);
    expect(s.transformers).toHaveLength(4);
    expect(s.pad.widthM).toBeCloseTo(200.85, 1);
  });

  it('draws no substation or lines when the scenario has no grid', () => {
    const layout = layoutCampus({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ gridImportLimitMW: 0 }), hourly: null });
    expect(layout.substation).toBeNull();
    expect(layout.circuits).toEqual([]);
    expect(layout.presets.map((p) => p.id)).toEqual(['overview', 'data-halls']);
  });

  it('makes the boundary a square of the site land area when the equipment fits in it', () => {
    // 1,000 acres × 4,046.86 m² = 4.047 km² → side 2,011.7 m.
    const layout = layoutCampus({ site: siteWith([[200, 'IT', 'operating']], { landAcres: 1000 }), fleet: fleetWith({ gridImportLimitMW: 300 }), hourly: null });
    expect(layout.boundary.source).toBe('landAcres');
    expect(layout.boundary.sideM).toBeCloseTo(2011.68, 1);
  });

  it('grows the boundary around the equipment when the land area is too small for it', () => {
    const layout = layoutCampus({ site: siteWith([[1000, 'IT', 'operating']], { landAcres: 10 }), fleet: fleetWith(), hourly: null });
    expect(layout.boundary.source).toBe('layout');
    const hallsWest = Math.min(...layout.halls.map((h) => h.x - h.widthM / 2));
    expect(layout.boundary.x - layout.boundary.sideM / 2).toBeLessThan(hallsWest);
  });
});
