import { ApiError } from '../../../api/errors';
import { BUILT_IN_SCENARIO_IDS, BUILT_IN_SCENARIOS, isBuiltInScenarioId, resolveScenario } from '../../../power-model/scenarios/index';
import type { ModelService } from '../model-service';
import { checkScenario } from '../preflight';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

export function registerScenarioHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('scenarios:list', ({ siteId }) => ({
    scenarios: [
      ...BUILT_IN_SCENARIO_IDS.map((id) => ({ id, name: BUILT_IN_SCENARIOS[id].name, siteId: null, builtIn: true })),
      ...ctx.session
        .require()
        .scenarios.list(siteId)
        .map(({ siteId: owner, scenario }) => ({ id: scenario.id, name: scenario.name, siteId: owner, builtIn: false })),
    ],
  }));
  registry.register('scenarios:get', ({ id }) => {
    if (isBuiltInScenarioId(id)) return { scenario: BUILT_IN_SCENARIOS[id] };
    const found = ctx.session.require().scenarios.get(id);
    if (!found) throw new ApiError('not-found', `no scenario with id "${id}"`, 'id');
    return { scenario: found.scenario };
  });
  registry.register('scenarios:save', ({ scenario, siteId }) => {
    const project = ctx.session.require();
    if (isBuiltInScenarioId(scenario.id)) throw new ApiError('conflict', `"${scenario.id}" is a built-in scenario; save yours under another id (it may use "base": "${scenario.id}")`, 'scenario.id');
    if (siteId !== null && !project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    const created = project.scenarios.get(scenario.id) === undefined;
    // Run it on its site (or every site, for a scenario of all sites); a refusal saves nothing.
    checkScenario(model, project, resolveScenario(scenario), siteId, 'scenario');
    project.scenarios.save(scenario, siteId);
    return { scenario, created };
  });
  registry.register('scenarios:delete', ({ id }) => {
    if (isBuiltInScenarioId(id)) throw new ApiError('conflict', `"${id}" is a built-in scenario and cannot be deleted`, 'id');
    return { deleted: ctx.session.require().scenarios.delete(id) };
  });
}
