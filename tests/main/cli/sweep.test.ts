import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../helpers/cli';
import type { SweepResult } from '../../../src/main/runs/jobs/sweep';

describe('stargrid sweep', () => {
  it('sweeps the gas price over two worker threads, LCOE rising with it for an all-gas campus', async () => {
    const { code, stdout } = await run(['sweep', '--site', 'lordstown', '--scenario', 'btm-gas', '--x', 'gasPriceUSDPerMMBtu=2,4,6', '--threads', '2', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as SweepResult;
    expect(result.threads).toBe(2);
    expect(result.points.map((p) => p.x)).toEqual([2, 4, 6]);
    // btm-gas burns gas for every MWh: each 2 USD/MMBtu adds 2 × the fleet heat rate (MMBtu/MWh) to the LCOE,
    // the same step each time since dispatch and fuel use do not depend on the price here (all gas).
    const lcoe = result.points.map((p) => p.lcoeUSDPerMWh);
    expect(lcoe[1]!).toBeGreaterThan(lcoe[0]!);
    expect(lcoe[2]!).toBeGreaterThan(lcoe[1]!);
    expect(lcoe[2]! - lcoe[1]!).toBeCloseTo(lcoe[1]! - lcoe[0]!, 6);
  });

  it('runs a two-input grid, one point per pair', async () => {
    const { code, stdout } = await run(['sweep', '--site', 'lordstown', '--scenario', 'btm-gas', '--x', 'gasPriceUSDPerMMBtu=3,5', '--y', 'discountRate=0.05,0.09', '--threads', '2', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as SweepResult;
    expect(result.points.map((p) => [p.x, p.y])).toEqual([[3, 0.05], [3, 0.09], [5, 0.05], [5, 0.09]]);
    // A higher discount rate raises the capital recovery factor, so the annualized cost, at either gas price.
    expect(result.points[1]!.annualCostUSD).toBeGreaterThan(result.points[0]!.annualCostUSD);
    expect(result.points[3]!.annualCostUSD).toBeGreaterThan(result.points[2]!.annualCostUSD);
  });

  it('refuses a malformed axis and an unknown input, naming them', async () => {
    const malformed = await run(['sweep', '--site', 'lordstown', '--scenario', 'btm-gas', '--x', 'gasPrice=2,abc']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--x gasPrice: value 2 is not a number \("abc"\)/);
    const unknown = await run(['sweep', '--site', 'lordstown', '--scenario', 'btm-gas', '--x', 'unobtainiumPrice=1,2', '--threads', '1', '--json']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/x\.name: "unobtainiumPrice" is not an input of the economics sheet/);
  });
});
