// Tell React this environment supports act(): the test renderer drives updates through it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Color, Matrix4, Vector3, type InstancedMesh, type MeshStandardMaterial, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { CampusContent } from '../../../src/renderer/scene/CampusContent';
import { layoutCampus } from '../../../src/renderer/scene/layout';
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

  it('maps phases to halls: operating, under construction and planned in their own meshes', async () => {
    // 100 MW IT operating → 1 hall; 400 MW IT under construction → ceil(400/150) = 3; 200 MW IT planned → 2.
    const site = siteWith([[100, 'IT', 'operating'], [400, 'IT', 'under-construction'], [200, 'IT', 'planned'], [500, 'IT', 'cancelled']]);
    const { byName, renderer } = await render({ site, fleet: fleetWith(), hourly: null });
    expect(byName('halls-operating')?.count).toBe(1);
    expect(byName('halls-under-construction')?.count).toBe(3);
    expect(byName('halls-planned')?.count).toBe(2);
    expect(byName('cooling')?.count).toBe(6);
    const planned = byName('halls-planned')?.material as MeshStandardMaterial;
    expect(planned.transparent).toBe(true);
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
    const material = byName('halls-operating')?.material as MeshStandardMaterial;
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
    const material = byName('solar')?.material as MeshStandardMaterial;
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
