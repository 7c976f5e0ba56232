import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/api/schemas/site';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ModelService, PREPARED_SITES_IN_MEMORY } from '../../../src/main/services/model-service';
import { ProjectSession } from '../../../src/main/services/project-session';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

// The model service keeps the prepared inputs of the PREPARED_SITES_IN_MEMORY sites used last, so a
// portfolio's memory does not grow with its sites (bench portfolio-memory); a site that left is
// prepared again (from the project's prepared cache) and answers as before.
describe('prepared sites in memory', () => {
  it('keeps the sites used last, drops the one used longest ago, and answers the same for a site that left', async () => {
    expect(PREPARED_SITES_IN_MEMORY).toBe(16);
    const tmp = makeTempDir();
    const services = makeServices(tmp.dir);
    try {
      const got = await services.registry.dispatch('sites:get', { id: 'abilene' });
      if (!got.ok) throw new Error(got.error.message);
      const abilene = (got.value as { site: Site }).site;
      // 8 bundled sites and 10 copies of Abilene: 18 sites, 2 more than are kept.
      for (let i = 1; i <= 10; i++) {
        const saved = await services.registry.dispatch('sites:save', { site: { ...abilene, id: `abilene-copy-${i}`, name: `Abilene copy ${i}` } });
        if (!saved.ok) throw new Error(saved.error.message);
      }
      services.ctx.session.close();

      const session = new ProjectSession(loadBundledSites);
      session.open(services.projectPath);
      try {
        const project = session.require();
        const model = new ModelService({ engineBuild: 'test-build' });
        const ids = project.sites.list().map((s) => s.id);
        expect(ids.length).toBe(18);
        const first = model.response(model.simulate(project, ids[0] as string, 'grid-only', undefined), false).summary;
        for (const id of ids.slice(1)) model.simulate(project, id, 'grid-only', undefined);
        // 18 used in order: the first two have left.
        expect(model.sitesInMemory()).toEqual(ids.slice(2));
        // A use moves a site to the end: the third site, used again, outlives the fourth.
        model.simulate(project, ids[2] as string, 'grid-only', undefined);
        const again = model.response(model.simulate(project, ids[0] as string, 'grid-only', undefined), false).summary;
        expect(model.sitesInMemory()).toEqual([...ids.slice(4), ids[2], ids[0]]);
        expect(again).toEqual(first);
      } finally {
        session.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
