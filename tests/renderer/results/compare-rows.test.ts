import { describe, expect, it } from 'vitest';
import { COMPARE_METRICS, compareRow } from '../../../src/renderer/results/compare-rows';
import { availability, timeToPowerStatus } from '../../../src/renderer/results/headline';
import { summaryFixture } from '../summary-fixture';

const metric = (id: string) => {
  const m = COMPARE_METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

describe('comparing scenarios', () => {
  it('marks the lowest cost best, the highest worst, and gives differences from the first scenario', () => {
    const cells = compareRow(metric('lcoe'), [
      { summary: summaryFixture({ lcoeUSDPerMWh: 80 }), billChange: null },
      { summary: summaryFixture({ lcoeUSDPerMWh: 70 }), billChange: null },
      { summary: summaryFixture({ lcoeUSDPerMWh: 95.5 }), billChange: null },
    ]);
    expect(cells.map((c) => c.rank)).toEqual([null, 'best', 'worst']);
    expect(cells.map((c) => c.delta)).toEqual([null, '−USD 10.0/MWh', '+USD 15.5/MWh']);
  });

  it('never marks a scenario best on cost per MWh served while it leaves more than 0.1% unserved, and flags it', () => {
    // Doña Ana-like: hybrid cheapest per MWh served (72.4) but 29% unserved; islanded 75 with all served.
    const hybrid = summaryFixture({ energyMWh: 9_000_000, unservedEnergyMWh: 2_610_000, lcoeUSDPerMWh: 72.4 });
    const islanded = summaryFixture({ energyMWh: 9_000_000, unservedEnergyMWh: 0, lcoeUSDPerMWh: 75 });
    const gridOnly = summaryFixture({ energyMWh: 9_000_000, unservedEnergyMWh: 0, lcoeUSDPerMWh: 90 });
    const cells = compareRow(metric('lcoe'), [hybrid, islanded, gridOnly].map((summary) => ({ summary, billChange: null })));
    expect(cells.map((c) => c.rank)).toEqual([null, 'best', 'worst']);
    // 2,610,000 / 9,000,000 = 29.0% unserved.
    expect(cells[0]?.text).toBe('USD 72.4/MWh ⚠ 29.0% unserved');
    // Per MWh of load with the unserved energy at the VOLL, the flagged scenario is the dearest by far.
    const perLoad = compareRow(metric('cost-per-load'), [hybrid, islanded].map((summary) => ({ summary, billChange: null })));
    expect(perLoad.map((c) => c.rank)).toEqual(['worst', 'best']);
  });

  it('treats higher availability as better and marks nothing when all are equal', () => {
    const worse = summaryFixture({ energyMWh: 1000, unservedEnergyMWh: 100 });
    expect(compareRow(metric('availability'), [{ summary: worse, billChange: null }, { summary: summaryFixture(), billChange: null }]).map((c) => c.rank)).toEqual(['worst', 'best']);
    expect(compareRow(metric('grid-peak'), [{ summary: summaryFixture(), billChange: null }, { summary: summaryFixture(), billChange: null }]).map((c) => c.rank)).toEqual([null, null]);
  });

  it('shows a dash, not a number, for a bill change that is not known', () => {
    const cells = compareRow(metric('bill-change'), [{ summary: summaryFixture(), billChange: null }, { summary: summaryFixture(), billChange: 1.5 }]);
    expect(cells[0]).toEqual({ text: '—', delta: null, rank: null });
    expect(cells[1]?.text).toBe('+USD 1.50/month');
  });

  it('reads availability as served over load energy (900 of 1000 MWh = 90%)', () => {
    expect(availability(summaryFixture({ energyMWh: 1000, unservedEnergyMWh: 100 }))).toBeCloseTo(0.9, 12);
  });

  it('calls time-to-power met when the shortfall is float dust, and late with the worst shortfall otherwise', () => {
    const dust = summaryFixture({ timeToPower: [{ year: 2025, demandMW: 200, availableMW: 200, shortfallMW: 2.8e-14 }], firstYearFullyMet: 2026 });
    expect(timeToPowerStatus(dust)).toEqual({ onTime: true, text: 'met from 2025' });
    const late = summaryFixture({
      timeToPower: [
        { year: 2026, demandMW: 1200, availableMW: 0, shortfallMW: 1200 },
        { year: 2027, demandMW: 1200, availableMW: 1200, shortfallMW: 0 },
      ],
      firstYearFullyMet: 2027,
    });
    expect(timeToPowerStatus(late)).toEqual({ onTime: false, text: 'met from 2027; short 1200 MW' });
    expect(compareRow(metric('years-late'), [{ summary: late, billChange: null }])[0]?.text).toBe('1 yr');
  });
});
