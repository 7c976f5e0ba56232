import { useEffect, useMemo } from 'react';
import { BatteryYard } from './BatteryYard';
import { DataHalls } from './DataHalls';
import type { OnHover } from './hover';
import type { CampusLayout } from './layout-types';
import { PowerBlock } from './PowerBlock';
import { SCENE_BUILD_MARK, SCENE_BUILD_MEASURE } from './scene-handle';
import { createSceneClock, SceneClockProvider } from './scene-clock';
import { SiteGround } from './SiteGround';
import { SolarField } from './SolarField';
import { Substation } from './Substation';
import type { TimeStore } from './time-store';
import { TransmissionLines } from './TransmissionLines';
import type { CampusSceneInput } from './types';

/**
 * Everything drawn for one campus, inside a Canvas (or the test renderer): lights, ground,
 * halls, power block, solar, battery, substation and lines, animated from `store`'s hour.
 * `onHover` is told what the pointer is over (the view draws the label).
 */
export function CampusContent(props: { input: CampusSceneInput; layout: CampusLayout; store: TimeStore; onHover?: OnHover }) {
  const { input, layout, store } = props;
  const clock = useMemo(() => createSceneClock(store, input.fleet, input.hourly), [store, input.fleet, input.hourly]);
  useEffect(() => {
    // The view marks the start of a layout; the scene graph for it is committed by now.
    if (typeof performance === 'undefined' || performance.getEntriesByName(SCENE_BUILD_MARK).length === 0) return;
    performance.measure(SCENE_BUILD_MEASURE, SCENE_BUILD_MARK);
    performance.clearMarks(SCENE_BUILD_MARK);
  }, [layout]);
  const onHover = props.onHover;
  const sun = useMemo(() => {
    const b = layout.bounds;
    const size = Math.max(b.maxX - b.minX, b.maxZ - b.minZ, 1000);
    return { position: [(b.minX + b.maxX) / 2 - size, size * 1.2, (b.minZ + b.maxZ) / 2 + size * 0.6] as [number, number, number] };
  }, [layout.bounds]);
  return (
    <SceneClockProvider clock={clock}>
      <hemisphereLight args={['#f3f6fb', '#9c8f6e', 1.1]} />
      <directionalLight position={sun.position} intensity={2.2} color="#fff4e0" />
      <SiteGround boundary={layout.boundary} bounds={layout.bounds} />
      <DataHalls halls={layout.halls} cooling={layout.cooling} onHover={onHover} />
      <PowerBlock units={layout.units} onHover={onHover} />
      <SolarField blocks={layout.solarBlocks} onHover={onHover} />
      <BatteryYard containers={layout.containers} onHover={onHover} />
      {layout.substation ? <Substation substation={layout.substation} onHover={onHover} /> : null}
      <TransmissionLines circuits={layout.circuits} />
    </SceneClockProvider>
  );
}
