import { Canvas } from '@react-three/fiber';
import { useCallback, useMemo, useState } from 'react';
import { CameraRig, type CameraRequest } from './CameraRig';
import { LabelProjector, SceneLabels, useLabelRegistry, type SceneLabel } from './labels';
import { MapContent } from './MapContent';
import { COLUMN_KM_PER_GW, type MapSite } from './map-columns';
import { SceneBridge } from './SceneBridge';
import type { SceneHandle } from './scene-handle';
import { projectLonLat } from './us-map';

/** Centre of the contiguous US in map km (geographic centre near Lebanon, KS, 39.83 N 98.58 W), shifted to frame the coasts. */
const CENTRE = projectLonLat(-96.5, 38.2);
const OVERVIEW: CameraRequest['goal'] = { position: [CENTRE.x, 1800, CENTRE.z + 2550], target: [CENTRE.x, 0, CENTRE.z - 200] };

/**
 * The portfolio map in its own on-demand canvas. Clicking a column flies the camera down to the
 * site, then calls onOpenSite so the view can switch to that campus (which flies in from above).
 */
export function MapCanvas(props: { sites: MapSite[]; onOpenSite: (id: string) => void; onHandle: (h: SceneHandle | null) => void }) {
  const [request, setRequest] = useState<CameraRequest>(() => ({ goal: OVERVIEW, seq: 0 }));
  const { onOpenSite } = props;
  const onPick = useCallback(
    (site: MapSite) => {
      const p = projectLonLat(site.lon, site.lat);
      setRequest((r) => ({ goal: { position: [p.x + 60, 220, p.z + 260], target: [p.x, 0, p.z] }, seq: r.seq + 1, seconds: 1.4, onArrive: () => onOpenSite(site.id) }));
    },
    [onOpenSite],
  );
  const from = useMemo(() => OVERVIEW, []);
  const registry = useLabelRegistry();
  const labels = useMemo(
    () =>
      props.sites.map((site, i): SceneLabel => {
        const p = projectLonLat(site.lon, site.lat);
        // Stack the labels of neighbouring sites (within 400 km) so they do not overlap.
        const neighbours = props.sites.slice(0, i).filter((o) => {
          const q = projectLonLat(o.lon, o.lat);
          return Math.hypot(q.x - p.x, q.z - p.z) < 400;
        }).length;
        return {
          id: site.id,
          anchor: [p.x, (site.facilityMW / 1000) * COLUMN_KM_PER_GW + 10 + neighbours * 150, p.z],
          className: 'map-label',
          onClick: () => onPick(site),
          title: `Fly to ${site.name}`,
          content: (
            <>
              <strong>{site.name}</strong> {(site.facilityMW / 1000).toFixed(site.facilityMW >= 10_000 ? 0 : 1)} GW
            </>
          ),
        };
      }),
    [props.sites, onPick],
  );
  return (
    <div className="scene-canvas-wrap">
    <Canvas className="scene-canvas" frameloop="demand" dpr={[1, 2]} gl={{ preserveDrawingBuffer: true, antialias: true }} camera={{ fov: 40, near: 5, far: 40_000, position: [...OVERVIEW.position] }} aria-label="Portfolio map">
      <color attach="background" args={['#dfe8f1']} />
      <MapContent sites={props.sites} onPick={onPick} />
      <CameraRig request={request} from={from} />
      <SceneBridge onHandle={props.onHandle} />
      <LabelProjector registry={registry} />
    </Canvas>
    <SceneLabels registry={registry} labels={labels} />
    </div>
  );
}
