import type { SiteModel } from '../../src/power-model/site-model';
import type { ThermalTechnology } from '../../src/power-model/thermal/technology';
import { synthesizeWeather } from '../../src/power-model/weather/synthetic';
import type { WeatherYear } from '../../src/power-model/weather/types';

/** EIA AEO2026 Table 3 figures (data/technologies.json), with our operating-limit estimates. */
export const AERO_CT: ThermalTechnology = {
  id: 'gas-ct-aeroderivative',
  name: 'Aeroderivative CT',
  kind: 'gas-turbine',
  unitSizeMW: 34,
  heatRateBtuPerKWh: 9447,
  partLoadHeatRateBtuPerKWh: 9447 * 1.25,
  minStableLoadFraction: 0.4,
  forcedOutageRate: 0.05,
  variableOMUSDPerMWh: 5.97,
  fixedOMUSDPerKWYear: 9.99,
  capexUSDPerKW: 2275,
  leadTimeYears: 2,
  lifetimeYears: 30,
  co2KgPerMMBtu: 53.06,
};

export const RECIP: ThermalTechnology = {
  ...AERO_CT,
  id: 'gas-recip-engine',
  name: 'Reciprocating engine',
  kind: 'recip-engine',
  unitSizeMW: 10.3,
  heatRateBtuPerKWh: 8300,
  partLoadHeatRateBtuPerKWh: 8300 * 1.1,
  minStableLoadFraction: 0.3,
  forcedOutageRate: 0.03,
  variableOMUSDPerMWh: 7,
  fixedOMUSDPerKWYear: 15,
  capexUSDPerKW: 1500,
  leadTimeYears: 1.5,
};

/** West-Texas-like monthly normals (test input, roughly Abilene's): °C and kWh/m²/day. */
const MONTHLY = [
  [13, 0, 3.2], [16, 2, 4.0], [20, 6, 5.2], [25, 11, 6.2], [29, 16, 6.7], [33, 20, 7.2],
  [35, 22, 7.1], [34, 22, 6.5], [30, 18, 5.5], [25, 12, 4.5], [18, 5, 3.5], [13, 1, 3.0],
].map(([tMaxC = 0, tMinC = 0, ghiKWhPerM2Day = 0]) => ({ tMaxC, tMinC, ghiKWhPerM2Day }));

let weatherMemo: WeatherYear | undefined;
export function testWeather(): WeatherYear {
  weatherMemo ??= synthesizeWeather({ latitudeDeg: 32.5, longitudeDeg: -99.7, utcOffsetHours: -6, monthly: MONTHLY, seed: 7 });
  return weatherMemo;
}

/** A 1,000 MW-IT test campus in two phases with a grid that reaches full size in 2027. */
export function testSite(overrides: Partial<SiteModel> = {}): SiteModel {
  return {
    id: 'test-campus',
    name: 'Test campus',
    planningYear: 2025,
    phases: [
      { name: 'Phase 1', itMW: 400, energizationYear: 2026 },
      { name: 'Phase 2', itMW: 600, energizationYear: 2027 },
    ],
    load: { workload: 'training', pue: { designPue: 1.2, designTempC: 35, coolingType: 'liquid' } },
    grid: {
      poiSchedule: [
        { year: 2026, mw: 500 },
        { year: 2027, mw: 1300 },
      ],
      importAllowed: true,
      price: { kind: 'time-of-use', offPeakUSDPerMWh: 45, onPeakUSDPerMWh: 120, onPeakStartHour: 14, onPeakEndHour: 20 },
      demandChargeUSDPerKWMonth: 8,
      minimumDemandFraction: 0.8,
      capacityPriceUSDPerMWDay: 100,
      transmissionUpgradeUSD: 300e6,
      upgradePaidBy: 'shared',
      carbonKgPerMWh: 332.9,
    },
    thermalTechnologies: { [AERO_CT.id]: AERO_CT, [RECIP.id]: RECIP },
    solar: { capexUSDPerKW: 1484, fixedOMUSDPerKWYear: 23.6, leadTimeYears: 1.5, lifetimeYears: 30, dcAcRatio: 1.3 },
    battery: { capexUSDPerKW: 1521, durationHours: 4, fixedOMUSDPerKWYear: 41.84, roundTripEfficiency: 0.85, leadTimeYears: 1, lifetimeYears: 15 },
    gasPriceUSDPerMMBtu: 4.28,
    gasCo2KgPerMMBtu: 53.06,
    ...overrides,
  };
}
