import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import { ModelService } from '../model-service';
import { registerAssumptionHandlers } from './assumptions';

export function registerModelHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService = new ModelService()): ModelService {
  registry.register('model:simulate', ({ siteId, scenarioId, year, hourly }) => {
    const project = ctx.session.require();
    return model.response(model.simulate(project, siteId, scenarioId, year), hourly);
  });
  registerAssumptionHandlers(registry, ctx, model);
  return model;
}
