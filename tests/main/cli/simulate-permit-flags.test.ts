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

const summaryOf = (stdout: string) => (JSON.parse(stdout) as { summary: SimulationSummary }).summary;

describe('stargrid simulate permit and fuel flags', () => {
  it('give the same permits and gas supply as a scenario file with the same fields', async () => {
    const flags = await cli(['simulate', '--site', 'abilene', '--scenario', 'btm-gas', '--nox-tons', '40', '--hours-per-unit', '4000', '--scr', 'on', '--permit-order', 'priority', '--pipeline-mmbtu-day', '150000', '--gas-service', 'interruptible', '--storage-hours', '6', '--json']);
    expect(flags.stderr).toBe('');
    expect(flags.code).toBe(0);
    const file = scenarioFile({ id: 'same', name: 'Same', base: 'btm-gas', permits: { noxTonsPerYear: 40, hoursPerUnit: 4000, scr: true, order: 'priority' }, fuel: { pipelineMMBtuPerDay: 150_000, service: 'interruptible', storageHoursAtFullLoad: 6 } });
    const fromFile = await cli(['simulate', '--site', 'abilene', '--scenario', file, '--json']);
    const a = summaryOf(flags.stdout);
    const b = summaryOf(fromFile.stdout);
    expect(a.permits).toEqual(b.permits);
    expect(a.gasSupply).toEqual(b.gasSupply);
    const nox = a.permits.budgets.find((x) => x.budget === 'noxTonsPerYear');
    expect(nox?.limit).toBe(40);
    // The budget holds (1e-6 t: the limiter's floating-point slack).
    expect(nox?.used ?? Infinity).toBeLessThanOrEqual(40 + 1e-6);
    expect(a.gasSupply?.peakDayMMBtu).toBeLessThanOrEqual(150_000 + 1e-6);
  }, 180_000);

  it('refuses a negative NOx limit naming the scenario field, and a flag that is not a number or not on/off', async () => {
    const negative = await cli(['simulate', '--site', 'abilene', '--scenario', 'btm-gas', '--nox-tons=-1']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/permits\.noxTonsPerYear/);
    const service = await cli(['simulate', '--site', 'abilene', '--scenario', 'btm-gas', '--pipeline-mmbtu-day', '1000', '--gas-service', 'sometimes']);
    expect(service.code).toBe(2);
    expect(service.stderr).toMatch(/fuel\.service.*firm, interruptible/);
    const nan = await cli(['simulate', '--site', 'abilene', '--storage-hours', 'lots']);
    expect(nan.stderr).toMatch(/--storage-hours: must be a number, got "lots"/);
    const scr = await cli(['simulate', '--site', 'abilene', '--scr', 'maybe']);
    expect(scr.stderr).toMatch(/--scr: must be on or off, got "maybe"/);
  }, 120_000);
});
