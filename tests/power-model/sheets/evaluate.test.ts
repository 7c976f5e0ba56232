import { describe, expect, it } from 'vitest';
import { evaluateSheet, loadSheetMath, SheetError, type Sheet } from '../../../src/power-model/sheets/index';

// These tests hold sheets to mathjs itself (error messages, units): they load it, as the entry points do when a sheet needs it.
await loadSheetMath();

const capitalSheet: Sheet = {
  id: 'capital',
  title: 'Capital recovery',
  inputs: [
    { name: 'discountRate', value: 0.07, unit: '', description: 'real discount rate' },
    { name: 'lifeYears', value: 30, unit: '', description: 'economic life' },
    { name: 'capacityMW', value: 1000, unit: 'MW', description: 'plant size' },
    { name: 'capexUSDPerKW', value: 1158, unit: 'USD/kW', description: 'overnight cost', source: 'EIA AEO2026 Table 3, CT frame' },
    { name: 'loadFactor', value: 0.9, unit: '', description: 'average / peak', estimate: true },
  ],
  formulas: [
    { name: 'annualCapexUSDPerYr', expr: 'capexUSD * crf / yr', unit: 'USD/yr', description: 'annualized capex' },
    { name: 'crf', expr: 'discountRate * (1 + discountRate)^lifeYears / ((1 + discountRate)^lifeYears - 1)', unit: '', description: 'capital recovery factor' },
    { name: 'capexUSD', expr: 'capexUSDPerKW * capacityMW', unit: 'USD', description: 'overnight capital' },
    { name: 'energyMWh', expr: 'capacityMW * 1 yr * loadFactor', unit: 'MWh', description: 'annual energy' },
  ],
};

