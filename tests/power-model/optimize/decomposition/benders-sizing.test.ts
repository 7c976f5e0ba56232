import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { priceBattery } from '../../../../src/power-model/optimize/battery-pricing';
import { solveByDecomposition } from '../../../../src/power-model/optimize/decomposition/benders-sizing';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingBattery, SizingInput, SizingTimeResolution } from '../../../../src/power-model/optimize/types';
import { syntheticCampus } from '../../../fixtures/synthetic-campus';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/** The synthetic campus without its battery and CO2 cap, so each case adds what it tests. */
const site = (time: SizingTimeResolution, overrides: Partial<SizingInput> = {}): SizingInput => syntheticCampus(time, { battery: undefined, caps: {}, ...overrides });

const twelveDays: SizingTimeResolution = { kind: 'representativeDays', days: 12 };

/** Both ways on one layout: the decomposition's cost must match HiGHS's whole-LP optimum. */
function compare(input: SizingInput): { decomposed: number; whole: number; status: string } {
  const layout = buildSizingModel(input, false, { columnSplitting: false, largestUnitMW: 418 });
  const decomposed = solveByDecomposition(highs, input, layout, 1200);
  const whole = solveLp(highs, layout.builder, 1200, 'choose');
  return { decomposed: decomposed.status === 'optimal' ? decomposed.objectiveUSD : NaN, whole: whole.objective ?? NaN, status: decomposed.status };
}

// The decomposition stops within 1e-6 of its lower bound; HiGHS's own optimality tolerance is
// about 1e-7 relative, so the two optima agree to 2e-6 relative.
const SAME = 2e-6;

describe('solveByDecomposition', () => {
  it.each([
    ['no annual row', {}],
    ['a binding CO2 cap', { caps: { co2TonnesPerYear: 2_300_000 } }],
    ['a land cap on solar under a CO2 cap', { caps: { landAcres: 3000, co2TonnesPerYear: 2_600_000 } }],
    ['a grid cap', { caps: { gridMW: 200 } }],
    ['no grid at all', { grid: undefined }],
    ['an unserved-energy allowance that pays (N+0)', { reserveUnits: 0, unserved: { allowanceMWhPerYear: 20_000, valueOfLostLoadUSDPerMWh: 60 } }],
    ['a residential bill cap on the coincident-peak draw', { caps: { residentialBillUSDPerMonth: 1 }, residentialBill: { usdPerMonthPerMW: 0.01, coincidentPeakHours: [4000, 4024, 4048, 4072] } }],
  ] satisfies Array<[string, Partial<SizingInput>]>)('reaches the whole LP optimum on 12 representative days with %s', (_, overrides) => {
    const { decomposed, whole, status } = compare(site(twelveDays, overrides));
    expect(status).toBe('optimal');
    expect(Math.abs(decomposed - whole) / whole).toBeLessThan(SAME);
  });

  it('reaches the whole LP optimum over the full year with a binding CO2 cap', () => {
    const { decomposed, whole } = compare(site({ kind: 'fullYear' }, { caps: { co2TonnesPerYear: 2_300_000 } }));
    expect(Math.abs(decomposed - whole) / whole).toBeLessThan(SAME);
  });

  it('says infeasible when no design can meet the CO2 cap', () => {
    // No solar and every source emits: 1 GW served all year cannot emit less than
    // 8.76 TWh × 0.333 t/MWh (grid) ≈ 2.9 Mt, far above 1 Mt.
    const input = site(twelveDays, { solar: undefined, caps: { co2TonnesPerYear: 1_000_000 } });
    const layout = buildSizingModel(input, false, { columnSplitting: false, largestUnitMW: 418 });
    expect(solveByDecomposition(highs, input, layout, 1200).status).toBe('infeasible');
    expect(solveLp(highs, layout.builder, 1200, 'choose').status).toBe('infeasible');
  });

  it('recovers hourly duals that price a battery as the whole LP duals do', () => {
    // A cheap battery against a 35 / 75–100 USD/MWh daily spread: both sets of duals must find that
    // it pays (a negative net cost) or both that it does not.
    const input = site(twelveDays, { caps: { co2TonnesPerYear: 2_300_000 } });
    const battery: SizingBattery = { powerCapexUSDPerKW: 50, energyCapexUSDPerKWh: 40, fixedOMUSDPerKWYear: 2, lifetimeYears: 15, roundTripEfficiency: 0.9, socMinPct: 0 };
    const layout = buildSizingModel(input, false, { columnSplitting: false, largestUnitMW: 418 });
    const decomposed = solveByDecomposition(highs, input, layout, 1200);
    const whole = solveLp(highs, layout.builder, 1200, 'choose');
    if (decomposed.status !== 'optimal' || whole.rowDual === null) throw new Error('both must solve');
    const wholeDual = Float64Array.from(layout.balanceRow, (row) => whole.rowDual?.[row] ?? 0);
    const fromDecomposition = priceBattery(highs, layout, battery, 0.07, decomposed.balanceDual, 60).netCostUSDPerYearPerMW ?? NaN;
    const fromWhole = priceBattery(highs, layout, battery, 0.07, wholeDual, 60).netCostUSDPerYearPerMW ?? NaN;
    expect(fromWhole).toBeLessThan(-1);
    expect(fromDecomposition).toBeLessThan(-1);
  });
});
