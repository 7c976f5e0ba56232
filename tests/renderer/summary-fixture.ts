import type { PermitReport } from '../../src/power-model/permits/report';
import { servedBasis } from '../../src/power-model/basis/served';
import type { SimulationSummary } from '../../src/power-model/simulate';

/**
 * A complete summary with round numbers, for tests of how the UI reads and shows one. The
 * defaults follow the Abilene × hybrid run (stargrid simulate --site abilene --scenario hybrid),
 * rounded; each test overrides what it checks.
 */
export function summaryFixture(overrides: Partial<SimulationSummary> = {}): SimulationSummary {
  const base = {
    siteId: 'abilene',
    scenarioId: 'hybrid',
    strategy: 'economic',
    year: 2028,
    designYear: 2028,
    lateAssets: [],
    weatherSource: { kind: 'tmy3', label: 'TMY3 722660' },
    installedItMW: 1000,
    facilityPeakMW: 1100,
    energyMWh: 9_000_000,
    gridEnergyMWh: 2_500_000,
    solarEnergyMWh: 2_700_000,
    solarCurtailedMWh: 3000,
    thermalEnergyMWh: 3_800_000,
    batteryDischargeMWh: 300_000,
    unservedEnergyMWh: 0,
    unservedHours: 0,
    fuelMMBtu: 36_700_000,
    co2Tonnes: 2_800_000,
    co2IntensityKgPerMWh: 310,
    gridPeakMW: 520,
    gridImportLimitMW: 1200,
    solarMWac: 1100,
    batteryPowerMW: 275,
    batteryEnergyMWh: 1100,
    thermal: [],
    capexUSD: 3_350_000_000,
    annualCostUSD: 660_000_000,
    annualCostLinesUSDPerYear: { annualizedCapexUSDPerYear: 270e6, fixedOMUSDPerYear: 43e6, variableOMUSDPerYear: 23e6, fuelUSDPerYear: 157e6, gridEnergyUSDPerYear: 167e6, demandChargeUSDPerYear: 0, capacityUSDPerYear: 0, transmissionUSDPerYear: 0, standbyUSDPerYear: 0 },
    gridCharges: [],
    coincidentPeakSource: '4CP hours of ERCO load of 2019 on the 2028 calendar',
    gridPriceSource: 'site tariff',
    npvUSD: 8.2e9,
    timeToPower: [
      { year: 2025, demandMW: 200, availableMW: 200, shortfallMW: 0 },
      { year: 2026, demandMW: 1200, availableMW: 1200, shortfallMW: 0 },
    ],
    firstYearFullyMet: 2025,
    // Abilene's TMY3 year: the 35th-hottest hour; the site file's elevation.
    designDryBulbC: 36.7,
    elevationM: 530,
    // No permit budget, no gas limit: the budgets list only what the fuel emitted.
    permits: {
      scr: false,
      order: 'chronological',
      closedHours: 0,
      budgets: [
        { budget: 'hoursPerUnit', unit: 'h/unit', limit: null, used: null, bindingHours: 0, firstBindingHour: null },
        { budget: 'noxTonsPerYear', unit: 'short tons/yr', limit: null, used: 0, bindingHours: 0, firstBindingHour: null },
        { budget: 'coTonsPerYear', unit: 'short tons/yr', limit: null, used: 0, bindingHours: 0, firstBindingHour: null },
        { budget: 'co2TonnesPerYear', unit: 't/yr', limit: null, used: 0, bindingHours: 0, firstBindingHour: null },
      ],
    } satisfies PermitReport,
    gasSupply: null,
    flexibleConnection: null,
    ...overrides,
  };
  // The served basis follows the (overridden) energies, as the engine makes it; explicit overrides win.
  const basis = servedBasis({ loadEnergyMWh: base.energyMWh, unservedEnergyMWh: base.unservedEnergyMWh ?? 0, unservedHours: base.unservedHours ?? 0, annualCostUSD: base.annualCostUSD, vollUSDPerMWh: 35_685 });
  return { ...base, ...basis, lcoeUSDPerMWh: 73.3, ...overrides };
}
