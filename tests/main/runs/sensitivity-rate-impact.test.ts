import { describe, expect, it } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { sensitivityJob } from '../../../src/main/runs/jobs/sensitivity';
import { BUILT_IN_SCENARIOS } from '../../../src/power-model/scenarios/index';
import type { TornadoResult } from '../../../src/power-model/sensitivity/tornado';

const noContext = { progress: () => undefined, shouldCancel: () => false };

describe('the tornado with a host utility', () => {
  it('reports the residential bill change next to LCOE; on a PJM wires utility the capacity price level moves LCOE, not the bill', async () => {
    const site = loadBundledSites().find((s) => s.id === 'lordstown')!;
    const result = (await sensitivityJob({ kind: 'sensitivity', site, scenario: BUILT_IN_SCENARIOS['grid-only'], params: {} }, noContext)) as TornadoResult;
    expect(result.metrics.slice(0, 2)).toEqual(['lcoeUSDPerMWh', 'residentialBillChangeUSDPerMonth']);
    expect(Number.isFinite(result.base.residentialBillChangeUSDPerMonth)).toBe(true);
    const capacity = result.bars.find((b) => b.name === 'capacityPriceUSDPerMWDay');
    expect(capacity).toBeDefined();
    // The price slope makes the pass-through depend on the price rise, not its level, so the bill holds still
    // while LCOE moves: a dearer capacity price costs the campus, not the household (lordstown.json).
    expect(capacity!.high.lcoeUSDPerMWh).toBeGreaterThan(capacity!.low.lcoeUSDPerMWh ?? Number.NaN);
    expect(capacity!.high.residentialBillChangeUSDPerMonth).toBeCloseTo(capacity!.low.residentialBillChangeUSDPerMonth ?? Number.NaN, 9);
    // A fuller load (higher utilization) draws more at the system peak: the bill change moves.
    const loadFactor = result.bars.find((b) => b.name === 'loadFactor')!;
    expect(loadFactor.high.residentialBillChangeUSDPerMonth).not.toBeCloseTo(loadFactor.low.residentialBillChangeUSDPerMonth ?? Number.NaN, 4);
  }, 120_000);

  it('reports no bill metric for a site without a host-utility file', async () => {
    const site = { ...loadBundledSites().find((s) => s.id === 'milam')!, id: 'elsewhere' };
    const result = (await sensitivityJob({ kind: 'sensitivity', site, scenario: BUILT_IN_SCENARIOS['grid-only'], params: {} }, noContext)) as TornadoResult;
    expect(result.metrics).toEqual(['lcoeUSDPerMWh', 'annualCostUSD', 'co2Tonnes']);
  }, 120_000);
});
