// Tell React this environment supports act(): the test renderer drives updates through it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Color, type InstancedMesh, type MeshStandardMaterial, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import type { MapSite } from '../../../src/renderer/scene/map-columns';
import { MapContent } from '../../../src/renderer/scene/MapContent';

const at = { lon: -96, lat: 35, mix: { gridMWh: 1, gasMWh: 1, solarMWh: 0, unservedMWh: 0 } };
const SITES: MapSite[] = [
  { id: 'a', name: 'A', facilityMW: 1000, ...at, bill: { usdPerMonth: -2.5, estimate: true } },
  { id: 'b', name: 'B', facilityMW: 1000, ...at, bill: { usdPerMonth: 5, estimate: true } },
  { id: 'c', name: 'C', facilityMW: 1000, ...at, bill: null },
];

async function render(colouring: 'mix' | 'bill') {
  const renderer = await ReactThreeTestRenderer.create(<MapContent sites={SITES} colouring={colouring} />);
  const scene = renderer.scene.instance as Object3D;
  return { renderer, byName: (name: string) => scene.getObjectByName(name) as InstancedMesh | undefined };
}

describe('portfolio map scene graph', () => {
  it('draws one column per site coloured by its bill change, pending ones apart and translucent', async () => {
    const { renderer, byName } = await render('bill');
    const bill = byName('columns-bill');
    if (!bill) throw new Error('no bill columns');
    expect(bill.count).toBe(2);
    const c = new Color();
    // −2.5 and +5 USD/month: the colours worked by hand in bill-colour.test.ts.
    bill.getColorAt(0, c);
    expect(`#${c.getHexString()}`).toBe('#6183a6');
    bill.getColorAt(1, c);
    expect(`#${c.getHexString()}`).toBe('#b2182b');
    const pending = byName('columns-pending');
    expect(pending?.count).toBe(1);
    expect((pending?.material as MeshStandardMaterial).transparent).toBe(true);
    // Supply-mix meshes are not drawn in this colouring.
    expect(byName('columns-gridMWh')).toBeUndefined();
    await renderer.unmount();
  });

  it('stacks by supply mix in the other colouring', async () => {
    const { renderer, byName } = await render('mix');
    expect(byName('columns-gridMWh')?.count).toBe(3);
    expect(byName('columns-gasMWh')?.count).toBe(3);
    expect(byName('columns-bill')).toBeUndefined();
    await renderer.unmount();
  });
});
