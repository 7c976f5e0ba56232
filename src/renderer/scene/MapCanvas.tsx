import { Canvas } from '@react-three/fiber';
import { useCallback, useMemo, useState } from 'react';
import { formatBillChange } from '../format';
import { CameraRig, type CameraRequest } from './CameraRig';
import { LabelProjector, SceneLabels, useLabelRegistry, type SceneLabel } from './labels';
import { MAP_FOV_DEG, MAP_OVERVIEW } from './map-camera';
import { MapContent } from './MapContent';
import { mapColumnExtent, mapLabelAnchor, type MapColouring, type MapSite } from './map-columns';
import { SceneBridge } from './SceneBridge';
import type { SceneHandle } from './scene-handle';
import { projectLonLat } from './us-map';

function billText(site: MapSite): string {
  if (!site.bill) return 'bill change pending…';
  if (site.bill.usdPerMonth === null) return 'no bill figure';
  return `${formatBillChange(site.bill.usdPerMonth)}${site.bill.estimate ? ' est.' : ''}`;
}

/**
 * The portfolio map in its own on-demand canvas. Clicking a column flies the camera down to the
 * site, then calls onOpenSite so the view can switch to that campus (which flies in from above).
 * Labels are kept apart on screen, the largest sites placed first.
 */
export function MapCanvas(props: { sites: MapSite[]; colouring: MapColouring; onOpenSite: (id: string) => void; onHandle: (h: SceneHandle | null) => void }) {
  const [request, setRequest] = useState<CameraRequest>(() => ({ goal: MAP_OVERVIEW, seq: 0 }));
  const { onOpenSite, colouring } = props;
  const onPick = useCallback(
    (site: MapSite) => {
      const p = projectLonLat(site.lon, site.lat);
      setRequest((r) => ({ goal: { position: [p.x + 60, 220, p.z + 260], target: [p.x, 0, p.z] }, seq: r.seq + 1, seconds: 1.4, onArrive: () => onOpenSite(site.id) }));
    },
    [onOpenSite],
  );
  const registry = useLabelRegistry({ declutter: true });
  const labels = useMemo(
    () =>
      [...props.sites]
        .sort((a, b) => b.facilityMW - a.facilityMW)
        .map(
          (site): SceneLabel => ({
            id: site.id,
            anchor: mapLabelAnchor(site),
            avoid: mapColumnExtent(site),
            className: site.bill?.estimate && colouring === 'bill' ? 'map-label estimate' : 'map-label',
            onClick: () => onPick(site),
            title: `Fly to ${site.name}`,
            content: (
              <>
                <strong>{site.name}</strong> {(site.facilityMW / 1000).toFixed(site.facilityMW >= 10_000 ? 0 : 1)} GW
                {colouring === 'bill' ? <span className="map-label-bill">{billText(site)}</span> : null}
              </>
            ),
          }),
        ),
    [props.sites, onPick, colouring],
  );
  return (
    <div className="scene-canvas-wrap">
      <Canvas className="scene-canvas" frameloop="demand" dpr={[1, 2]} gl={{ preserveDrawingBuffer: true, antialias: true }} camera={{ fov: MAP_FOV_DEG, near: 5, far: 40_000, position: [...MAP_OVERVIEW.position] }} aria-label="Portfolio map">
        <color attach="background" args={['#dfe8f1']} />
        <MapContent sites={props.sites} colouring={colouring} onPick={onPick} />
        <CameraRig request={request} from={MAP_OVERVIEW} />
        <SceneBridge onHandle={props.onHandle} />
        <LabelProjector registry={registry} />
      </Canvas>
      <SceneLabels registry={registry} labels={labels} />
    </div>
  );
}
