import { describe, expect, it } from 'vitest';
import { ANNUAL_COST_LINES, buildEconomicsSheet, sheetKey, type EconomicsInput } from '../../src/power-model/economics/sheet';
import { evaluateSheet } from '../../src/power-model/sheets/evaluate';

const input: EconomicsInput = {
  assets: [
    { key: 'gasCtFrame', label: 'Frame CT', capacityMW: 1000, capexUSDPerKW: 1158, fixedOMUSDPerKWYear: 7.18, variableOMUSDPerMWh: 4.17, lifetimeYears: 30, energyMWh: 1_000_000 },
    { key: 'battery', label: 'Battery', capacityMW: 100, capexUSDPerKW: 1521, fixedOMUSDPerKWYear: 0, variableOMUSDPerMWh: 0, lifetimeYears: 15, energyMWh: 0 },
  ],
  loadEnergyMWh: 7_900_000,
  unservedEnergyMWh: 16_000,
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

  it('annualizes each asset over its own life: 30 y turbine, 15 y battery, 40 y transmission share', () => {
    // CRF = r(1+r)^n/((1+r)^n − 1) at 7%: n = 30 → 0.0805864, 15 → 0.1097946, 40 → 0.0750091 (worked by hand).
    expect(v('gasCtFrameCrf')).toBeCloseTo(0.0805864, 6);
    expect(v('batteryCrf')).toBeCloseTo(0.1097946, 6);
    expect(v('transmissionCrf')).toBeCloseTo(0.0750091, 6);
    // capex = 1,158 MUSD turbine + 152.1 MUSD battery (100 MW × 1,521) + 0.5 × 200 MUSD transmission = 1,410.1 MUSD.
    expect(v('capexUSD')).toBeCloseTo(1.4101e9, 0);
    // 1,158e6 × 0.0805864 + 152.1e6 × 0.1097946 + 100e6 × 0.0750091 = 93.3190 + 16.6998 + 7.5009 = 117.5197 MUSD/yr.
    expect(v('annualizedCapexUSDPerYear')).toBeCloseTo(1158e6 * 0.0805864 + 152.1e6 * 0.1097946 + 100e6 * 0.0750091, -2);
  });

  it('buys a 15-year battery twice in a 20-year horizon and credits the life left at the horizon', () => {
    // P = ceil(20/15) = 2 purchases; replacement PV = 1.07^−15 = 0.362446;
    // salvage: 10 of 15 years left, (1 − 1.07^−10)/(1 − 1.07^−15) × 1.07^−20 = 0.199280 (worked by hand).
    expect(v('batteryPurchasesInHorizon')).toBe(2);
    expect(v('batteryReplacementPvFactor')).toBeCloseTo(0.362446, 6);
    expect(v('batterySalvagePvFactor')).toBeCloseTo(0.19928, 5);
    expect(v('batteryCapitalNpvUSD')).toBeCloseTo(152.1e6 * (1 + 0.362446 - 0.19928), -2);
    // A 30-year turbine is bought once and keeps 10 years of life at the horizon.
    expect(v('gasCtFramePurchasesInHorizon')).toBe(1);
    expect(v('gasCtFrameReplacementPvFactor')).toBeCloseTo(0, 12);
  });

  it('makes the capital NPV equal the annualized capex over the horizon (the salvage convention)', () => {
    // Economic salvage ⇒ capital NPV = Σ capex·CRF × (1 − 1.07^−20)/0.07 = annualized capex × 10.594014.
    expect(v('capitalNpvUSD')).toBeCloseTo(v('annualizedCapexUSDPerYear') * 10.594014, -2);
  });

  it('prices fuel, O&M, grid energy, demand and capacity from their quantities', () => {
    // fuel 9,142,000 MMBtu × 3 = 27.426 MUSD; FOM 1,000,000 kW × 7.18 = 7.18 MUSD; VOM 1 TWh × 4.17 = 4.17 MUSD;
    // demand 900,000 kW × 10 × 12 = 108 MUSD; capacity 850 MW × 100 × 365 = 31.025 MUSD.
    expect(v('fuelUSDPerYear')).toBeCloseTo(27_426_000, 2);
    expect(v('fixedOMUSDPerYear')).toBeCloseTo(7_180_000, 2);
    expect(v('variableOMUSDPerYear')).toBeCloseTo(4_170_000, 2);
    expect(v('demandChargeUSDPerYear')).toBeCloseTo(108_000_000, 1);
    expect(v('capacityUSDPerYear')).toBeCloseTo(31_025_000, 1);
  });

  it('adds the cost lines to the total and divides by energy served for the LCOE', () => {
    const lines = ANNUAL_COST_LINES.reduce((sum, name) => sum + v(name), 0);
    expect(lines).toBeCloseTo(v('annualCostUSDPerYear'), 3);
    // served = 7,900,000 − 16,000 = 7,884,000 MWh.
    expect(v('servedEnergyMWhPerYear')).toBe(7_884_000);
    expect(v('lcoeUSDPerMWh')).toBeCloseTo(v('annualCostUSDPerYear') / 7_884_000, 9);
  });

  it('values unserved energy at the VOLL on its own line and adds it to the cost per MWh of load', () => {
    // 16,000 MWh × 35,685 USD/MWh (PUCT 2024) = 570.96 MUSD/yr, not part of the annual cost paid.
    expect(v('vollUSDPerMWh')).toBe(35_685);
    expect(v('unservedValueUSDPerYear')).toBeCloseTo(570_960_000, 0);
    expect(v('costPerMWhLoadUSDPerMWh')).toBeCloseTo((v('annualCostUSDPerYear') + 570_960_000) / 7_900_000, 6);
    expect(ANNUAL_COST_LINES).not.toContain('unservedValueUSDPerYear');
  });

  it('leaves the cost per MWh served out of the sheet when nothing is served', () => {
    const none = evaluateSheet(buildEconomicsSheet({ ...input, unservedEnergyMWh: input.loadEnergyMWh }));
    expect(none.values.lcoeUSDPerMWh).toBeUndefined();
    expect(none.values.annualCostUSDPerYear).toBeGreaterThan(0);
  });

  it('discounts escalating operating cost as a growing annuity in the NPV', () => {
    // opex × (1 − (1.02/1.07)^20) / (0.07 − 0.02): (1.02/1.07)^20 = 0.383997 → factor 12.320059.
    expect(v('npvUSD')).toBeCloseTo(v('capitalNpvUSD') + v('operatingUSDPerYear') * 12.320059, -3);
  });

  it('computes CO2 from fuel at 53.06 kg/MMBtu and grid energy at its rate', () => {
    // 9,142,000 × 53.06 / 1000 = 485,074.52 t; 6,884,000 × 400 / 1000 = 2,753,600 t.
    expect(v('co2TonnesPerYear')).toBeCloseTo(485_074.52 + 2_753_600, 2);
  });

  it('traces the LCOE to its formula and inputs', () => {
    expect(result.trace.lcoeUSDPerMWh?.dependsOn).toEqual(['annualCostUSDPerYear', 'servedEnergyMWhPerYear']);
    expect(result.trace.gasCtFrameCapexUSDPerKW).toMatchObject({ kind: 'input', value: 1158 });
  });

  it('turns technology ids into sheet-name prefixes', () => {
    expect(sheetKey('gas-ct-aeroderivative')).toBe('gasCtAeroderivative');
    expect(sheetKey('battery-4h')).toBe('battery4h');
  });
});
