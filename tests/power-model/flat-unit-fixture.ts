import type { SizingThermalTechnology } from '../../src/power-model/optimize/types';
import type { ThermalTechnology } from '../../src/power-model/thermal/technology';
import { AERO_CT } from './simulate-fixture';

/**
 * The hand-worked fuel tests' unit: 10 MW at a flat 10 MMBtu/MWh (10,000 Btu/kWh at every load),
 * so a MW-hour burns exactly 10 MMBtu and a gas day's MMBtu is 240 × MW. Gas at 4 USD/MMBtu,
 * 53.06 kg CO2/MMBtu (EPA's natural-gas factor, as data/technologies.json), no capital or O&M,
 * so a test's cost is fuel alone unless it says otherwise.
 */
export function flatSizingUnit(technologyId: string, overrides: Partial<SizingThermalTechnology> = {}): SizingThermalTechnology {
  return {
    technologyId,
    capexUSDPerKW: 0,
    fixedOMUSDPerKWYear: 0,
    variableOMUSDPerMWh: 0,
    heatRateBtuPerKWh: 10_000,
    fuelPriceUSDPerMMBtu: 4,
    co2KgPerMMBtu: 53.06,
    unitMW: 10,
    lifetimeYears: 30,
    ...overrides,
  };
}

/**
 * The same unit as the dispatch builds it: part load at the full-load heat rate, no minimum stable
 * load, no forced outage, no VOM. `base` gives the rest (default the aeroderivative CT).
 */
export function flatDispatchUnit(id: string, overrides: Partial<ThermalTechnology> = {}, base: ThermalTechnology = AERO_CT): ThermalTechnology {
  return { ...base, id, unitSizeMW: 10, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, minStableLoadFraction: 0, forcedOutageRate: 0, variableOMUSDPerMWh: 0, ...overrides };
}

/** AP-42 Table 3.1-1's factors used by these tests, lb/MMBtu: gas NOx 0.1 / CO 0.05; the distillate rows NOx 0.24 / CO 0.076. */
export const FLAT_UNIT_EMISSIONS = { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } };
