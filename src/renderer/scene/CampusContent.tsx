import { useEffect, useMemo } from 'react';
import { BatteryYard } from './BatteryYard';
import { DataHalls } from './DataHalls';
import type { OnHover } from './hover';
import type { CampusLayout } from './layout-types';
import { NightLights } from './NightLights';
import { PowerBlock } from './PowerBlock';
import { SCENE_BUILD_MARK, SCENE_BUILD_MEASURE } from './scene-handle';
import { createSceneClock, SceneClockProvider } from './scene-clock';
import { SiteGround } from './SiteGround';
import { SolarField } from './SolarField';
import { ContactShade } from './ContactShade';
import { Roads } from './Roads';
import { SkyAndSun } from './SkyAndSun';
import { utcOffsetHours } from '../../api/site-utc-offset';
import { Substation } from './Substation';
import type { TimeStore } from './time-store';
import { TransmissionLines } from './TransmissionLines';
import type { CampusSceneInput } from './types';

/**
 * Everything drawn for one campus, inside a Canvas (or the test renderer): the sky and sun at
 * the site's true sun position, ground, contact shade, roads and fence, halls in their state at
 * the scrubbed date, power block, solar trackers, battery, substation and lines, animated from
 * `store`'s hour; lamps, wall packs, floodlights and stack beacons light it from dusk to dawn.
 * `onHover` is told what the pointer is over (the view draws the label).
 */
export function CampusContent(props: { input: CampusSceneInput; layout: CampusLayout; store: TimeStore; onHover?: OnHover }) {
  const { input, layout, store } = props;
  const site = input.site;
  const clock = useMemo(
    () => createSceneClock(store, input.fleet, input.hourly, input.year ?? null, { latitudeDeg: site.location.lat.value, longitudeDeg: site.location.lon.value, utcOffsetHours: utcOffsetHours(site) }),
    [store, input.fleet, input.hourly, input.year, site],
  );
  useEffect(() => {
    // The view marks the start of a layout; the scene graph for it is committed by now.
    if (typeof performance === 'undefined' || performance.getEntriesByName(SCENE_BUILD_MARK).length === 0) return;
    // The site rides along so a reader can tell one campus's build from the next one's.
    performance.measure(SCENE_BUILD_MEASURE, { start: SCENE_BUILD_MARK, detail: { siteId: site.id } });
    performance.clearMarks(SCENE_BUILD_MARK);
  }, [layout, site.id]);
  const onHover = props.onHover;
  const fence = useMemo(() => {
    const half = layout.boundary.sideM / 2;
    return { minX: layout.boundary.x - half, maxX: layout.boundary.x + half, minZ: layout.boundary.z - half, maxZ: layout.boundary.z + half };
  }, [layout.boundary]);
  const d = layout.details;
  return (
    <SceneClockProvider clock={clock}>
      <SkyAndSun bounds={layout.bounds} fence={fence} />
      <SiteGround boundary={layout.boundary} bounds={layout.bounds} climate={site.climate} />
      <ContactShade footprints={d.contact} />
      <Roads roads={d.roads} fence={d.fence} lights={d.lights} />
      <DataHalls halls={layout.halls} cooling={layout.cooling} rooftop={d.rooftop} onHover={onHover} />
      <PowerBlock units={layout.units} onHover={onHover} />
      <SolarField blocks={layout.solarBlocks} rows={d.trackerRows} onHover={onHover} />
      <BatteryYard containers={layout.containers} inverters={d.inverters} onHover={onHover} />
      {layout.substation ? <Substation substation={layout.substation} bays={d.bays} onHover={onHover} /> : null}
      <TransmissionLines circuits={layout.circuits} />
      <NightLights layout={layout} />
    </SceneClockProvider>
  );
}
