import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../helpers/cli';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

describe('the CLI on a project (--project FILE)', () => {
  it('reads the project through the services: a scenario and a site edit saved in the app are what the CLI runs', async () => {
    const tmp = makeTempDir();
    const { registry, projectPath, ctx } = makeServices(tmp.dir);
    await registry.dispatch('scenarios:save', { scenario: { id: 'dear-gas', name: 'Dear gas', base: 'btm-gas', overrides: { gasPriceUSDPerMMBtu: 9 } }, siteId: 'milam' });
    const milam = await registry.dispatch('sites:get', { id: 'milam' });
    if (!milam.ok) throw new Error('milam');
    const site = (milam.value as { site: { name: string } }).site;
    await registry.dispatch('sites:save', { site: { ...site, name: 'Milam (edited)' } });
    ctx.session.close();

    const run = await cli(['simulate', '--project', projectPath, '--site', 'milam', '--scenario', 'dear-gas', '--json']);
    expect(run.stderr).toBe('');
    const { summary } = JSON.parse(run.stdout) as { summary: { fuelMMBtu: number; annualCostLinesUSDPerYear: { fuelUSDPerYear: number } } };
    // fuel cost = fuel × the project's scenario price of 9 USD/MMBtu.
    expect(summary.annualCostLinesUSDPerYear.fuelUSDPerYear / summary.fuelMMBtu).toBeCloseTo(9, 9);
    const sites = await cli(['sites', '--project', projectPath, '--json']);
    expect((JSON.parse(sites.stdout) as { rows: { id: string; name: string }[] }).rows.find((r) => r.id === 'milam')?.name).toBe('Milam (edited)');
    // Without --project the bundled sites and built-in scenarios: the project's scenario is unknown there.
    const bundled = await cli(['simulate', '--site', 'milam', '--scenario', 'dear-gas']);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toMatch(/--scenario: "dear-gas" is neither a built-in scenario/);
    tmp.cleanup();
  });

  it('refuses a project file that does not exist, naming the flag, and a site file with --project', async () => {
    const tmp = makeTempDir();
    const missing = await cli(['portfolio', '--project', `${tmp.dir}/nothing.stargrid`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^stargrid portfolio: --project: /);
    const { projectPath, ctx } = makeServices(tmp.dir);
    ctx.session.close();
    const file = await cli(['simulate', '--project', projectPath, '--site', `${tmp.dir}/site.json`]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/--site: with --project give the id of a site in the project/);
    tmp.cleanup();
  });

  it('takes a relative --project path from the folder the command runs in, not from Documents', async () => {
    const tmp = makeTempDir();
    const work = join(tmp.dir, 'work');
    const documents = join(tmp.dir, 'documents');
    mkdirSync(work);
    mkdirSync(documents);
    // The same file name in both folders, told apart by an edited site name.
    for (const [dir, name] of [[work, 'Milam (work)'], [documents, 'Milam (documents)']] as const) {
      const { registry, ctx } = makeServices(dir, 'plan.stargrid');
      const milam = await registry.dispatch('sites:get', { id: 'milam' });
      if (!milam.ok) throw new Error('milam');
      await registry.dispatch('sites:save', { site: { ...(milam.value as { site: object }).site, name } });
      ctx.session.close();
    }
    const cwd = process.cwd();
    const before = process.env.STARGRID_DOCUMENTS;
    process.env.STARGRID_DOCUMENTS = documents;
    process.chdir(work);
    try {
      const sites = await cli(['sites', '--project', 'plan.stargrid', '--json']);
      expect(sites.stderr).toBe('');
      expect((JSON.parse(sites.stdout) as { rows: { id: string; name: string }[] }).rows.find((r) => r.id === 'milam')?.name).toBe('Milam (work)');
      const nested = await cli(['sites', '--project', `../work/./plan.stargrid`, '--json']);
      expect((JSON.parse(nested.stdout) as { rows: { id: string; name: string }[] }).rows.find((r) => r.id === 'milam')?.name).toBe('Milam (work)');
    } finally {
      process.chdir(cwd);
      if (before === undefined) delete process.env.STARGRID_DOCUMENTS;
      else process.env.STARGRID_DOCUMENTS = before;
      tmp.cleanup();
    }
  });
});
