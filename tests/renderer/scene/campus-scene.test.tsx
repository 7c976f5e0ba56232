// Tell React this environment supports act(): the test renderer drives updates through it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Color, Euler, Matrix4, Quaternion, Vector3, type InstancedMesh, type MeshStandardMaterial, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { CampusContent } from '../../../src/renderer/scene/CampusContent';
import { hourMask } from '../../../src/renderer/scene/dispatch-at-hour';
import { layoutCampus } from '../../../src/renderer/scene/layout';
import { layoutNightLights } from '../../../src/renderer/scene/night-lights';
import { PALETTE } from '../../../src/renderer/scene/palette';
import { createTimeStore } from '../../../src/renderer/scene/time-store';
import type { CampusSceneInput } from '../../../src/renderer/scene/types';
import { bundledSite, fleetWith, hourlyWith, siteWith, TEN_TURBINES } from './fixtures';

async function render(input: CampusSceneInput, hour = 0) {
  const store = createTimeStore(hour);
  const layout = layoutCampus(input);
  const renderer = await ReactThreeTestRenderer.create(<CampusContent input={input} layout={layout} store={store} />);
  await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, 16));
  const scene = renderer.scene.instance as Object3D;
  const byName = (name: string) => scene.getObjectByName(name) as InstancedMesh | undefined;
  return { renderer, store, layout, scene, byName };
}

/** 15 August, 18:00: day index 226 of the model year. */
const AUG15_18H = 226 * 24 + 18;

function heightAt(mesh: InstancedMesh, i: number): number {
  const m = new Matrix4();
  mesh.getMatrixAt(i, m);
  return new Vector3().setFromMatrixScale(m).y;
}

/** A tracker row's rotation about the north–south axis, degrees. */
function rollAt(mesh: InstancedMesh, i: number): number {
  const m = new Matrix4();
  mesh.getMatrixAt(i, m);
  const q = new Quaternion();
  m.decompose(new Vector3(), q, new Vector3());
  return (new Euler().setFromQuaternion(q, 'ZYX').z * 180) / Math.PI;
}

function instanceHex(mesh: InstancedMesh, i: number): string {
  const c = new Color();
  mesh.getColorAt(i, c);
  return `#${c.getHexString()}`;
}

/** Meshes, instanced meshes and lines that render: one draw call each (single-material objects). */
function drawCalls(scene: Object3D): number {
  let n = 0;
  scene.traverse((o) => {
    const r = o as Object3D & { isMesh?: boolean; isLine?: boolean; isPoints?: boolean };
    if (r.isMesh || r.isLine || r.isPoints) n++;
  });
  return n;
}

