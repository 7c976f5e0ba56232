import type { ServiceContext } from './context';
import { registerAppHandlers } from './handlers/app';
import { registerExportHandlers } from './handlers/export';
import { registerFirmCapacityHandlers } from './handlers/firm-capacity';
import { registerHeadroomHandlers } from './handlers/headroom';
import { registerHostUtilityHandlers } from './handlers/host-utility';
import { registerImportHandlers } from './handlers/imports';
import { registerModelHandlers } from './handlers/model';
import { registerProjectHandlers } from './handlers/project';
import { registerRateImpactHandlers } from './handlers/rate-impact';
import { registerRunHandlers } from './handlers/runs';
import { registerScenarioHandlers } from './handlers/scenarios';
import { registerSeriesHandlers } from './handlers/series';
import { registerSiteHandlers } from './handlers/sites';
import { registerStoryHandlers } from './handlers/stories';
import { ModelService } from './model-service';
import { projectGuard } from './project-guard';
import { HandlerRegistry } from './registry';

/**
 * The one implementation behind IPC, HTTP and the CLI. `warmRuns`: start the run threads now
 * (the long-lived hosts: the desktop's service process and `serve`), so a run's first progress
 * comes at once; a one-shot CLI command leaves it off.
 */
export function createServices(ctx: ServiceContext, options: { warmRuns?: boolean } = {}): HandlerRegistry {
  const registry = new HandlerRegistry(projectGuard(ctx.session));
  // One model service (and so one per-site engine cache) for the runs and for the checks before every write.
  const model = new ModelService();
  registerAppHandlers(registry, ctx);
  registerProjectHandlers(registry, ctx);
  registerSiteHandlers(registry, ctx, model);
  registerScenarioHandlers(registry, ctx, model);
  const runs = registerRunHandlers(registry, ctx, model);
  if (options.warmRuns) runs.warm();
  registerImportHandlers(registry, ctx, model);
  registerSeriesHandlers(registry, ctx, model);
  registerHostUtilityHandlers(registry, ctx, model);
  registerRateImpactHandlers(registry, ctx, registerModelHandlers(registry, ctx, model));
  registerFirmCapacityHandlers(registry, ctx, model);
  registerHeadroomHandlers(registry, ctx);
  registerExportHandlers(registry, ctx, model);
  registerStoryHandlers(registry, ctx);
  registry.assertComplete();
  return registry;
}
