import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { sumSeries } from '../../../src/power-model/dispatch/flows';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { dispatchMix } from '../../../src/power-model/optimize/mix-dispatch';
import type { SizedMix, SizingInput } from '../../../src/power-model/optimize/types';

const flat = (mw: number) => new Float64Array(HOURS_PER_YEAR).fill(mw);
const engine = { technologyId: 'engine', capexUSDPerKW: 1500, fixedOMUSDPerKWYear: 15, variableOMUSDPerMWh: 7, heatRateBtuPerKWh: 8000, fuelPriceUSDPerMMBtu: 4, co2KgPerMMBtu: 50, unitMW: 10, lifetimeYears: 25, forcedOutageRate: 0.1 };

describe('dispatchMix', () => {
  it('holds the CO2 cap with the mix fixed, leaving unserved what the cap forbids serving', async () => {
    const highs = await highsLoader();
    // 100 MW flat load, 100 MW of grid at 400 kg/MWh, cap 35,040 t = 87,600 MWh of grid energy
    // (10 MW on average); the other 788,400 MWh go unserved (the mix has nothing else).
    const input: SizingInput = {
      facilityLoadMW: flat(100),
      discountRate: 0.07,
      grid: { importLimitMW: 100, energyPriceUSDPerMWh: 50, capacityChargeUSDPerMWYear: 0, co2KgPerMWh: 400 },
      thermal: [],
      caps: { co2TonnesPerYear: 35_040 },
      timeResolution: { kind: 'fullYear' },
    };
    const mix: SizedMix = { gridImportMW: 100, thermal: [], solarMWac: 0, batteryMW: 0, batteryMWh: 0 };
    const d = dispatchMix(highs, input, mix);
    expect(d.status).toBe('optimal');
    expect(sumSeries(d.schedule!.gridImportMW)).toBeCloseTo(87_600, 3);
    expect(d.annual!.co2Tonnes).toBeCloseTo(35_040, 3);
    expect(d.annual!.unservedEnergyMWh).toBeCloseTo(788_400, 3);
    // The rounded mix's cost leaves the unserved penalty out: grid energy only, 87,600 × 50 USD.
    expect(d.costUSDPerYear).toBeCloseTo(4_380_000, 0);
  });

  it('counts thermal capacity as the engine does, units × size × (1 − forced-outage rate)', async () => {
    const highs = await highsLoader();
    // One 10 MW engine at FOR 0.1 = 9 MW available against a 9.5 MW load: 0.5 MW short every hour.
    const input: SizingInput = { facilityLoadMW: flat(9.5), discountRate: 0.07, thermal: [engine], timeResolution: { kind: 'fullYear' } };
    const mix: SizedMix = { gridImportMW: 0, thermal: [{ technologyId: 'engine', units: 1, unitMW: 10, capacityMW: 10, lpCapacityMW: 9.5 }], solarMWac: 0, batteryMW: 0, batteryMWh: 0 };
    const d = dispatchMix(highs, input, mix);
    expect(sumSeries(d.schedule!.thermalMWByTechnology.engine!)).toBeCloseTo(9 * 8760, 3);
    expect(d.worstUnservedMW).toBeCloseTo(0.5, 6);
  });
});
