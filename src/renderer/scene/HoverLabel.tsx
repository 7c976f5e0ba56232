import { useStore } from 'zustand';
import { describeTarget } from './describe';
import { dispatchAtHour } from './dispatch-at-hour';
import type { HoverTarget } from './hover';
import type { SceneLabel } from './labels';
import type { CampusLayout } from './layout-types';
import type { TimeStore } from './time-store';
import type { CampusSceneInput } from './types';

function anchor(target: HoverTarget, layout: CampusLayout): [number, number, number] {
  const pick = (b: { x: number; z: number; heightM: number } | undefined): [number, number, number] => (b ? [b.x, b.heightM + 8, b.z] : [0, 0, 0]);
  switch (target.kind) {
    case 'hall':
      return pick(layout.halls[target.index]);
    case 'cooling':
      return pick(layout.cooling[target.index]);
    case 'unit':
      return pick(layout.units[target.index]);
    case 'solar':
      return pick(layout.solarBlocks[target.index]);
    case 'battery':
      return pick(layout.containers[target.index]);
    case 'substation':
      return pick(layout.substation?.pad);
  }
}

/** The hovered object's text; re-renders when the hour changes, only while hovering. */
function HoverText(props: { target: HoverTarget; layout: CampusLayout; input: CampusSceneInput; store: TimeStore }) {
  const hour = useStore(props.store, (s) => s.hour);
  const dispatch = props.input.hourly ? dispatchAtHour(props.input.hourly, props.input.fleet, hour) : null;
  const [title, ...lines] = describeTarget(props.target, props.layout, props.input.fleet, dispatch);
  return (
    <div role="tooltip">
      <strong>{title}</strong>
      {lines.filter(Boolean).map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

/** The hover label: what the object is, its MW and its state at the scrubbed hour. */
export function hoverLabel(target: HoverTarget, layout: CampusLayout, input: CampusSceneInput, store: TimeStore): SceneLabel {
  return { id: `hover-${target.kind}-${target.index}`, anchor: anchor(target, layout), className: 'scene-label', content: <HoverText target={target} layout={layout} input={input} store={store} /> };
}
