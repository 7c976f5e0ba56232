import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulationSummary } from '../../../src/power-model/simulate';
import { runCliCaptured as cli } from '../../helpers/cli';

function scenarioFile(scenario: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'stargrid-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('stargrid simulate with permits and gas', () => {
  it('sets the budgets from a scenario file and prints them used against limit, in JSON and in text', async () => {
    const file = scenarioFile({ id: 'permitted-gas', name: 'Permitted gas', base: 'btm-gas', permits: { hoursPerUnit: 3000, scr: true }, fuel: { pipelineMMBtuPerDay: 150_000, service: 'interruptible' } });
    const json = await cli(['simulate', '--site', 'abilene', '--scenario', file, '--json']);
    expect(json.code).toBe(0);
    const { summary } = JSON.parse(json.stdout) as { summary: SimulationSummary };
    const hours = summary.permits.budgets.find((b) => b.budget === 'hoursPerUnit');
    expect(hours?.limit).toBe(3000);
    expect(hours?.used).toBeLessThanOrEqual(3000);
    expect(summary.permits.scr).toBe(true);
    expect(summary.gasSupply).toMatchObject({ service: 'interruptible', pipelineMMBtuPerDay: 150_000, interruptBelowC: -5 });
    expect(summary.gasSupply?.peakDayMMBtu).toBeLessThanOrEqual(150_000 + 1e-6);
    const text = await cli(['simulate', '--site', 'abilene', '--scenario', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/permits \(SCR\): hours\/unit [\d,.]+ of 3,000\.0 h\/unit/);
    expect(text.stdout).toMatch(/gas \(interruptible, cut \d+ days below -5 °C\): peak day [\d,]+ MMBtu of 150,000/);
  });

  it('refuses a negative NOx budget with one line naming the field', async () => {
    const file = scenarioFile({ id: 'bad-permit', name: 'Bad', base: 'btm-gas', permits: { noxTonsPerYear: -1 } });
    const r = await cli(['simulate', '--site', 'abilene', '--scenario', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/permits\.noxTonsPerYear/);
  });

  it('prints no permit or gas line for a scenario without them', async () => {
    const r = await cli(['simulate', '--site', 'abilene', '--scenario', 'btm-gas']);
    expect(r.stdout).not.toMatch(/^  (permits|gas \()/m);
  });
});
