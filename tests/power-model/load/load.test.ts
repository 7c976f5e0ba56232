import { describe, expect, it } from 'vitest';
import { buildLoad, type LoadSpec } from '../../../src/power-model/load/load';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import type { WeatherYear } from '../../../src/power-model/weather/types';
import { tmy3Text } from '../weather/weather-files';

function constantWeather(tempC: number): WeatherYear {
  return {
    source: { kind: 'synthetic', label: 'constant' },
    latitudeDeg: 32.47,
    longitudeDeg: -99.71,
    utcOffsetHours: -6,
    elevationM: 0,
    dryBulbC: new Float64Array(8760).fill(tempC),
    ghiWPerM2: new Float64Array(8760),
    dniWPerM2: new Float64Array(8760),
    dhiWPerM2: new Float64Array(8760),
  };
}

const flatGigawatt: LoadSpec = {
  phases: [{ name: 'campus', itMW: 1000, energizationYear: 2026 }],
  year: 2027,
  workload: 'training',
  averageUtilization: 0.9,
  pue: { designPue: 1.2, designTempC: 35, coolingType: 'liquid' },
};

describe('buildLoad', () => {
  it('makes a flat 1,000 MW training load at 0.9 utilization 7,884,000 MWh of IT energy a year', () => {
    // Weather held at the design temperature keeps PUE at 1.2 every hour.
    // IT: 1000 MW × 0.9 × 8760 h = 7,884,000 MWh; facility: × 1.2 = 9,460,800 MWh; peak 1080 MW.
    const load = buildLoad(flatGigawatt, constantWeather(35));
    expect(load.itEnergyMWh).toBeCloseTo(7_884_000, 3);
    expect(load.energyMWh).toBeCloseTo(9_460_800, 3);
    expect(load.peakFacilityMW).toBeCloseTo(1080, 9);
    expect(load.installedItMW).toBe(1000);
  });

  it('draws facility = IT × PUE every hour under real weather, with PUE following the temperature', () => {
    const weather = parseTmy3(tmy3Text('722660'));
    const load = buildLoad({ ...flatGigawatt, workload: 'inference', pue: { designPue: 1.3, designTempC: 35, coolingType: 'air' } }, weather);
    let hottest = 0;
    for (let h = 0; h < 8760; h++) {
      expect(load.facilityMW[h]).toBeCloseTo((load.itMW[h] ?? 0) * (load.pue[h] ?? 0), 9);
      if ((weather.dryBulbC[h] ?? 0) > (weather.dryBulbC[hottest] ?? 0)) hottest = h;
    }
    // Abilene's hottest TMY3 hour is 41.1 °C: PUE 1.3 + 0.01 × (41.1 − 35) = 1.361.
    expect(weather.dryBulbC[hottest]).toBe(41.1);
    expect(load.pue[hottest]).toBeCloseTo(1.361, 9);
  });

  it('adds a phase from the first hour of its energization month', () => {
    // Phase 2 (500 MW) from 1 July 2027: Jan–Jun = 181 days → hour 4344; it runs 8760 − 4344
    // = 4416 h. IT energy = 0.9 × (1000 × 8760 + 500 × 4416) = 0.9 × 10,968,000 = 9,871,200 MWh.
    const spec: LoadSpec = {
      ...flatGigawatt,
      phases: [
        { name: 'phase 1', itMW: 1000, energizationYear: 2026 },
        { name: 'phase 2', itMW: 500, energizationYear: 2027, energizationMonth: 7 },
        { name: 'phase 3', itMW: 800, energizationYear: 2028 },
      ],
    };
    const load = buildLoad(spec, constantWeather(35));
    expect(load.itMW[4343]).toBeCloseTo(900, 9);
    expect(load.itMW[4344]).toBeCloseTo(1350, 9);
    expect(load.itEnergyMWh).toBeCloseTo(9_871_200, 3);
    expect(load.installedItMW).toBe(1500);
  });

  it('uses a user-supplied hourly utilization as given', () => {
    const u = new Float64Array(8760).fill(0.5);
    const load = buildLoad({ ...flatGigawatt, workload: { hourlyUtilization: u } }, constantWeather(35));
    expect(load.itEnergyMWh).toBeCloseTo(1000 * 0.5 * 8760, 3); // 4,380,000 MWh
  });

  it('refuses bad input, naming the field', () => {
    expect(() => buildLoad({ ...flatGigawatt, pue: { designPue: 0.9, designTempC: 35, coolingType: 'air' } }, constantWeather(35))).toThrow(
      'pue.designPue must be between 1 and 3, got 0.9',
    );
    expect(() =>
      buildLoad({ ...flatGigawatt, phases: [{ name: 'A', itMW: 10, energizationYear: 2026, energizationMonth: 13 }] }, constantWeather(35)),
    ).toThrow('phases[0] ("A").energizationMonth must be 1..12, got 13');
  });
});
