import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../helpers/cli';

describe('stargrid firm-capacity', () => {
  it('prints the same JSON as firm:capacity on the same project, with the waterfall’s fields', async () => {
    const { makeServices } = await import('../../helpers/services');
    const dir = mkdtempSync(join(tmpdir(), 'stargrid-'));
    const { registry, projectPath, ctx } = makeServices(dir);
    const api = await registry.dispatch('firm:capacity', { siteId: 'dona-ana', scenarioId: 'islanded' });
    ctx.session.close();
    const { code, stdout } = await cli(['firm-capacity', '--site', 'dona-ana', '--scenario', 'islanded', '--json', '--project', projectPath]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(api.ok && out).toEqual(JSON.parse(JSON.stringify(api.ok ? api.value : null)));
    for (const key of ['nameplateMW', 'designTempC', 'deratedMW', 'altitudeDeratedMW', 'largestUnitsMW', 'firmMW', 'smallestMargin']) expect(out, key).toHaveProperty(key);
  });

  it('prints the waterfall as text, one step a line', async () => {
    const { code, stdout } = await cli(['firm-capacity', '--site', 'abilene', '--scenario', 'btm-gas', '--reserve', '2']);
    expect(code).toBe(0);
    // Hand-worked in tests/main/services/firm-capacity.test.ts: 1,010.7 MW firm at N+2.
    expect(stdout).toMatch(/N\+2: .*→ 1,010\.7 MW\n\s*firm 1,010\.7 MW/);
    expect(stdout).toMatch(/at 36\.7 °C/);
  });

  it('refuses a reserve that is not a whole number 0–4 in one line, exit 2', async () => {
    const { code, stderr } = await cli(['firm-capacity', '--site', 'abilene', '--scenario', 'btm-gas', '--reserve', '9']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--reserve/);
  });
});
