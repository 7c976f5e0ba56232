import type { HourDispatch } from './dispatch-at-hour';
import type { HoverTarget } from './hover';
import type { CampusLayout } from './layout-types';
import type { SceneFleet } from './types';

const mw = (v: number) => (Math.abs(v) >= 1000 ? `${(v / 1000).toFixed(2)} GW` : `${v.toFixed(v >= 100 ? 0 : 1)} MW`);
const STATUS: Record<string, string> = { operating: 'operating', 'under-construction': 'under construction', planned: 'planned' };

/**
 * The hover label of one object: what it is, its size, and its state at the scrubbed hour
 * (`dispatch` null when the scenario has no hourly data yet). Returns [title, ...lines].
 */
export function describeTarget(target: HoverTarget, layout: CampusLayout, fleet: SceneFleet, dispatch: HourDispatch | null): string[] {
  switch (target.kind) {
    case 'hall': {
      const h = layout.halls[target.index];
      if (!h) return ['Data hall'];
      const state = dispatch ? (dispatch.unservedMW > 1e-6 ? `short of power: ${mw(dispatch.unservedMW)} unserved campus-wide` : 'fully served this hour') : STATUS[h.status] ?? h.status;
      return [`${h.phaseName} · building ${h.hallInPhase} of ${h.hallsInPhase}`, `${mw(h.itMW)} IT · ${mw(h.facilityMW)} facility at design PUE`, `${STATUS[h.status] ?? h.status}, energized ${h.energizationYear}`, state];
    }
    case 'cooling': {
      const h = layout.halls[target.index];
      return ['Cooling yard', h ? `rejects the heat of ${mw(h.itMW)} IT` : ''];
    }
    case 'unit': {
      const u = layout.units[target.index];
      if (!u) return ['Generating unit'];
      const running = dispatch ? (dispatch.runningUnits[u.blockIndex] ?? 0) : null;
      const block = fleet.thermal[u.blockIndex];
      const state = running === null ? 'no dispatch yet' : u.unitInBlock <= running ? 'running this hour' : 'idle this hour';
      return [`${u.name} · unit ${u.unitInBlock} of ${block?.units ?? '?'}`, `${mw(u.unitMW)}`, state];
    }
    case 'solar': {
      const b = layout.solarBlocks[target.index];
      const output = dispatch ? `field output ${mw(dispatch.solarToLoadMW + dispatch.solarToBatteryMW)} of ${mw(fleet.solarMWac)} AC` : 'no dispatch yet';
      return ['Solar inverter block (single-axis tracking)', b ? `${mw(b.mwac)} AC` : '', output];
    }
    case 'battery': {
      const soc = dispatch ? `state of charge ${(dispatch.batterySocFraction * 100).toFixed(0)}% · discharging ${mw(dispatch.batteryToLoadMW)}` : 'no dispatch yet';
      return ['Battery container', `${layout.containers.length} containers · ${mw(fleet.batteryPowerMW)} / ${(fleet.batteryEnergyMWh / 1000).toFixed(2)} GWh`, soc];
    }
    case 'substation': {
      const s = layout.substation;
      const kv = s?.voltageKV !== undefined ? `${s.voltageKV} kV` : 'voltage not published';
      const flow = dispatch ? `importing ${mw(dispatch.gridToLoadMW + dispatch.gridToBatteryMW)}` : 'no dispatch yet';
      return ['Substation and transmission', `${kv} · import limit ${mw(fleet.gridImportLimitMW)}`, flow];
    }
  }
}
