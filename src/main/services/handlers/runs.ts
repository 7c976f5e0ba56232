import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

export function registerRunHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('runs:list', ({ siteId, limit }) => ({ runs: ctx.session.require().runs.list(siteId, limit) }));
}
