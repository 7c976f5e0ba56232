import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { runCliCaptured as cli } from '../../helpers/cli';

type Case = {
  method: string;
  load: { coincidentPeakMW: number; gridEnergyMWh: number };
  residential: Record<string, number | null>;
  largeLoad: Record<string, number | null>;
  capacityMarket: Record<string, number | null> | null;
  allocationShares: Record<string, Record<string, number>>;
  restsOnEstimate: string[];
};

describe('stargrid simulate --rate-impact', () => {
  it('adds the host utility result under 4CP and average-and-excess to the JSON, names carrying units', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'lordstown', '--scenario', 'grid-only', '--json', '--rate-impact']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { summary: { gridEnergyMWh: number }; rateImpact: { utilityName: string; cases: Case[] } };
    expect(out.rateImpact.utilityName).toMatch(/Ohio Edison/);
    expect(out.rateImpact.cases.map((c) => c.method)).toEqual(['4CP', 'average-and-excess']);
    const c = out.rateImpact.cases[0]!;
    for (const key of ['revenueRequirementChangeUSD', 'rateChangeCentsPerKWh', 'rateChangePct', 'billChangeUSDPerMonth']) expect(typeof c.residential[key], key).toBe('number');
    for (const key of ['revenueUSD', 'costToServeUSD', 'contributionUSD', 'billedDemandMW']) expect(typeof c.largeLoad[key], key).toBe('number');
    for (const key of ['costUSD', 'costChangeUSD', 'residentialBillChangeUSDPerMonth']) expect(typeof c.capacityMarket?.[key], key).toBe('number');
    // The engine saw the simulated grid energy.
    expect(c.load.gridEnergyMWh).toBeCloseTo(out.summary.gridEnergyMWh, 3);
    expect(Object.values(c.allocationShares.transmission ?? {}).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(c.restsOnEstimate).toContain('residential.billChangeUSDPerMonth');
  });

  it('prints the result in the text report with estimates starred', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'saline', '--scenario', 'hybrid', '--rate-impact']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rate impact on DTE Electric/);
    expect(stdout).toMatch(/4CP on generationDemand \+ transmission: residential .* typical bill -?[\d.]+\* USD\/month/);
  });

  it('exits 2 naming the flag when the site has no host-utility data', async () => {
    const site = { ...loadBundledSites().find((s) => s.id === 'milam')!, id: 'nowhere' };
    const file = join(mkdtempSync(join(tmpdir(), 'stargrid-')), 'nowhere.json');
    writeFileSync(file, JSON.stringify(site));
    const { code, stderr } = await cli(['simulate', '--site', file, '--rate-impact']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--rate-impact: no host-utility data for site "nowhere"/);
  });
});
