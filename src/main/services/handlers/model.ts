import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import { ModelService } from '../model-service';
import { registerAssumptionHandlers } from './assumptions';

export function registerModelHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService = new ModelService()): ModelService {
  // A read channel: the registry loads mathjs only if a sheet needs it (registry.ts runLoadingSheetMath).
  registry.register('model:simulate', async ({ siteId, scenarioId, year, hourly }) => {
    // Without hourly series (the portfolio's rows) the answer may come from the project's summary cache.
    const cached = hourly ? null : model.cachedSummary(ctx.session.require(), siteId, scenarioId, year);
    if (cached) return cached;
    const project = ctx.session.require();
    if (!hourly) return model.summary(project, siteId, scenarioId, year);
    return model.response(model.simulate(project, siteId, scenarioId, year), hourly);
  });
  registerAssumptionHandlers(registry, ctx, model);
  return model;
}
