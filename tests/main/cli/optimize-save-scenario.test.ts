import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioIdFromName } from '../../../src/main/cli/commands/save-mix';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import type { OptimizeJobResult } from '../../../src/main/runs/jobs/optimize';
import { ProjectSession } from '../../../src/main/services/project-session';
import { runCliCaptured } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

describe('stargrid optimize --save-scenario (use this mix)', () => {
  it('saves the re-checked mix as a scenario of the site in the project, unit for unit', async () => {
    const session = new ProjectSession(loadBundledSites);
    const path = session.create(join(tmp.dir, 'plan')).path;
    session.close();
    const run = await runCliCaptured(['optimize', '--site', 'lordstown', '--days', '6', '--availability', 'none', '--save-scenario', 'Lean mix', '--project', path, '--json']);
    expect(run.stderr).not.toMatch(/error/i);
    const result = JSON.parse(run.stdout) as OptimizeJobResult & { savedScenario: { id: string; created: boolean } };
    expect(result.savedScenario).toEqual({ id: 'lean-mix', created: true });
    const reopened = new ProjectSession(loadBundledSites);
    reopened.open(path);
    const saved = reopened.require().scenarios.get('lean-mix');
    reopened.close();
    expect(saved?.siteId).toBe('lordstown');
    const units = Object.fromEntries(result.mix!.thermal.filter((t) => t.units > 0).map((t) => [t.technologyId, t.units]));
    expect(Object.fromEntries((saved?.scenario.btm?.thermal ?? []).map((t) => [t.technology, t.units]))).toEqual(units);
    expect(saved?.scenario.name).toBe('Lean mix');
    expect(saved?.scenario.description).toMatch(/Least-cost mix from the optimizer/);
  }, 240_000);

  it('needs a project to save in, and says so before any work', async () => {
    const run = await runCliCaptured(['optimize', '--site', 'lordstown', '--save-scenario', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--save-scenario needs --project FILE/);
  });

  it('makes a scenario id from the name, and refuses a name with nothing to make one from', () => {
    expect(scenarioIdFromName('  My Mix #2 ')).toBe('my-mix-2');
    expect(() => scenarioIdFromName('!!!')).toThrow(/no letters or digits/);
  });
});
