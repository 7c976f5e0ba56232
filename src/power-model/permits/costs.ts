import type { ThermalBlockTotals } from '../dispatch/types';
import { sheetKey, type EconomicsAsset } from '../economics/sheet';
import { FUEL_STORAGE_COST_ESTIMATE, fleetNameplateMW, storageCapexUSD } from '../fuel/storage';
import { DUAL_FUEL_LIFETIME_YEARS, dualFuelCapexUSD, dualFuelMW, type DistillateFuel } from '../fuel/distillate';
import type { ThermalBlockSpec } from '../thermal/fleet';

/**
 * The economics-sheet assets that permits and fuel add: an SCR per thermal block whose technology
 * takes one when `scr` is chosen (capex and fixed O&M on the block's MW, variable O&M on its
 * MWh, over the block's life; data/technologies.json `emissions.scr`, estimates), and the backup
 * fuel system when `storageMMBtu` > 0 (fuel/storage.ts, estimates) as one asset on the fleet's MW.
 * Distillate (dual fuel, `distillate` with a tank > 0): its tanks and the dual-fuel kit on the MW
 * that can burn it (fuel/distillate.ts, estimates). None of these: no asset, the sheet is as before.
 */
export function permitFuelAssets(fleet: readonly ThermalBlockSpec[], blocks: readonly ThermalBlockTotals[], scr: boolean, storageMMBtu: number, distillate?: { tankMMBtu: number; fuel: DistillateFuel }): EconomicsAsset[] {
  const assets: EconomicsAsset[] = [];
  if (scr) {
    for (const spec of fleet) {
      const option = spec.technology.emissions?.scr;
      if (option === undefined || spec.units <= 0) continue;
      const energyMWh = blocks.filter((b) => b.technologyId === spec.technology.id).reduce((s, b) => s + b.energyMWh, 0);
      assets.push({
        key: `${sheetKey(spec.technology.id)}Scr`,
        label: `SCR on ${spec.technology.name}`,
        capacityMW: spec.units * spec.technology.unitSizeMW,
        capexUSDPerKW: option.capexUSDPerKW,
        fixedOMUSDPerKWYear: option.fixedOMUSDPerKWYear,
        variableOMUSDPerMWh: option.variableOMUSDPerMWh,
        lifetimeYears: spec.technology.lifetimeYears,
        energyMWh,
        source: 'estimate: data/technologies.json emissions.scr (see its note)',
        estimate: true,
      });
    }
  }
  const fleetMW = fleetNameplateMW(fleet);
  if (storageMMBtu > 0 && fleetMW > 0) {
    assets.push({
      key: 'fuelStorage',
      label: `On-site backup fuel (${Math.round(storageMMBtu).toLocaleString('en-US')} MMBtu, dual fuel)`,
      capacityMW: fleetMW,
      capexUSDPerKW: storageCapexUSD(storageMMBtu, fleetMW) / (fleetMW * 1000),
      fixedOMUSDPerKWYear: 0,
      variableOMUSDPerMWh: 0,
      lifetimeYears: FUEL_STORAGE_COST_ESTIMATE.lifetimeYears,
      energyMWh: 0,
      source: FUEL_STORAGE_COST_ESTIMATE.note,
      estimate: true,
    });
  }
  const dualMW = dualFuelMW(fleet);
  if (distillate !== undefined && distillate.tankMMBtu > 0 && dualMW > 0) {
    const f = distillate.fuel;
    assets.push({
      key: 'dualFuel',
      label: `Dual fuel: distillate tanks (${Math.round(distillate.tankMMBtu).toLocaleString('en-US')} MMBtu) and liquid-fuel kits`,
      capacityMW: dualMW,
      capexUSDPerKW: dualFuelCapexUSD(f, distillate.tankMMBtu, dualMW) / (dualMW * 1000),
      fixedOMUSDPerKWYear: 0,
      variableOMUSDPerMWh: 0,
      lifetimeYears: DUAL_FUEL_LIFETIME_YEARS,
      energyMWh: 0,
      source: `tanks ${f.tankUSDPerMMBtu} USD/MMBtu (${f.sources.tankUSDPerMMBtu}); kit ${f.dualFuelUSDPerKW} USD/kW (${f.sources.dualFuelUSDPerKW})`,
      estimate: true,
    });
  }
  return assets;
}
