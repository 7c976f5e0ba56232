import { useStore } from 'zustand';
import { dispatchAtHour, hourLabel } from './dispatch-at-hour';
import type { TimeStore } from './time-store';
import type { SceneFleet, SceneHourly } from './types';

const mw = (v: number) => (Math.abs(v) >= 1000 ? `${(v / 1000).toFixed(2)} GW` : `${Math.round(v)} MW`);

/** The dispatch at the scrubbed hour, in the same numbers that animate the scene. */
export function DispatchReadout(props: { store: TimeStore; fleet: SceneFleet; hourly: SceneHourly | null }) {
  const hour = useStore(props.store, (s) => s.hour);
  if (!props.hourly) return <div className="scene-readout">No hourly dispatch for this scenario yet.</div>;
  const d = dispatchAtHour(props.hourly, props.fleet, hour);
  const units = props.fleet.thermal.reduce((s, b) => s + b.units, 0);
  const running = d.runningUnits.reduce((s, n) => s + n, 0);
  const rows: [string, string, string][] = [
    ['load', 'Campus load', mw(d.facilityMW)],
    ['grid', 'Grid', props.fleet.gridImportLimitMW > 0 ? `${mw(d.gridToLoadMW + d.gridToBatteryMW)} of ${mw(props.fleet.gridImportLimitMW)}${d.gridCurtailed ? ' · flexible part curtailed' : ''}` : 'not connected'],
  ];
  if (units > 0) rows.push(['gas', 'Gas', `${mw(d.thermalToLoadMW)} · ${running} of ${units} units`]);
  if (props.fleet.solarMWac > 0) rows.push(['solar', 'Solar', `${mw(d.solarToLoadMW + d.solarToBatteryMW)} of ${mw(props.fleet.solarMWac)}`]);
  if (props.fleet.batteryEnergyMWh > 0) {
    const net = d.batteryToLoadMW - d.gridToBatteryMW - d.solarToBatteryMW;
    rows.push(['battery', 'Battery', `${net >= 0 ? 'out' : 'in'} ${mw(Math.abs(net))} · ${Math.round(d.batterySocFraction * 100)}% full`]);
  }
  return (
    <div className="scene-readout" aria-live="polite" aria-label="Dispatch at this hour">
      <div className="readout-time">{hourLabel(hour)}</div>
      <dl>
        {rows.map(([key, label, value]) => (
          <div key={key} className={`readout-row readout-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {d.gridCurtailed ? (
        <div className="readout-note" role="status">
          The host system needs this hour: the flexible grid connection is cut to its firm part, and the campus runs on its own supply{d.unservedMW > 1e-6 ? ' and curtails its workload' : ''}.
        </div>
      ) : null}
      {d.unservedMW > 1e-6 ? (
        <div className="readout-warning" role="alert">
          {d.gridCurtailed ? `Workload curtailed ${mw(d.unservedMW)}` : `Unserved load ${mw(d.unservedMW)}`}
        </div>
      ) : null}
    </div>
  );
}
