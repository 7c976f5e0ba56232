import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteSchema, type Site } from '../../../src/api/schemas/site';
import type { SceneFleet, SceneHourly } from '../../../src/renderer/scene/types';

const root = join(import.meta.dirname, '..', '..', '..');

/** A bundled site file, validated the way the app validates it. */
export function bundledSite(id: string): Site {
  return SiteSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'sites', `${id}.json`), 'utf8')));
}

/** A site built in the test: one phase per entry, `[MW, basis, status]`. */
export function siteWith(phases: [number, 'IT' | 'facility', 'operating' | 'under-construction' | 'planned' | 'cancelled'][], extra: { landAcres?: number; pue?: number } = {}): Site {
  const base = bundledSite('abilene');
  return {
    ...base,
    design: { ...base.design, pue: { ...base.design.pue, value: extra.pue ?? 1.2 }, ...(extra.landAcres === undefined ? { landAcres: undefined } : { landAcres: { value: extra.landAcres, unit: 'acres', source: 'test' } }) },
    phases: phases.map(([mw, basis, status], i) => ({ name: `Phase ${i + 1}`, energizationYear: 2025 + i, mw: { value: mw, unit: 'MW', source: 'test' }, basis, status })),
  };
}

export function fleetWith(parts: Partial<SceneFleet> = {}): SceneFleet {
  return { thermal: [], solarMWac: 0, batteryPowerMW: 0, batteryEnergyMWh: 0, gridImportLimitMW: 0, ...parts };
}

export const TEN_TURBINES: SceneFleet['thermal'] = [{ technologyId: 'gas-ct-aeroderivative', name: 'Aeroderivative gas turbine', kind: 'gas-turbine', units: 10, unitMW: 34, capacityMW: 340 }];

/** 8760 hours of zeros with the given hours overridden: `{ thermalToLoadMW: { 5: 100 } }`. */
export function hourlyWith(values: Partial<Record<keyof SceneHourly, Record<number, number>>>): SceneHourly {
  const make = (name: keyof SceneHourly) => {
    const a = new Float64Array(8760);
    for (const [h, v] of Object.entries(values[name] ?? {})) a[Number(h)] = v;
    return a;
  };
  return {
    facilityMW: make('facilityMW'),
    solarAvailableMW: make('solarAvailableMW'),
    gridToLoadMW: make('gridToLoadMW'),
    gridToBatteryMW: make('gridToBatteryMW'),
    solarToLoadMW: make('solarToLoadMW'),
    solarToBatteryMW: make('solarToBatteryMW'),
    thermalToLoadMW: make('thermalToLoadMW'),
    batteryToLoadMW: make('batteryToLoadMW'),
    batterySocMWh: make('batterySocMWh'),
    unservedMW: make('unservedMW'),
  };
}