describe('evaluateSheet', () => {
  it('computes the capital recovery factor at 7% over 30 years as 0.0806', () => {
    // CRF = r(1+r)^n / ((1+r)^n − 1); 1.07^30 = 7.612255 → 0.07 × 7.612255 / 6.612255 = 0.080586.
    const result = evaluateSheet(capitalSheet);
    expect(result.values.crf).toBeCloseTo(0.080586, 5);
  });

  it('evaluates formulas in dependency order whatever order they are listed in, converting units', () => {
    // 1,158 USD/kW × 1,000 MW = 1,158 USD/kW × 1,000,000 kW = 1.158e9 USD; × 0.080586 = 93.32e6 USD/yr.
    const result = evaluateSheet(capitalSheet);
    expect(result.values.capexUSD).toBeCloseTo(1.158e9, 0);
    expect(result.values.annualCapexUSDPerYr).toBeCloseTo(1.158e9 * 0.0805864, -3);
    expect(result.units.annualCapexUSDPerYr).toBe('USD/yr');
  });

  it('counts a model year as 8760 hours: a flat 1,000 MW load at 90% load factor is 7,884,000 MWh', () => {
    // 1,000 MW × 8,760 h × 0.9 = 7,884,000 MWh (mathjs's Julian year of 8,766 h would give 7,889,400).
    expect(evaluateSheet(capitalSheet).values.energyMWh).toBeCloseTo(7_884_000, 6);
  });

  it('converts heat rate, energy and gas price into a fuel cost in dollars', () => {
    // 9,142 Btu/kWh × 1,000 MWh = 9,142,000,000 Btu = 9,142 MMBtu; × 3 USD/MMBtu = 27,426 USD;
    // CO2 = 9,142 MMBtu × 53.06 kg/MMBtu = 485,074.52 kg = 485.07452 t.
    const sheet: Sheet = {
      id: 'fuel',
      title: 'Fuel',
      inputs: [
        { name: 'heatRate', value: 9142, unit: 'BTU/kWh', description: 'heat rate' },
        { name: 'energy', value: 1000, unit: 'MWh', description: 'generation' },
        { name: 'gasPrice', value: 3, unit: 'USD/MMBtu', description: 'fuel price' },
        { name: 'co2Factor', value: 53.06, unit: 'kg/MMBtu', description: 'EPA factor' },
      ],
      formulas: [
        { name: 'fuelMMBtu', expr: 'heatRate * energy', unit: 'MMBtu', description: 'fuel burned' },
        { name: 'fuelCostUSD', expr: 'fuelMMBtu * gasPrice', unit: 'USD', description: 'fuel cost' },
        { name: 'co2Tonnes', expr: 'fuelMMBtu * co2Factor', unit: 'tCO2', description: 'CO2' },
      ],
    };
    const { values } = evaluateSheet(sheet);
    expect(values.fuelMMBtu).toBeCloseTo(9142, 9);
    expect(values.fuelCostUSD).toBeCloseTo(27_426, 8);
    expect(values.co2Tonnes).toBeCloseTo(485.07452, 9);
  });

  it('replaces an input by name with an override and leaves the sheet itself unchanged', () => {
    // At 10% over 30 years: 1.1^30 = 17.449402 → 0.1 × 17.449402 / 16.449402 = 0.106079.
    const result = evaluateSheet(capitalSheet, { discountRate: 0.1 });
    expect(result.values.crf).toBeCloseTo(0.106079, 5);
    expect(result.trace.discountRate?.value).toBe(0.1);
    expect(evaluateSheet(capitalSheet).values.crf).toBeCloseTo(0.080586, 5);
  });

  it('traces every value to its expression, its direct inputs and their sources', () => {
    const { trace } = evaluateSheet(capitalSheet);
    expect(trace.capexUSD).toMatchObject({ kind: 'formula', expr: 'capexUSDPerKW * capacityMW', dependsOn: ['capexUSDPerKW', 'capacityMW'], unit: 'USD' });
    expect(trace.annualCapexUSDPerYr?.dependsOn).toEqual(['capexUSD', 'crf']);
    expect(trace.capexUSDPerKW).toMatchObject({ kind: 'input', source: 'EIA AEO2026 Table 3, CT frame', dependsOn: [] });
    expect(trace.loadFactor?.estimate).toBe(true);
  });

  it('refuses a formula whose unit does not convert to its declared unit, naming formula and input', () => {
    const sheet: Sheet = {
      ...capitalSheet,
      id: 'bad-unit',
      formulas: [{ name: 'capexUSD', expr: 'capexUSDPerKW * capacityMW * 1 h', unit: 'USD', description: 'wrong' }],
    };
    const error = catchSheetError(() => evaluateSheet(sheet));
    expect(error.formulaName).toBe('capexUSD');
    expect(error.message).toMatch(/capexUSD/);
    expect(error.message).toMatch(/declared unit "USD"/);
  });

  it('refuses adding quantities of different dimensions, naming the input', () => {
    const sheet: Sheet = {
      ...capitalSheet,
      id: 'bad-add',
      formulas: [{ name: 'mixed', expr: 'capacityMW + capexUSDPerKW', unit: 'MW', description: 'wrong' }],
    };
    const error = catchSheetError(() => evaluateSheet(sheet));
    expect(error.formulaName).toBe('mixed');
    expect(error.inputName).toBe('capexUSDPerKW');
    expect(error.message).toMatch(/capexUSDPerKW \[USD \/ kW\]/);
  });

  it('refuses a cycle and names the formulas in it', () => {
    const sheet: Sheet = {
      id: 'cycle',
      title: 'cycle',
      inputs: [{ name: 'x', value: 1, unit: '', description: 'x' }],
      formulas: [
        { name: 'a', expr: 'b + x', unit: '', description: 'a' },
        { name: 'b', expr: 'a * 2', unit: '', description: 'b' },
      ],
    };
    const error = catchSheetError(() => evaluateSheet(sheet));
    expect(error.message).toMatch(/a → b → a/);
    expect(error.formulaName).toBe('a');
  });

  it('refuses an unknown name and says which', () => {
    const sheet: Sheet = { ...capitalSheet, id: 'unknown', formulas: [{ name: 'y', expr: 'capacityMW * fudgeFactor', unit: 'MW', description: 'y' }] };
    const error = catchSheetError(() => evaluateSheet(sheet));
    expect(error).toMatchObject({ formulaName: 'y', inputName: 'fudgeFactor' });
  });

  it('refuses a non-finite result and names the zero input that caused it', () => {
    const error = catchSheetError(() => evaluateSheet(capitalSheet, { discountRate: 0 }));
    // 0 × 1 / (1 − 1) = 0/0 = NaN.
    expect(error).toMatchObject({ formulaName: 'crf', inputName: 'discountRate' });
    expect(error.message).toMatch(/not finite/);
  });

  it('refuses an override that is not an input, or not finite', () => {
    expect(catchSheetError(() => evaluateSheet(capitalSheet, { crf: 0.1 })).message).toMatch(/override "crf" is a formula/);
    expect(catchSheetError(() => evaluateSheet(capitalSheet, { nope: 1 })).inputName).toBe('nope');
    expect(catchSheetError(() => evaluateSheet(capitalSheet, { capacityMW: Number.NaN })).message).toMatch(/capacityMW.*finite/);
  });

  it('rounds dimensionless ratios of quantities in different units, by closures or by mathjs alike', () => {
    // 1,000 MW ÷ 34,000 kW = 29.41 → ceil 30 units (closure path); round(30 / 7) = round(4.29) = 4 (mathjs path).
    const sheet: Sheet = {
      id: 'units',
      title: 'units',
      inputs: [
        { name: 'capacityMW', value: 1000, unit: 'MW', description: 'plant' },
        { name: 'unitSizeKW', value: 34_000, unit: 'kW', description: 'unit size' },
      ],
      formulas: [
        { name: 'units', expr: 'ceil(capacityMW / unitSizeKW)', unit: '', description: 'whole units' },
        { name: 'weeks', expr: 'round(units / 7)', unit: '', description: 'uses a function the closure compiler leaves to mathjs' },
      ],
    };
    expect(evaluateSheet(sheet).values).toMatchObject({ units: 30, weeks: 4 });
  });

  it('refuses a declared unit mathjs does not know, naming the input', () => {
    const sheet: Sheet = { ...capitalSheet, id: 'bad-decl', inputs: [{ name: 'q', value: 1, unit: 'furlongs', description: 'q' }], formulas: [] };
    expect(catchSheetError(() => evaluateSheet(sheet))).toMatchObject({ inputName: 'q' });
  });
});

function catchSheetError(run: () => unknown): SheetError {
  try {
    run();
  } catch (error) {
    if (error instanceof SheetError) return error;
    throw error;
  }
  throw new Error('expected a SheetError');
}
