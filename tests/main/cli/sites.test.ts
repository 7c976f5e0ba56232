import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../helpers/cli';
import type { PortfolioTable } from '../../../src/main/cli/commands/sites';

describe('stargrid sites', () => {
  it('lists the Stargate sites by default, with a total over exactly those rows, named', async () => {
    const { code, stdout, stderr } = await run(['sites', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const table = JSON.parse(stdout) as PortfolioTable;
    expect(table.siteSet).toBe('stargate');
    expect(table.rows).toHaveLength(7);
    expect(table.rows.every((r) => r.stargate)).toBe(true);
    expect(table.total).toMatchObject({ sites: 7, label: '7 Stargate sites' });
    expect(table.total.itMW).toBeCloseTo(table.rows.reduce((s, r) => s + r.itMW, 0), 9);
    expect(table.total.facilityMW).toBeCloseTo(table.rows.reduce((s, r) => s + r.facilityMW, 0), 9);
    expect(table.dataAsOf).toBe('2026-06-30');
  });

  it('lists every site with --sites all, the total still the sum of the listed rows', async () => {
    const table = JSON.parse((await run(['sites', '--sites', 'all', '--json'])).stdout) as PortfolioTable;
    expect(table.rows).toHaveLength(8);
    expect(table.total.label).toBe('8 sites (all)');
    expect(table.total.facilityMW).toBeCloseTo(table.rows.reduce((s, r) => s + r.facilityMW, 0), 9);
    // Piketon, 10 GW facility (800 MW in 2028 + 9.2 GW by 2035), is the one related site.
    const stargate = JSON.parse((await run(['sites', '--json'])).stdout) as PortfolioTable;
    expect(table.total.facilityMW - stargate.total.facilityMW).toBeCloseTo(10_000, 6);
  });

  it('refuses an unknown site set, naming the flag', async () => {
    const { code, stderr } = await run(['sites', '--sites', 'some']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--sites: must be one of stargate, all, got "some"/);
  });

  it('gives Abilene its energization years and the announced turbines, without the cancelled expansion', async () => {
    const table = JSON.parse((await run(['sites', '--sites', 'all', '--json'])).stdout) as PortfolioTable;
    const abilene = table.rows.find((r) => r.id === 'abilene');
    // DCD 2025: 200 MW phase 1 in 2025, 1.2 GW by 2026; the 2027 expansion was cancelled (Mar 2026).
    expect(abilene).toMatchObject({ state: 'TX', gridOperator: 'ERCOT', facilityMW: 1200, publishedBasis: 'facility', firstEnergizationYear: 2025, lastEnergizationYear: 2026 });
    // TCEQ application: ten simple-cycle turbines, 360.5 MW (DCD 2025).
    expect(abilene?.supplyPlan).toBe('grid 1200 MW + gas-ct-aeroderivative 360.5 MW + solar-pv-tracking (size not given)');
    expect(table.rows.find((r) => r.id === 'shackelford')?.supplyPlan).toBe('off-grid + gas-recip-engine 700 MW');
  });

  it('prints a text table with a totals line and the basis', async () => {
    const { code, stdout } = await run(['sites', '--sites', 'all']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^id\s+state\s+grid\s+IT MW\s+facility MW/);
    expect(stdout).toMatch(/\npiketon\*\s+OH\s+PJM/);
    expect(stdout).toMatch(/\ntotal\s+\d+\s+\d+\s+8 sites \(all\)/);
    expect(stdout).toMatch(/facility = IT × PUE/);
  });

  it('rejects an unknown option with exit code 2 and one line on stderr', async () => {
    const { code, stderr } = await run(['sites', '--csv']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^stargrid sites: .*--csv/);
  });
});
