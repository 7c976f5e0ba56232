import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEconomicsSheet, type EconomicsInput } from '../../../src/power-model/economics/sheet';
import { compileWithMathjs, type CompiledSheet } from '../../../src/power-model/sheets/compile';
import { evaluateCompiled } from '../../../src/power-model/sheets/evaluate';
import { parsePlain } from '../../../src/power-model/sheets/expression';
import { compilePlainSheet } from '../../../src/power-model/sheets/plain-compile';
import { sheetNames } from '../../../src/power-model/sheets/structure';
import type { Sheet, SheetResult } from '../../../src/power-model/sheets/types';
import { loadSheetMath } from '../../../src/power-model/sheets/units';

// These tests hold sheets to mathjs itself (error messages, units): they load it, as the entry points do when a sheet needs it.
await loadSheetMath();

/*
 * The plain compiler (no mathjs) must give, for every sheet it accepts, exactly what the mathjs
 * compiler gives: the same order, dependencies, unit factors, and values bit for bit; and it must
 * refuse every sheet mathjs refuses.
 */

function outcome(run: () => SheetResult): { values: Record<string, number> } | { error: string } {
  try {
    return { values: run().values };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function shapeOf(compiled: CompiledSheet) {
  return {
    inputFactors: [...compiled.inputFactors],
    slots: [...compiled.slots],
    order: compiled.order.map((f) => ({ name: f.formula.name, dependsOn: f.dependsOn, unitSymbols: f.unitSymbols, slot: f.slot, declaredFactor: f.declaredFactor })),
  };
}

/** Both compilers on one sheet: the plain one must accept it and agree in shape and in every value, bit for bit. */
function expectSame(sheet: Sheet, overrides?: Record<string, number>): void {
  const plain = compilePlainSheet(sheet, sheetNames(sheet));
  expect(plain, `${sheet.id}: the plain compiler refused it`).toBeDefined();
  const mathjs = compileWithMathjs(sheet);
  expect(shapeOf(plain as CompiledSheet)).toEqual(shapeOf(mathjs));
  const a = evaluateCompiled(plain as CompiledSheet, sheet, overrides).values;
  const b = evaluateCompiled(mathjs, sheet, overrides).values;
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const name of Object.keys(b)) expect(Object.is(a[name], b[name]), `${name}: ${a[name]} vs ${b[name]}`).toBe(true);
}

const asset = (key: string, capacityMW: number, lifetimeYears: number) => ({
  key,
  label: key,
  capacityMW,
  capexUSDPerKW: 1158,
  fixedOMUSDPerKWYear: 7.18,
  variableOMUSDPerMWh: 4.17,
  lifetimeYears,
  energyMWh: 1_000_000,
});

const RICH: EconomicsInput = {
  assets: [asset('gasCtFrame', 1000, 30), asset('battery', 100, 15), asset('solar', 300, 35)],
  loadEnergyMWh: 7_900_000,
  unservedEnergyMWh: 16_000,
  workloadCurtailment: { energyMWh: 4_000, usdPerMWh: 1_500, source: 'estimate' },
  fuelMMBtu: 9_142_000,
  distillate: { mmbtu: 50_000, priceUSDPerMMBtu: 18, co2KgPerMMBtu: 73.96, priceSource: 'EIA', co2Source: '40 CFR 98' },
  gridEnergyMWh: 6_884_000,
  gridEnergyCostUSD: 344_200_000,
  billedDemandAvgMW: 900,
  coincidentPeakMW: 850,
  gridCarbonKgPerMWh: 400,
  demandChargeUSDPerKWMonth: 10,
  capacityPriceUSDPerMWDay: 100,
  transmissionDemandMW: 820,
  transmissionRateUSDPerKWYear: 60,
  standbyMW: 200,
  standbyRateUSDPerKWYear: 12,
  systemLoadYear: 2019,
  transmissionUpgradeUSD: 200e6,
  transmissionShareLoad: 0.5,
  gasPriceUSDPerMMBtu: 3,
  gasCo2KgPerMMBtu: 53.06,
};

describe('the plain sheet compiler against mathjs', () => {
  it('compiles every variant of the economics sheet as mathjs does, value for value', () => {
    expectSame(buildEconomicsSheet(RICH));
    // No assets (grid only), nothing served (no LCOE line), no load at all, no distillate or curtailment.
    const { workloadCurtailment: _w, distillate: _d, systemLoadYear: _y, ...plainInput } = RICH;
    expectSame(buildEconomicsSheet({ ...plainInput, assets: [] }));
    expectSame(buildEconomicsSheet({ ...plainInput, unservedEnergyMWh: RICH.loadEnergyMWh }));
    expectSame(buildEconomicsSheet({ ...plainInput, loadEnergyMWh: 0, unservedEnergyMWh: 0 }));
    // Overrides go through the same slots.
    expectSame(buildEconomicsSheet(RICH), { discountRate: 0.09, horizonYears: 25, gasPriceUSDPerMMBtu: 4.5 });
  });

  it('reads implicit multiplication by a unit as mathjs does', () => {
    const sheet: Sheet = {
      id: 't',
      title: 't',
      inputs: [
        { name: 'x', value: 2, unit: 'USD/kW/month', description: '' },
        { name: 'p', value: 3, unit: 'MW', description: '' },
        { name: 'c', value: 0.4, unit: '', description: '' },
      ],
      formulas: [
        { name: 'y', expr: 'p * x * 12 month / yr', unit: 'USD/yr', description: '' },
        { name: 'ratio', expr: 'c * 12 month / yr', unit: '', description: '' },
        { name: 'twice', expr: '2 c', unit: '', description: '' },
      ],
    };
    expectSame(sheet);
    const values = evaluateCompiled(compilePlainSheet(sheet, sheetNames(sheet)) as CompiledSheet, sheet).values;
    // 3 MW = 3,000 kW × 2 USD/kW/month = 6,000 USD/month; × 12 months, per year: 72,000 USD/yr (months cancel).
    expect(values.y).toBeCloseTo(72_000, 6);
    // mathjs's month is a twelfth of a 365.25-day year, the sheet's yr 8760 h: 12 months = 12 × 2,629,800 s / 31,536,000 s = 1.000685 yr.
    expect(values.ratio).toBeCloseTo(0.4 * ((12 * 2_629_800) / 31_536_000), 12);
    expect(values.twice).toBe(0.8);
  });

  it('leaves to mathjs what it does not read: rule 2, constants, units outside its table, chained comparisons, matrices', () => {
    // Syntax it leaves to mathjs's own parser.
    for (const expr of ['1 / 2 h', '1 < x < 3', '[1, 2]', 'x % 2', 'x!', "x'", 'x.y', '2 3', 'x\n+ 1', 'x mod 2']) expect(parsePlain(expr), expr).toBeUndefined();
    // Readable, but with a name, unit or call it leaves to mathjs.
    for (const expr of ['1 / 2 h', 'pi * x', 'x * 1 furlong', 'log(x, 10)', 'ceil(x, 1)', 'x (2)', 'x * 1 BTU/kWh']) {
      const sheet: Sheet = { id: 't', title: 't', inputs: [{ name: 'x', value: 2, unit: '', description: '' }], formulas: [{ name: 'y', expr, unit: '', description: '' }] };
      expect(compilePlainSheet(sheet, sheetNames(sheet)), expr).toBeUndefined();
    }
  });

  it('accepts only what mathjs accepts, and then computes the same value bit for bit (random expressions)', () => {
    const inputs = [
      { name: 'a', value: 2.5, unit: 'MW' },
      { name: 'b', value: 3, unit: 'h' },
      { name: 'c', value: 0.4, unit: '' },
      { name: 'd', value: 7, unit: 'USD' },
      { name: 'k', value: -1.5, unit: '' },
      { name: 'z', value: 0, unit: '' },
    ].map((i) => ({ ...i, description: '' }));
    const UNITS = ['', 'MW', 'MWh', 'USD', 'h', 'USD/MWh', 'MWh/yr', 'USD/yr'];
    const atom = fc.constantFrom('a', 'b', 'c', 'd', 'k', 'z', '2', '0.5', '1e-3', '3 h', '2 MW', '1 yr', '12 month', 'max(a, 2 MW)', 'min(c, k)', 'abs(k)', 'sqrt(c)', 'sqrt(k)', 'ceil(c)', 'log(c)', 'h', 'MWh', 'c MWh', 'a h');
    const op = fc.constantFrom(' + ', ' - ', ' * ', ' / ', ' ^ ', '*', '/', '^', ' > ', ' <= ', ' == ', ' ');
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('expr'), op, tie('expr')).map(([x, o, y]) => `${x}${o}${y}`),
        tie('expr').map((x) => `(${x})`),
        tie('expr').map((x) => `-${x}`),
        fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([t, x, y]) => `${t} ? ${x} : ${y}`),
        fc.tuple(fc.constantFrom('max', 'min', 'abs', 'sqrt', 'exp', 'ceil', 'floor'), tie('expr')).map(([f, x]) => `${f}(${x})`),
      ),
    }));
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(expr, (text) => {
        for (const unit of UNITS) {
          runs += 1;
          const sheet: Sheet = { id: 'random', title: 'random', inputs, formulas: [{ name: 'y', expr: text, unit, description: '' }] };
          const plain = compilePlainSheet(sheet, sheetNames(sheet));
          let mathjs: CompiledSheet | undefined;
          try {
            mathjs = compileWithMathjs(sheet);
          } catch {
            mathjs = undefined;
          }
          if (!plain) continue;
          accepted += 1;
          expect(mathjs, `plain accepted "${text}" as ${unit || 'number'}, mathjs refused it`).toBeDefined();
          expect(shapeOf(plain)).toEqual(shapeOf(mathjs as CompiledSheet));
          const a = outcome(() => evaluateCompiled(plain, sheet));
          const b = outcome(() => evaluateCompiled(mathjs as CompiledSheet, sheet));
          if ('error' in b) expect(a).toEqual(b);
          else expect('values' in a && Object.is(a.values.y, b.values.y), `"${text}": ${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(true);
        }
      }),
      { numRuns: 400, seed: 20261205 },
    );
    // Not vacuous: many random formulas compile without mathjs (seeded: 400 expressions × 8 declared
    // units; most random formulas mix dimensions, which mathjs refuses and so must the plain compiler).
    expect(runs).toBe(3200);
    expect(accepted).toBeGreaterThan(100);
  });
});
