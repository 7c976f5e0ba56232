import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../helpers/cli';
import type { RateImpactResult } from '../../../src/power-model/rate-impact/index';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'rate-impact');
const scratch = mkdtempSync(join(tmpdir(), 'stargrid-rate-impact-'));

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** Writes `value` to a scratch file and returns its path. */
function writeInput(name: string, value: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

async function runJson(path: string): Promise<RateImpactResult> {
  const { code, stdout, stderr } = await run(['rate-impact', '--input', path, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as RateImpactResult;
}

describe('stargrid rate-impact', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('has the hand-written ERCOT, PJM and MISO examples', () => {
    expect(files).toEqual(expect.arrayContaining(['ercot-aep-texas-abilene.json', 'pjm-ohio-edison-lordstown.json', 'miso-dte-saline.json']));
  });

  it.each(files)('runs %s and reports the contract fields, with pool shares summing to 1', async (file) => {
    const result = await runJson(join(FIXTURES, file));
    expect(result.residential).toHaveProperty('billChangeUSDPerMonth');
    for (const key of ['revenueRequirementChangeUSD', 'rateChangeCentsPerKWh', 'rateChangePct']) expect(result.residential).toHaveProperty(key);
    if (result.largeLoad) {
      for (const key of ['revenueUSD', 'costToServeUSD', 'contributionUSD', 'billedDemandMW'] as const) expect(Number.isFinite(result.largeLoad[key])).toBe(true);
      expect(Number.isFinite(result.residential.billChangeUSDPerMonth)).toBe(true);
      for (const pool of [...Object.values(result.allocation?.before ?? {}), ...Object.values(result.allocation?.after ?? {})]) {
        expect(Object.values(pool.shares).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      }
      expect(result.methodComparison.map((m) => m.method)).toContain('average-and-excess');
    }
    if (result.capacityMarket) {
      for (const key of ['costUSD', 'costChangeUSD', 'residentialBillChangeUSDPerMonth']) expect(result.capacityMarket).toHaveProperty(key);
    }
  });

  it('answers the capacity-market-only example with 4.5625 USD/month', async () => {
    // Issue 5: 100 USD/MW-day × 365/12 / 1000 × 1.5 kW.
    const result = await runJson(join(FIXTURES, 'pjm-capacity-only.json'));
    expect(result.capacityMarket?.residentialBillChangeUSDPerMonth).toBeCloseTo(4.5625, 9);
    expect(result.residential.billChangeUSDPerMonth).toBeCloseTo(4.5625, 9);
  });

  it('prices the PJM capacity change with the load and passes it to Ohio households', async () => {
    const result = await runJson(join(FIXTURES, 'pjm-ohio-edison-lordstown.json'));
    // After: 329.17 × (134,311 + 320 × 1.178) MW × 365 = 16,182.36 M USD; before: 269.92 × 134,311 × 365 = 13,232.43 M USD.
    expect(result.capacityMarket?.costUSD).toBeCloseTo(16_182_361_064.5, 0);
    expect(result.capacityMarket?.costChangeUSD).toBeCloseTo(2_949_933_895.7, 0);
    // (329.17 − 269.92) × 365/12 × 1.7 kW / 1000 = 3.0637 USD/month.
    expect(result.residential.capacityMarketBillChangeUSDPerMonth).toBeCloseTo(3.06371875, 8);
    // The 90.72 M USD upgrade is directly assigned: its yearly cost is paid by the load on top of its tariff.
    expect(result.largeLoad?.revenueLines.directAssignmentUSD).toBeCloseTo(result.largeLoad?.costLines.transmissionUpgradeUSD ?? Number.NaN, 3);
    expect(result.series.map((y) => y.year)).toEqual([2026, 2027]);
  });

  it('marks every traced value that rests on an estimate the input flagged', async () => {
    const result = await runJson(join(FIXTURES, 'miso-dte-saline.json'));
    expect(result.estimates['utility.classes']).toMatch(/assumed/);
    // Residential figures come from the allocation, which uses the estimated class data.
    expect(result.trace['residential.revenueRequirementAfterUSD']?.estimate).toBe(true);
    expect(result.trace['incrementalCost.preTaxWaccPct']?.estimate).toBe(true);
    // The ATB capital cost is a sourced figure.
    expect(result.trace['incrementalCost.capacityUSDPerKW']?.estimate).toBeUndefined();
    expect(result.trace['incrementalCost.capacityUSDPerKW']?.source).toBe('incrementalCost.capacityUSDPerKW');
  });

  it('prints a short readable table without --json', async () => {
    const { code, stdout } = await run(['rate-impact', '--input', join(FIXTURES, 'miso-dte-saline.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^DTE Electric .*\(vertically-integrated\)\nResidential\n/);
    expect(stdout).toMatch(/typical bill change\s+-?\d+\.\d\d USD\/month/);
    expect(stdout).toMatch(/average-and-excess\s+-?\d+\.\d\d USD\/month/);
  });

  it('exits 2 with one line naming a missing required field', async () => {
    const input = fixture('miso-dte-saline.json');
    delete (input.utility as Record<string, unknown>).revenueRequirementUSD;
    const { code, stdout, stderr } = await run(['rate-impact', '--input', writeInput('missing.json', input)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('stargrid rate-impact: utility.revenueRequirementUSD: required\n');
  });

  it('exits 2 with one line naming a negative quantity', async () => {
    const input = fixture('ercot-aep-texas-abilene.json');
    (input.largeLoad as Record<string, unknown>).gridEnergyMWh = -5;
    const { code, stderr } = await run(['rate-impact', '--input', writeInput('negative.json', input)]);
    expect(code).toBe(2);
    expect(stderr).toBe('stargrid rate-impact: largeLoad.gridEnergyMWh: must not be negative\n');
  });

  it('exits 2 naming a section a large load needs, a bad choice, bad JSON or no --input', async () => {
    const input = fixture('miso-dte-saline.json');
    delete input.incrementalCost;
    const missingSection = await run(['rate-impact', '--input', writeInput('no-cost.json', input)]);
    expect(missingSection.code).toBe(2);
    expect(missingSection.stderr).toBe('stargrid rate-impact: incrementalCost: required when largeLoad is given\n');

    const badMethod = fixture('miso-dte-saline.json');
    (badMethod.utility as { allocation: Record<string, unknown> }).allocation.generation = '5CP';
    const method = await run(['rate-impact', '--input', writeInput('bad-method.json', badMethod)]);
    expect(method.code).toBe(2);
    expect(method.stderr).toMatch(/^stargrid rate-impact: utility\.allocation\.generation: must be one of energy, 1CP/);

    const json = await run(['rate-impact', '--input', writeInput('bad.json', '{ "utility": ')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^stargrid rate-impact: --input: .* is not valid JSON/);

    const none = await run(['rate-impact']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('stargrid rate-impact: give --input FILE (a utility-and-load file) or --site ID (a site of the project)\n');
    for (const r of [missingSection, method, json, none]) expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('stargrid rate-impact --site', () => {
  it('prints what rateImpact:site returns for a site of the project, under the scenarios named', async () => {
    const { code, stdout, stderr } = await run(['rate-impact', '--site', 'saline', '--scenario', 'grid-only', '--scenario', 'islanded', '--method', '4CP', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { cases: { scenarioId: string; method: string }[] };
    expect(out.cases.map((c) => `${c.scenarioId} ${c.method}`)).toEqual(['grid-only 4CP', 'islanded 4CP']);
  });

  it('exits 2 naming the flag for a site the project does not have', async () => {
    const { code, stderr } = await run(['rate-impact', '--site', 'atlantis']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^stargrid rate-impact: --site: unknown site "atlantis"/);
  });
});
