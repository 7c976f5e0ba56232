import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import { ModelService } from '../model-service';
import { registerAssumptionHandlers } from './assumptions';

export function registerModelHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService = new ModelService()): ModelService {
  registry.register('model:simulate', ({ siteId, scenarioId, year, hourly }) => {
    const project = ctx.session.require();
    // Without hourly series (the portfolio's rows) the answer may come from the project's summary cache.
    if (!hourly) return model.summary(project, siteId, scenarioId, year);
    return model.response(model.simulate(project, siteId, scenarioId, year), hourly);
  });
  registerAssumptionHandlers(registry, ctx, model);
  return model;
}
