import { ApiError } from '../../../api/errors';
import { isBuiltInScenarioId } from '../../../power-model/scenarios/index';
import { storiesOf } from '../../db/stories-repo';
import type { ServiceContext } from '../context';
import type { HandlerRegistry } from '../registry';

/**
 * Saved stories (`stories:list|save|delete`). A story must name a site of the project and, in
 * every step, a scenario that exists (built in, or saved for that site or for all sites); the
 * error names the step's field. Saving replaces a story with the same id.
 */
export function registerStoryHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('stories:list', ({ siteId }) => ({ stories: storiesOf(ctx.session.require().db).list(siteId) }));
  registry.register('stories:save', ({ story }) => {
    const project = ctx.session.require();
    if (!project.sites.exists(story.siteId)) throw new ApiError('not-found', `no site with id "${story.siteId}"`, 'story.siteId');
    story.steps.forEach((step, i) => {
      if (isBuiltInScenarioId(step.scenarioId)) return;
      const saved = project.scenarios.get(step.scenarioId);
      if (!saved || (saved.siteId !== null && saved.siteId !== story.siteId)) {
        throw new ApiError('not-found', `no scenario "${step.scenarioId}" for site "${story.siteId}"`, `story.steps.${i}.scenarioId`);
      }
    });
    const repo = storiesOf(project.db);
    const created = repo.get(story.id) === undefined;
    repo.save(story);
    return { story, created };
  });
  registry.register('stories:delete', ({ id }) => ({ deleted: storiesOf(ctx.session.require().db).delete(id) }));
}
