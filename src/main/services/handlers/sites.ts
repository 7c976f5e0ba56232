import { ApiError } from '../../../api/errors';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import { checkSite } from '../preflight';
import { summarizeSite } from '../site-summary';

export function registerSiteHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('sites:list', () => ({ sites: ctx.session.require().sites.list().map(summarizeSite) }));
  registry.register('sites:get', ({ id }) => {
    const site = ctx.session.require().sites.get(id);
    if (!site) throw new ApiError('not-found', `no site with id "${id}"`, 'id');
    return { site };
  });
  registry.register('sites:save', ({ site }) => {
    const project = ctx.session.require();
    const created = !project.sites.exists(site.id);
    // Run the site as it would be saved under every scenario for it; a refusal saves nothing.
    const runner = checkSite(model, project, site, 'site');
    project.sites.save(site);
    model.adopt(project, site, runner);
    return { site, created };
  });
  registry.register('sites:delete', ({ id }) => ({ deleted: ctx.session.require().sites.delete(id) }));
}
