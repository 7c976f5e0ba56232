import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../helpers/cli';
import type { PortfolioTable } from '../../../src/main/cli/commands/sites';

describe('stargrid sites', () => {
  it('prints the portfolio as JSON with per-site rows and totals that add up', async () => {
    const { code, stdout, stderr } = await run(['sites', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const table = JSON.parse(stdout) as PortfolioTable;
    expect(table.rows).toHaveLength(8);
    const stargateRows = table.rows.filter((r) => r.stargate);
    expect(table.totals.stargate.sites).toBe(7);
    expect(table.totals.stargate.itMW).toBeCloseTo(stargateRows.reduce((s, r) => s + r.itMW, 0), 9);
    expect(table.totals.all.facilityMW).toBeCloseTo(table.rows.reduce((s, r) => s + r.facilityMW, 0), 9);
    expect(table.dataAsOf).toBe('2026-06-30');
  });

  it('gives Abilene its energization years and the announced turbines, without the cancelled expansion', async () => {
    const table = JSON.parse((await run(['sites', '--json'])).stdout) as PortfolioTable;
    const abilene = table.rows.find((r) => r.id === 'abilene');
    // DCD 2025: 200 MW phase 1 in 2025, 1.2 GW by 2026; the 2027 expansion was cancelled (Mar 2026).
    expect(abilene).toMatchObject({ state: 'TX', gridOperator: 'ERCOT', facilityMW: 1200, publishedBasis: 'facility', firstEnergizationYear: 2025, lastEnergizationYear: 2026 });
    // TCEQ application: ten simple-cycle turbines, 360.5 MW (DCD 2025).
    expect(abilene?.supplyPlan).toBe('grid 1200 MW + gas-ct-aeroderivative 360.5 MW + solar-pv-tracking (size not given)');
    expect(table.rows.find((r) => r.id === 'shackelford')?.supplyPlan).toBe('off-grid + gas-recip-engine 700 MW');
  });

  it('prints a text table with a totals line and the basis', async () => {
    const { code, stdout } = await run(['sites']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^id\s+state\s+grid\s+IT MW\s+facility MW/);
    expect(stdout).toMatch(/\npiketon\*\s+OH\s+PJM/);
    expect(stdout).toMatch(/\nStargate\s+\d+\s+\d+\s+7 sites/);
    expect(stdout).toMatch(/facility = IT × PUE/);
  });

  it('rejects an unknown option with exit code 2 and one line on stderr', async () => {
    const { code, stderr } = await run(['sites', '--csv']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^stargrid sites: .*--csv/);
  });
});
