import { ApiError } from '../../../api/errors';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

/**
 * Hourly series attached to a site by `import:load|price|weather` with `attachTo`: list them
 * (figures, no values) and remove one, which restores the built-in input for the next run.
 */
export function registerSeriesHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('series:list', ({ siteId }) => {
    const project = ctx.session.require();
    if (!project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    return { series: project.series.list(siteId) };
  });
  registry.register('series:remove', ({ siteId, kind }) => ({ removed: ctx.session.require().series.remove(siteId, kind) }));
}
