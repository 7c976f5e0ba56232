import { useStore } from 'zustand';
import type { CampusLayout } from './layout-types';
import type { SceneLabel } from './labels';
import type { TimeStore } from './time-store';
import type { SceneHourly } from './types';

const mw = (v: number) => (Math.abs(v) >= 1000 ? `${(v / 1000).toFixed(2)} GW` : `${Math.round(v)} MW`);

/** Text of the grid tag; re-renders when the hour changes (outside the frame loop). */
function GridTagText(props: { voltageKV: number | undefined; limitMW: number; hourly: SceneHourly | null; store: TimeStore }) {
  const hour = useStore(props.store, (s) => s.hour);
  const importMW = props.hourly ? (props.hourly.gridToLoadMW[hour] ?? 0) + (props.hourly.gridToBatteryMW[hour] ?? 0) : null;
  return (
    <>
      <strong>Grid</strong> {props.voltageKV !== undefined ? `${props.voltageKV} kV` : 'kV not published'} · limit {mw(props.limitMW)}
      {importMW !== null ? ` · importing ${mw(importMW)}` : ''}
    </>
  );
}

/**
 * A standing label where the lines leave the picture: voltage, import limit and the import at
 * the scrubbed hour. Null when the scenario has no grid.
 */
export function gridTagLabel(layout: CampusLayout, hourly: SceneHourly | null, store: TimeStore): SceneLabel | null {
  const s = layout.substation;
  const circuit = layout.circuits[0];
  const end = circuit?.towers[0];
  if (!s || !circuit || !end) return null;
  return {
    id: 'grid-tag',
    anchor: [end.x, circuit.towerHeightM + 10, end.z],
    className: 'map-label grid-tag',
    content: <GridTagText voltageKV={s.voltageKV} limitMW={s.limitMW} hourly={hourly} store={store} />,
  };
}