describe('campus scene graph', () => {
  it('draws ten turbine instances for a scenario with ten turbines', async () => {
    const { byName, renderer } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ thermal: TEN_TURBINES }), hourly: null });
    expect(byName('units-0')?.count).toBe(10);
    expect(byName('stacks-0')?.count).toBe(10);
    await renderer.unmount();
  });

  it('draws each phase in its state at the scrubbed date of the simulated year', async () => {
    // Phases energized January 2025 (100 MW IT → 1 hall), 2026 (400 → 3 halls), 2027 (200 → 2 halls), one cancelled.
    // In August 2026: 2025 and 2026 operating (full 20 m); 2027 five months away → under construction at
    // 20 × (0.15 + 0.8 × 14/19) m; nothing planned. Cancelled phases are not drawn.
    const site = siteWith([[100, 'IT', 'operating'], [400, 'IT', 'under-construction'], [200, 'IT', 'planned'], [500, 'IT', 'cancelled']]);
    const { byName, renderer } = await render({ site, fleet: fleetWith(), hourly: null, year: 2026 }, AUG15_18H);
    const halls = byName('halls');
    if (!halls) throw new Error('no halls mesh');
    expect(halls.count).toBe(6);
    const colours = Array.from({ length: 6 }, (_, i) => instanceHex(halls, i));
    expect(colours).toEqual([...Array<string>(4).fill(PALETTE.hallOperating), PALETTE.hallConstruction, PALETTE.hallConstruction]);
    expect(heightAt(halls, 0)).toBeCloseTo(20, 6);
    expect(heightAt(halls, 5)).toBeCloseTo(20 * (0.15 + (0.8 * 14) / 19), 6);
    // Roof units stand only on operating halls: scaled to nothing on the halls still being built.
    const roof = byName('roof-units');
    if (!roof) throw new Error('no roof units');
    const perHall = roof.count / 6;
    expect(heightAt(roof, 0)).toBeGreaterThan(2);
    expect(heightAt(roof, roof.count - 1)).toBeLessThan(0.01);
    expect(Number.isInteger(perHall)).toBe(true);
    await renderer.unmount();
  });

  it('draws all eight Abilene halls operating in August 2028, when the model serves the whole campus', async () => {
    // Abilene: phase 1 (200 MW facility, Sept 2025) → 2 halls, phase 2 (1,000 MW, 2026) → 6 halls; the expansion is cancelled.
    const { byName, renderer } = await render({ site: bundledSite('abilene'), fleet: fleetWith(), hourly: null, year: 2028 }, AUG15_18H);
    const halls = byName('halls');
    if (!halls) throw new Error('no halls mesh');
    expect(halls.count).toBe(8);
    expect(Array.from({ length: 8 }, (_, i) => instanceHex(halls, i)).every((c) => c === PALETTE.hallOperating)).toBe(true);
    // In August 2024 the same halls are pads and steel: phase 1 (13 months away) under construction, phase 2 (17 months) too.
    await renderer.unmount();
    const early = await render({ site: bundledSite('abilene'), fleet: fleetWith(), hourly: null, year: 2024 }, AUG15_18H);
    const earlyHalls = early.byName('halls')!;
    expect(Array.from({ length: 8 }, (_, i) => instanceHex(earlyHalls, i)).every((c) => c === PALETTE.hallConstruction)).toBe(true);
    await early.renderer.unmount();
  });

  it('turns the tracker rows to the sun: east in the morning, west in the evening, flat at night', async () => {
    const { byName, renderer, store } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ solarMWac: 5 }), hourly: null }, AUG15_18H - 9);
    const rows = byName('tracker-rows');
    if (!rows) throw new Error('no tracker rows');
    // Rotation about the north–south (z) axis: negative turns the modules to face east (tracking.ts).
    expect(rollAt(rows, 0)).toBeLessThan(-10);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(AUG15_18H);
      await renderer.advanceFrames(1, 16);
    });
    expect(rollAt(rows, 0)).toBeGreaterThan(10);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(AUG15_18H + 5);
      await renderer.advanceFrames(1, 16);
    });
    expect(rollAt(rows, 0)).toBeCloseTo(0, 6);
    await renderer.unmount();
  });

  it('runs as many turbines as the scrubbed hour needs, in fleet order', async () => {
    // Hour 5: 100 MW thermal on 34 MW units → ceil(2.94) = 3 running. Hour 9: 340 MW → all 10.
    const hourly = hourlyWith({ thermalToLoadMW: { 5: 100, 9: 340 } });
    const { byName, store, renderer } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ thermal: TEN_TURBINES }), hourly }, 5);
    const units = byName('units-0');
    if (!units) throw new Error('no units mesh');
    const states = () => Array.from({ length: 10 }, (_, i) => instanceHex(units, i) === PALETTE.unitRunning);
    expect(states()).toEqual([true, true, true, false, false, false, false, false, false, false]);

    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(9);
      await renderer.advanceFrames(1, 16);
    });
    expect(states().every(Boolean)).toBe(true);

    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(0);
      await renderer.advanceFrames(1, 16);
    });
    expect(states().some(Boolean)).toBe(false);
    await renderer.unmount();
  });

  it('fills battery containers from the state of charge', async () => {
    // 39 MWh → 10 containers; 50% SoC (19.5 MWh) → 5 drawn charged.
    const hourly = hourlyWith({ batterySocMWh: { 3: 19.5 } });
    const { byName, renderer } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ batteryPowerMW: 10, batteryEnergyMWh: 39 }), hourly }, 3);
    const battery = byName('battery');
    if (!battery) throw new Error('no battery mesh');
    const charged = Array.from({ length: 10 }, (_, i) => instanceHex(battery, i) === PALETTE.batteryCharged);
    expect(charged).toEqual([true, true, true, true, true, false, false, false, false, false]);
    await renderer.unmount();
  });

  it('turns the halls red in an hour with unserved load', async () => {
    const hourly = hourlyWith({ unservedMW: { 7: 25 } });
    const { byName, renderer, store } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith(), hourly }, 7);
    const material = byName('halls')?.material as MeshStandardMaterial;
    expect(`#${material.emissive.getHexString()}`).toBe(PALETTE.unserved);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(8);
      await renderer.advanceFrames(1, 16);
    });
    expect(material.emissiveIntensity).toBe(0);
    await renderer.unmount();
  });

  it('brightens the solar field with the output of the hour', async () => {
    // Hour 12: (300 + 100) / 400 MWac = full output → the bright colour; hour 0: dark.
    const hourly = hourlyWith({ solarToLoadMW: { 12: 300 }, solarToBatteryMW: { 12: 100 } });
    const { byName, renderer, store } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ solarMWac: 400 }), hourly }, 12);
    const material = byName('tracker-rows')?.material as MeshStandardMaterial;
    expect(`#${material.color.getHexString()}`).toBe(PALETTE.solarBright);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(0);
      await renderer.advanceFrames(1, 16);
    });
    expect(`#${material.color.getHexString()}`).toBe(PALETTE.solarDark);
    await renderer.unmount();
  });

  it('shows grid flow markers only while the grid imports', async () => {
    const hourly = hourlyWith({ gridToLoadMW: { 4: 300 } });
    const { byName, renderer, store } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ gridImportLimitMW: 300 }), hourly }, 4);
    const markers = byName('grid-flow');
    if (!markers) throw new Error('no grid-flow mesh');
    const size = () => {
      const m = new Matrix4();
      markers.getMatrixAt(0, m);
      return new Vector3().setFromMatrixScale(m).x;
    };
    // Full import: 8 + 14 × 1 = 22 m markers.
    expect(size()).toBeCloseTo(22, 9);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(5);
      await renderer.advanceFrames(1, 16);
    });
    expect(size()).toBe(0);
    await renderer.unmount();
  });

  it('fades the grid line in an hour its flexible part is curtailed', async () => {
    // Hour 4 curtailed (the grid gives its firm 200 of 300 MW), hour 5 not.
    const hourly = { ...hourlyWith({ gridToLoadMW: { 4: 200, 5: 300 } }), gridCurtailed: hourMask([4]) };
    const { byName, renderer, store } = await render({ site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ gridImportLimitMW: 300 }), hourly }, 4);
    const conductors = byName('conductors') as unknown as { material: { color: Color } } | undefined;
    const markers = byName('grid-flow') as unknown as { material: { color: Color } } | undefined;
    if (!conductors || !markers) throw new Error('no grid line in the scene');
    expect(conductors.material.color.getHexString()).toBe(new Color(PALETTE.conductorCurtailed).getHexString());
    expect(markers.material.color.getHexString()).toBe(new Color(PALETTE.flowCurtailed).getHexString());
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(5);
      await renderer.advanceFrames(1, 16);
    });
    expect(conductors.material.color.getHexString()).toBe(new Color(PALETTE.conductor).getHexString());
    expect(markers.material.color.getHexString()).toBe(new Color(PALETTE.flow).getHexString());
    await renderer.unmount();
  });

  it('lights the campus from dusk to dawn: a lamp per pole, wall pack and floodlight, a red light per stack', async () => {
    // Aug 15 at 22:00 the sun is below the horizon at the fixture site; at 12:00 it is high.
    const input = { site: siteWith([[100, 'IT', 'operating']]), fleet: fleetWith({ thermal: TEN_TURBINES, gridImportLimitMW: 300 }), hourly: null };
    const { scene, layout, store, renderer } = await render(input, AUG15_18H + 4);
    const points = (name: string) => scene.getObjectByName(name) as (Object3D & { geometry: { getAttribute: (n: string) => { count: number } }; material: { visible: boolean } }) | undefined;
    const lamps = points('lamps-lit');
    const beacons = points('stack-beacons');
    const expected = layoutNightLights(layout);
    expect(lamps?.geometry.getAttribute('position').count).toBe(expected.lamps.length / 3);
    expect(lamps?.geometry.getAttribute('position').count).toBeGreaterThan(layout.details.lights.length);
    // Ten turbines → ten stacks → ten red lights.
    expect(beacons?.geometry.getAttribute('position').count).toBe(10);
    expect((scene.getObjectByName('light-pools') as InstancedMesh | undefined)?.count).toBe(expected.pools.length);
    expect(lamps?.material.visible).toBe(true);
    expect(beacons?.material.visible).toBe(true);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setHour(AUG15_18H - 6);
      await renderer.advanceFrames(1, 16);
    });
    expect(lamps?.material.visible).toBe(false);
    expect(beacons?.material.visible).toBe(false);
    await renderer.unmount();
  });

  it('keeps the largest campus under 200 draw calls with every kind of equipment', async () => {
    // Piketon: 10 GW facility → 56 halls; islanded-style fleet of ~1,200 engines, 10 GWac of solar,
    // 10 GWh of battery and a 10 GW substation: thousands of objects, a fixed number of meshes.
    const site = bundledSite('piketon');
    const fleet = fleetWith({
      thermal: [
        { technologyId: 'gas-recip-engine', name: 'Reciprocating engine', kind: 'recip-engine', units: 1200, unitMW: 10.3, capacityMW: 12_360 },
        { technologyId: 'gas-combined-cycle', name: 'Combined cycle', kind: 'combined-cycle', units: 8, unitMW: 1227, capacityMW: 9816 },
        { technologyId: 'fuel-cell-sofc', name: 'Fuel cell', kind: 'fuel-cell', units: 100, unitMW: 10, capacityMW: 1000 },
      ],
      solarMWac: 10_000,
      batteryPowerMW: 2500,
      batteryEnergyMWh: 10_000,
      gridImportLimitMW: 10_000,
    });
    const { scene, layout, renderer } = await render({ site, fleet, hourly: null });
    expect(layout.units).toHaveLength(1308);
    expect(layout.solarBlocks).toHaveLength(2000);
    const calls = drawCalls(scene);
    expect(calls).toBeLessThan(200);
    expect(calls).toBeGreaterThan(10);
    await renderer.unmount();
  });
});
