import { capitalRecoveryFactor } from '../capital-recovery';
import type { LpBuilder } from '../lp-builder';
import type { SizingInput } from '../types';
import { distillateUSDPerMWYear } from './distillate';
import { gasStorageUSDPerMWYear } from './gas-storage';

export type FixedCapacity = { gridMW: number; thermalMW: readonly number[]; solarMWac: number; batteryMW: number; batteryMWh: number };

/** Capacity-side annual cost of each capacity column, USD/yr per MW (or per MWh). */
export type AnnualCapacityCost = {
  gridPerMW: number;
  thermalPerMW: number[];
  /** The scenario's distillate tank and liquid-fuel kit per MW of each technology (0 where none; families/distillate.ts), on X_t besides thermalPerMW. */
  dualFuelPerMW?: number[];
  /** The scenario's backup-gas tank and system per MW of each technology (0 where none; families/gas-storage.ts), on X_t besides thermalPerMW. */
  gasStoragePerMW?: number[];
  solarPerMWac: number;
  batteryPerMW: number;
  batteryPerMWh: number;
};

/** Column index of each capacity (−1 where the site has none). */
export type CapacityColumns = {
  gridMW: number;
  thermalMW: number[];
  solarMWac: number;
  batteryMW: number;
  batteryMWh: number;
  /** The grid draw at the utility's coincident-peak hours, when a bill relation needs it. */
  coincidentPeakMW: number;
  annualCost: AnnualCapacityCost;
};

/**
 * The design's columns, each costed per year: grid G at its capacity charge (≤ the import limit),
 * thermal X_t, solar S, battery power B and energy E at capex × CRF(discount rate, lifetime) +
 * fixed O&M (× 1000: per kW to per MW), thermal with the scenario's distillate tank and kit where it
 * stores distillate (families/distillate.ts) and its backup-gas tank where it stores gas
 * (families/gas-storage.ts). `fixed`: each held at a value (the dispatch LP of a
 * chosen mix). `cost` zeroes every cost in the elastic (infeasibility) version.
 */
export function addCapacityColumns(builder: LpBuilder, input: SizingInput, cost: (usd: number) => number, fixed: FixedCapacity | undefined): CapacityColumns {
  const column = (costPerUnit: number, upper: number, fixedValue: number | undefined): number =>
    fixedValue === undefined ? builder.addColumn(cost(costPerUnit), 0, upper) : builder.addColumn(cost(costPerUnit), fixedValue, fixedValue);
  const grid = input.grid;
  const gridPerMW = grid?.capacityChargeUSDPerMWYear ?? 0;
  // A flexible-only connection (firm offer 0) still draws on the grid: G is then held at 0 by its bound.
  const gridMW = grid !== undefined && (grid.importLimitMW > 0 || (grid.flexible?.maxMW ?? 0) > 0) ? column(gridPerMW, grid.importLimitMW, fixed?.gridMW) : -1;
  const thermalPerMW = input.thermal.map((t) => 1000 * (t.capexUSDPerKW * capitalRecoveryFactor(input.discountRate, t.lifetimeYears) + t.fixedOMUSDPerKWYear));
  const dualFuelPerMW = input.thermal.map((t) => distillateUSDPerMWYear(input, t));
  const gasStoragePerMW = input.thermal.map((t) => gasStorageUSDPerMWYear(input, t));
  const thermalMW = input.thermal.map((t, k) => column((thermalPerMW[k] ?? 0) + (dualFuelPerMW[k] ?? 0) + (gasStoragePerMW[k] ?? 0), t.maxMW ?? Infinity, fixed?.thermalMW[k]));
  const solar = input.solar;
  const solarPerMWac = solar === undefined ? 0 : 1000 * (solar.capexUSDPerKWac * capitalRecoveryFactor(input.discountRate, solar.lifetimeYears) + solar.fixedOMUSDPerKWacYear);
  const solarMWac = solar === undefined ? -1 : column(solarPerMWac, solar.maxMWac ?? Infinity, fixed?.solarMWac);
  const battery = input.battery;
  const batteryCrf = battery === undefined ? 0 : capitalRecoveryFactor(input.discountRate, battery.lifetimeYears);
  const batteryPerMW = battery === undefined ? 0 : 1000 * (battery.powerCapexUSDPerKW * batteryCrf + battery.fixedOMUSDPerKWYear);
  const batteryPerMWh = battery === undefined ? 0 : 1000 * battery.energyCapexUSDPerKWh * batteryCrf;
  const batteryMW = battery === undefined ? -1 : column(batteryPerMW, battery.maxMW ?? Infinity, fixed?.batteryMW);
  const batteryMWh = battery === undefined ? -1 : column(batteryPerMWh, battery.maxMWh ?? Infinity, fixed?.batteryMWh);
  const coincidentPeakMW = gridMW >= 0 && input.residentialBill?.coincidentPeakHours !== undefined ? builder.addColumn(0) : -1;
  return { gridMW, thermalMW, solarMWac, batteryMW, batteryMWh, coincidentPeakMW, annualCost: { gridPerMW, thermalPerMW, dualFuelPerMW, gasStoragePerMW, solarPerMWac, batteryPerMW, batteryPerMWh } };
}
