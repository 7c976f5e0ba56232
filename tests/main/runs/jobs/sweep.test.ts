import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../../src/main/data/load-sites';
import { ModelRunner } from '../../../../src/main/model/runner';
import { sweepJob, type SweepPoint } from '../../../../src/main/runs/jobs/sweep';
import { BUILT_IN_SCENARIOS, resolveScenario } from '../../../../src/power-model/scenarios/index';

const abilene = loadSites().sites.find((s) => s.id === 'abilene');
if (!abilene) throw new Error('bundled site abilene missing');
const ctx = { progress: () => undefined, shouldCancel: () => false };
const points = [0.05, 0.09].flatMap((x) => [5_000, 20_000].map((y) => ({ x, y })));

/** One chunk of a sweep, evaluated in this thread as a sweep worker evaluates its chunk. */
async function chunk(x: string, y: string): Promise<SweepPoint[]> {
  const params = { x: { name: x, values: [0] }, y: { name: y, values: [0] }, points };
  return (await sweepJob({ kind: 'sweep', site: abilene as NonNullable<typeof abilene>, scenario: { id: 'hybrid', name: 'hybrid' }, params }, ctx)) as SweepPoint[];
}

describe('sweep job', () => {
  it('re-prices one kept dispatch for economics-only inputs, equal to simulating every point whole', async () => {
    // discountRate and vollUSDPerMWh reach only the sheet, so the chunk keeps one dispatch.
    const swept = await chunk('discountRate', 'vollUSDPerMWh');
    const runner = new ModelRunner();
    const scenario = resolveScenario(BUILT_IN_SCENARIOS.hybrid);
    expect(swept).toHaveLength(4);
    swept.forEach((point) => {
      const whole = runner.simulate(abilene as NonNullable<typeof abilene>, { ...scenario, overrides: { ...scenario.overrides, discountRate: point.x, vollUSDPerMWh: point.y ?? 0 } }).summary;
      // The same sheet on the same numbers: equal to the last bit but for summation order.
      expect(point.annualCostUSD).toBeCloseTo(whole.annualCostUSD, 6);
      expect(point.co2Tonnes).toBeCloseTo(whole.co2Tonnes, 6);
      expect(point.lcoeUSDPerMWh).toBeCloseTo(whole.lcoeUSDPerMWh ?? Number.NaN, 9);
    });
    // The discount rate moves the annual cost (capital recovery), so the test sees the re-pricing.
    expect(swept[2]?.annualCostUSD).toBeGreaterThan(swept[0]?.annualCostUSD ?? Infinity);
  });

  it('simulates every point whole when an input moves the dispatch (gas price), matching the engine', async () => {
    const params = { x: { name: 'gasPriceUSDPerMMBtu', values: [0] }, points: [{ x: 2, y: null }, { x: 8, y: null }] };
    const swept = (await sweepJob({ kind: 'sweep', site: abilene as NonNullable<typeof abilene>, scenario: { id: 'hybrid', name: 'hybrid' }, params }, ctx)) as SweepPoint[];
    const runner = new ModelRunner();
    const scenario = resolveScenario(BUILT_IN_SCENARIOS.hybrid);
    for (const point of swept) {
      const whole = runner.simulate(abilene as NonNullable<typeof abilene>, { ...scenario, overrides: { ...scenario.overrides, gasPriceUSDPerMMBtu: point.x } }).summary;
      expect(point.annualCostUSD).toBe(whole.annualCostUSD);
    }
  });
});
