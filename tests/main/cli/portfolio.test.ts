import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';

type Out = {
  siteSet: string;
  scenarios: {
    scenarioId: string;
    totals: { siteCount: number; siteSetLabel: string; fuelBcf: number; energyMWh: number; itMW: number; flaggedSiteIds: string[] };
    sites: { siteId: string; year: number; energyMWh: number; unservedFlag: boolean; lcoeUSDPerMWh: number | null; invariants: { ok: boolean } }[];
  }[];
};

describe('stargrid portfolio', () => {
  it('runs the Stargate sites by default under every built-in scenario with all invariants holding', async () => {
    let stdout = '';
    const code = await runCli(['portfolio', '--json'], { stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.siteSet).toBe('stargate');
    expect(out.scenarios.map((s) => s.scenarioId)).toEqual(['grid-only', 'btm-gas', 'hybrid', 'islanded']);
    for (const scenario of out.scenarios) {
      expect(scenario.totals.siteCount).toBe(7);
      expect(scenario.totals.siteSetLabel).toBe('7 Stargate sites');
      expect(scenario.sites.map((s) => s.siteId)).not.toContain('piketon');
      expect(scenario.totals.energyMWh).toBeCloseTo(scenario.sites.reduce((t, s) => t + s.energyMWh, 0), 3);
      expect(scenario.totals.flaggedSiteIds).toEqual(scenario.sites.filter((s) => s.unservedFlag).map((s) => s.siteId));
      expect(scenario.sites.every((s) => s.invariants.ok)).toBe(true);
    }
    // The header: 6.76 GW of IT over the 7 Stargate sites (data/sites, cancelled phases left out).
    expect(out.scenarios[0]?.totals.itMW).toBeCloseTo(6755, -1);
    // Doña Ana (no grid) under grid-only serves nothing: flagged, and no cost per MWh served.
    const dona = out.scenarios[0]?.sites.find((s) => s.siteId === 'dona-ana');
    expect(dona).toMatchObject({ unservedFlag: true, lcoeUSDPerMWh: null, year: 2027 });
    expect(out.scenarios.find((s) => s.scenarioId === 'grid-only')?.totals.fuelBcf).toBe(0);
    expect(out.scenarios.find((s) => s.scenarioId === 'btm-gas')?.totals.fuelBcf).toBeGreaterThan(0);
  });

  it('sums every site with --sites all, Piketon included, for one scenario', async () => {
    let stdout = '';
    const code = await runCli(['portfolio', '--sites', 'all', '--scenario', 'hybrid', '--json'], { stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.scenarios[0]?.totals.siteSetLabel).toBe('8 sites (all)');
    expect(out.scenarios[0]?.sites.find((s) => s.siteId === 'piketon')?.year).toBe(2035);
  });

  it('refuses an unknown scenario name with one line', async () => {
    let stderr = '';
    const code = await runCli(['portfolio', '--scenario', 'moonbase'], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scenario: "moonbase"/);
  });
});
