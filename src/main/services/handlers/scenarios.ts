import { ApiError } from '../../../api/errors';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

export function registerScenarioHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('scenarios:list', ({ siteId }) => ({
    scenarios: ctx.session
      .require()
      .scenarios.list(siteId)
      .map(({ siteId: owner, scenario }) => ({ id: scenario.id, name: scenario.name, siteId: owner, builtIn: false })),
  }));
  registry.register('scenarios:get', ({ id }) => {
    const found = ctx.session.require().scenarios.get(id);
    if (!found) throw new ApiError('not-found', `no scenario with id "${id}"`, 'id');
    return { scenario: found.scenario };
  });
  registry.register('scenarios:save', ({ scenario, siteId }) => {
    const project = ctx.session.require();
    if (siteId !== null && !project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    const created = project.scenarios.get(scenario.id) === undefined;
    project.scenarios.save(scenario, siteId);
    return { scenario, created };
  });
  registry.register('scenarios:delete', ({ id }) => ({ deleted: ctx.session.require().scenarios.delete(id) }));
}
