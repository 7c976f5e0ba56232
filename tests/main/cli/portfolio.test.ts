import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';

type Out = { scenarios: { scenarioId: string; totals: { siteCount: number; fuelBcf: number; energyMWh: number }; sites: { invariants: { ok: boolean } }[] }[] };

describe('stargrid portfolio', () => {
  it('runs every bundled site under every built-in scenario with all invariants holding', async () => {
    let stdout = '';
    const code = await runCli(['portfolio', '--json'], { stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.scenarios.map((s) => s.scenarioId)).toEqual(['grid-only', 'btm-gas', 'hybrid', 'islanded']);
    for (const scenario of out.scenarios) {
      expect(scenario.totals.siteCount).toBeGreaterThanOrEqual(8);
      expect(scenario.sites.every((s) => s.invariants.ok)).toBe(true);
    }
    expect(out.scenarios.find((s) => s.scenarioId === 'grid-only')?.totals.fuelBcf).toBe(0);
    expect(out.scenarios.find((s) => s.scenarioId === 'btm-gas')?.totals.fuelBcf).toBeGreaterThan(0);
  });

  it('refuses an unknown scenario name with one line', async () => {
    let stderr = '';
    const code = await runCli(['portfolio', '--scenario', 'moonbase'], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scenario: "moonbase"/);
  });
});
