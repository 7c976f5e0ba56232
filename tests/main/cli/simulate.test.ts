import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../helpers/cli';

describe('stargrid simulate', () => {
  it('prints what model:simulate returns: the summary (names carrying units), the fleet and the invariants', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'milam', '--scenario', 'hybrid', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { summary: Record<string, unknown> & { timeToPower: unknown[] }; fleet: { thermal: unknown[] }; hourly: unknown; invariants: { ok: boolean } };
    for (const key of ['facilityPeakMW', 'energyMWh', 'gridEnergyMWh', 'solarEnergyMWh', 'thermalEnergyMWh', 'batteryDischargeMWh', 'unservedEnergyMWh', 'fuelMMBtu', 'co2Tonnes', 'gridPeakMW', 'capexUSD', 'annualCostUSD', 'annualCostLinesUSDPerYear', 'lcoeUSDPerMWh', 'npvUSD', 'servedShare', 'unservedHours', 'unservedFlag', 'costPerMWhLoadUSDPerMWh', 'vollUSDPerMWh', 'designYear']) {
      expect(out.summary, key).toHaveProperty(key);
    }
    expect(out.summary.weatherSource).toMatchObject({ kind: 'tmy3' });
    expect(out.summary.timeToPower.length).toBeGreaterThan(0);
    expect(out.fleet.thermal.length).toBeGreaterThan(0);
    expect(out.hourly).toBeNull();
    // Milam's campus is energized in 2027: its design year, simulated by default.
    expect(out.summary).toMatchObject({ year: 2027, designYear: 2027 });
    expect(out.invariants.ok).toBe(true);
  });

  it('prints the same JSON as model:simulate on the same project', async () => {
    const { makeServices } = await import('../../helpers/services');
    const dir = mkdtempSync(join(tmpdir(), 'stargrid-'));
    const { registry, projectPath, ctx } = makeServices(dir);
    const api = await registry.dispatch('model:simulate', { siteId: 'saline', scenarioId: 'btm-gas', hourly: false });
    ctx.session.close();
    const { code, stdout } = await cli(['simulate', '--site', 'saline', '--scenario', 'btm-gas', '--json', '--project', projectPath]);
    expect(code).toBe(0);
    expect(api.ok && JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(api.ok ? api.value : null)));
  });

  it('simulates another year on request and names the design year beside it', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'abilene', '--scenario', 'grid-only', '--year', '2025']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/year 2025 \(design year 2026\)/);
    expect(stdout).toMatch(/served 100\.0%, unserved 0 MWh in 0 h/);
  });

  it('flags a site that leaves its load unserved and gives no cost per MWh served where nothing is served', async () => {
    // Doña Ana has no grid connection: grid-only serves nothing.
    const { stdout } = await cli(['simulate', '--site', 'dona-ana', '--scenario', 'grid-only']);
    expect(stdout).toMatch(/FLAGGED: 100\.0% of the load is unserved/);
    expect(stdout).toMatch(/cost per MWh served undefined \(nothing served: all [\d,]+ MWh of load is unserved/);
    expect(stdout).toMatch(/per MWh of load with unserved at VOLL 35,685 USD\/MWh: [\d,.]+ USD\/MWh/);
  });

  it('writes the hourly flows to a CSV of 8760 rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stargrid-')), 'hourly.csv');
    const { code } = await cli(['simulate', '--site', 'lordstown', '--hourly', file]);
    expect(code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8761);
    expect(lines[0]).toContain('gridToLoadMW');
  });

  it('runs a user scenario file that overrides a built-in', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stargrid-')), 'scenario.json');
    writeFileSync(file, JSON.stringify({ id: 'cheap-gas', name: 'Cheap gas', base: 'btm-gas', overrides: { gasPriceUSDPerMMBtu: 2.21 } }));
    const { code, stdout } = await cli(['simulate', '--site', 'abilene', '--scenario', file, '--json']);
    expect(code).toBe(0);
    const { summary } = JSON.parse(stdout) as { summary: { fuelMMBtu: number; annualCostLinesUSDPerYear: { fuelUSDPerYear: number } } };
    // fuel cost = fuel burned × the scenario's 2.21 USD/MMBtu (economics sheet: fuelUSDPerYr).
    expect(summary.fuelMMBtu).toBeGreaterThan(0);
    expect(summary.annualCostLinesUSDPerYear.fuelUSDPerYear / summary.fuelMMBtu).toBeCloseTo(2.21, 9);
  });

  it('exits 2 with one line naming the field for bad input', async () => {
    const unknownSite = await cli(['simulate', '--site', 'atlantis']);
    expect(unknownSite.code).toBe(2);
    expect(unknownSite.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknownSite.stderr).toMatch(/--site/);
    const badYear = await cli(['simulate', '--site', 'milam', '--year', 'soon']);
    expect(badYear.stderr).toMatch(/--year/);
    const file = join(mkdtempSync(join(tmpdir(), 'stargrid-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'bad', name: 'Bad', base: 'hybrid', strategy: 'cheapest' }));
    const badScenario = await cli(['simulate', '--site', 'milam', '--scenario', file]);
    expect(badScenario.code).toBe(2);
    expect(badScenario.stderr).toMatch(/strategy/);
  });
});
