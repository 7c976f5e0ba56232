import type { ServiceContext } from './context';
import { registerAppHandlers } from './handlers/app';
import { registerHostUtilityHandlers } from './handlers/host-utility';
import { registerImportHandlers } from './handlers/imports';
import { registerModelHandlers } from './handlers/model';
import { registerProjectHandlers } from './handlers/project';
import { registerRateImpactHandlers } from './handlers/rate-impact';
import { registerRunHandlers } from './handlers/runs';
import { registerScenarioHandlers } from './handlers/scenarios';
import { registerSeriesHandlers } from './handlers/series';
import { registerSiteHandlers } from './handlers/sites';
import { projectGuard } from './project-guard';
import { HandlerRegistry } from './registry';

/** The one implementation behind IPC, HTTP and the CLI. */
export function createServices(ctx: ServiceContext): HandlerRegistry {
  const registry = new HandlerRegistry(projectGuard(ctx.session));
  registerAppHandlers(registry, ctx);
  registerProjectHandlers(registry, ctx);
  registerSiteHandlers(registry, ctx);
  registerScenarioHandlers(registry, ctx);
  registerRunHandlers(registry, ctx);
  registerImportHandlers(registry, ctx);
  registerSeriesHandlers(registry, ctx);
  registerHostUtilityHandlers(registry, ctx);
  registerRateImpactHandlers(registry, ctx, registerModelHandlers(registry, ctx));
  registry.assertComplete();
  return registry;
}
