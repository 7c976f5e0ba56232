import type { SimulateResponse } from '../../api/schemas/model';
import type { Scenario } from '../../api/schemas/scenario';
import type { DispatchStrategy } from '../../power-model/scenarios/types';
import { DEFAULT_WORKLOAD_CURTAILMENT } from '../../power-model/grid/flexible';

export const STRATEGIES = ['grid-first', 'btm-first', 'economic', 'peak-shave'] as const satisfies readonly DispatchStrategy[];

/** The supply figures the Site view lets a planner change, as typed (strings keep half-typed numbers). */
export type SupplyDraft = { gasMW: string; solarMWac: string; batteryMW: string; batteryMWh: string; gridLimitMW: string; flexibleMW: string; curtailCostUSDPerMWh: string; strategy: DispatchStrategy };
export type SupplyField = Exclude<keyof SupplyDraft, 'strategy'>;
export const SUPPLY_FIELDS: { key: SupplyField; label: string; unit: string }[] = [
  { key: 'gasMW', label: 'BTM gas capacity', unit: 'MW' },
  { key: 'solarMWac', label: 'Solar', unit: 'MWac' },
  { key: 'batteryMW', label: 'Battery power', unit: 'MW' },
  { key: 'batteryMWh', label: 'Battery energy', unit: 'MWh' },
  { key: 'gridLimitMW', label: 'Firm grid import', unit: 'MW' },
  { key: 'flexibleMW', label: 'Flexible grid import', unit: 'MW' },
  { key: 'curtailCostUSDPerMWh', label: 'Workload curtailment cost', unit: 'USD/MWh' },
];

const round = (v: number) => String(Math.round(v * 10) / 10);

/** The draft that describes what a simulation actually built (the fleet as sized by the engine). */
export function draftFromResult(result: SimulateResponse): SupplyDraft {
  return {
    gasMW: round(result.fleet.thermal.reduce((s, t) => s + t.capacityMW, 0)),
    solarMWac: round(result.fleet.solarMWac),
    batteryMW: round(result.fleet.batteryPowerMW),
    batteryMWh: round(result.fleet.batteryEnergyMWh),
    gridLimitMW: round(result.fleet.gridImportLimitMW),
    flexibleMW: round(result.summary.flexibleConnection?.flexibleMW ?? 0),
    curtailCostUSDPerMWh: round(result.summary.flexibleConnection?.workloadCurtailmentUSDPerMWh ?? DEFAULT_WORKLOAD_CURTAILMENT.valueUSDPerMWh),
    strategy: STRATEGIES.find((s) => s === result.summary.strategy) ?? 'economic',
  };
}

/** Numbers from the draft for the fields the planner changed; an error per field that is not a number ≥ 0. */
export function parseSupply(draft: SupplyDraft, changed: ReadonlySet<SupplyField>): { values: Partial<Record<SupplyField, number>>; errors: Partial<Record<SupplyField, string>> } {
  const values: Partial<Record<SupplyField, number>> = {};
  const errors: Partial<Record<SupplyField, string>> = {};
  for (const field of changed) {
    const text = draft[field].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) errors[field] = 'must be a number';
    else if (value < 0) errors[field] = 'must be ≥ 0';
    else values[field] = value;
  }
  return { values, errors };
}

/**
 * The scenario a planner's edits make: `from` (the scenario they started from) with the changed
 * sizes set as absolute figures. Gas becomes one block of the first thermal technology of `from`
 * (aeroderivative turbines if it had none) at the typed MW; 0 MW removes the gas. Battery power
 * and energy given together replace the relative sizing of the base.
 */
export function editedScenario(from: Scenario, values: Partial<Record<SupplyField, number>>, strategy: DispatchStrategy, meta: { id: string; name: string }): Scenario {
  const btm = { ...from.btm };
  if (values.gasMW !== undefined) {
    const technology = from.btm?.thermal?.[0]?.technology ?? 'gas-ct-aeroderivative';
    btm.thermal = values.gasMW > 0 ? [{ technology, capacityMW: values.gasMW }] : [];
  }
  if (values.solarMWac !== undefined) {
    delete btm.solarPeakMultiple;
    btm.solarMWac = values.solarMWac;
  }
  if (values.batteryMW !== undefined || values.batteryMWh !== undefined) {
    const battery = { ...btm.battery };
    if (values.batteryMW !== undefined) {
      delete battery.powerPeakMultiple;
      battery.powerMW = values.batteryMW;
    }
    if (values.batteryMWh !== undefined) {
      delete battery.durationHours;
      battery.energyMWh = values.batteryMWh;
    }
    btm.battery = battery;
  }
  const grid = {
    ...from.grid,
    ...(values.gridLimitMW !== undefined ? { importLimitMW: values.gridLimitMW } : {}),
    ...(values.flexibleMW !== undefined ? { flexibleMW: values.flexibleMW } : {}),
    ...(values.curtailCostUSDPerMWh !== undefined ? { workloadCurtailmentUSDPerMWh: values.curtailCostUSDPerMWh } : {}),
  };
  return { ...from, id: meta.id, name: meta.name, strategy, grid, btm };
}
