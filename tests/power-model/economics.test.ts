import { describe, expect, it } from 'vitest';
import { ANNUAL_COST_LINES, buildEconomicsSheet, sheetKey, type EconomicsInput } from '../../src/power-model/economics/sheet';
import { evaluateSheet } from '../../src/power-model/sheets/evaluate';

const input: EconomicsInput = {
  assets: [{ key: 'gasCtFrame', label: 'Frame CT', capacityMW: 1000, capexUSDPerKW: 1158, fixedOmUSDPerKWYear: 7.18, variableOmUSDPerMWh: 4.17, energyMWh: 1_000_000 }],
  servedEnergyMWh: 7_884_000,
  fuelMMBtu: 9_142_000,
  gridEnergyMWh: 6_884_000,
  gridEnergyCostUSD: 344_200_000,
  billedDemandAvgMW: 900,
  coincidentPeakMW: 850,
  gridCarbonKgPerMWh: 400,
  demandChargeUSDPerKWMonth: 10,
  capacityPriceUSDPerMWDay: 100,
  transmissionUpgradeUSD: 200e6,
  transmissionShareLoad: 0.5,
  gasPriceUSDPerMMBtu: 3,
  gasCo2KgPerMMBtu: 53.06,
};

describe('economics sheet', () => {
  const result = evaluateSheet(buildEconomicsSheet(input));
  const v = (name: string) => result.values[name] ?? Number.NaN;

  it('annualizes capex with the capital recovery factor of 7% over 30 years (0.0806)', () => {
    // capex = 1,000 MW × 1,158 USD/kW + 0.5 × 200 MUSD = 1,258 MUSD; × 0.080586 = 101.377 MUSD/yr.
    expect(v('crf')).toBeCloseTo(0.080586, 5);
    expect(v('capexUSD')).toBeCloseTo(1.258e9, 0);
    expect(v('annualizedCapexUSDPerYr')).toBeCloseTo(1.258e9 * 0.0805864, -3);
  });

  it('prices fuel, O&M, grid energy, demand and capacity from their quantities', () => {
    // fuel 9,142,000 MMBtu × 3 = 27.426 MUSD; FOM 1,000,000 kW × 7.18 = 7.18 MUSD; VOM 1 TWh × 4.17 = 4.17 MUSD;
    // demand 900,000 kW × 10 × 12 = 108 MUSD; capacity 850 MW × 100 × 365 = 31.025 MUSD.
    expect(v('fuelUSDPerYr')).toBeCloseTo(27_426_000, 2);
    expect(v('fixedOmUSDPerYr')).toBeCloseTo(7_180_000, 2);
    expect(v('variableOmUSDPerYr')).toBeCloseTo(4_170_000, 2);
    expect(v('demandChargeUSDPerYr')).toBeCloseTo(108_000_000, 1);
    expect(v('capacityUSDPerYr')).toBeCloseTo(31_025_000, 1);
  });

  it('adds the cost lines to the total and divides by energy served for the LCOE', () => {
    const lines = ANNUAL_COST_LINES.reduce((sum, name) => sum + v(name), 0);
    expect(lines).toBeCloseTo(v('annualCostUSDPerYr'), 3);
    expect(v('lcoeUSDPerMWh')).toBeCloseTo(v('annualCostUSDPerYr') / 7_884_000, 9);
  });

  it('discounts escalating operating cost as a growing annuity in the NPV', () => {
    // opex × (1 − (1.02/1.07)^20) / (0.07 − 0.02): (1.02/1.07)^20 = 0.383997 → factor 12.320059.
    expect(v('npvUSD')).toBeCloseTo(v('capexUSD') + v('operatingUSDPerYr') * 12.320059, -3);
  });

  it('computes CO2 from fuel at 53.06 kg/MMBtu and grid energy at its rate', () => {
    // 9,142,000 × 53.06 / 1000 = 485,074.52 t; 6,884,000 × 400 / 1000 = 2,753,600 t.
    expect(v('co2TonnesPerYr')).toBeCloseTo(485_074.52 + 2_753_600, 2);
  });

  it('traces the LCOE to its formula and inputs', () => {
    expect(result.trace.lcoeUSDPerMWh?.dependsOn).toEqual(['servedEnergyMWhPerYr', 'annualCostUSDPerYr']);
    expect(result.trace.gasCtFrameCapexUSDPerKW).toMatchObject({ kind: 'input', value: 1158 });
  });

  it('turns technology ids into sheet-name prefixes', () => {
    expect(sheetKey('gas-ct-aeroderivative')).toBe('gasCtAeroderivative');
    expect(sheetKey('battery-4h')).toBe('battery4h');
  });
});
