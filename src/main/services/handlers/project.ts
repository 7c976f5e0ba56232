import type { ProjectInfo } from '../../../api/schemas/project';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

export function registerProjectHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  const remembered = (info: ProjectInfo): ProjectInfo => {
    ctx.settings.rememberProject(info.path);
    return info;
  };
  registry.register('project:new', ({ path }) => remembered(ctx.session.create(path)));
  registry.register('project:open', ({ path }) => remembered(ctx.session.open(path)));
  registry.register('project:saveAs', ({ path, overwrite }) => remembered(ctx.session.saveAs(path, overwrite)));
  registry.register('project:recent', () => ({ recent: ctx.settings.get().recent }));
  registry.register('project:current', () => ({ project: ctx.session.info() }));
  // The service process is the one writer of the settings file; the desktop shell asks here.
  registry.register('settings:get', () => ctx.settings.get());
  registry.register('settings:set', ({ window }) => ctx.settings.update(() => ({ window })));
}
