import { ApiError } from '../../../api/errors';
import type { SiteRateImpactResponse } from '../../../api/schemas/site-rate-impact';
import { RateImpactInputError } from '../../../power-model/rate-impact/index';
import { siteRateImpact, type ScenarioRun } from '../../rate-impact/site-rate-impact';
import { systemPeakHours } from '../../rate-impact/system-peak-hours';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { HandlerRegistry } from '../registry';
import { editedHostUtility } from './host-utility';

/**
 * `rateImpact:site`: each requested scenario is simulated with the project's assumption edits
 * (the same runs as `model:simulate`, sharing its per-site cache), then fed with the site's
 * host-utility file, with the project's edits merged in (`hostUtility:set`), to the rate-impact
 * engine under each allocator.
 */
export function registerRateImpactHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('rateImpact:site', ({ siteId, scenarioIds, methods, year }): SiteRateImpactResponse => {
    const project = ctx.session.require();
    const site = model.site(project, siteId);
    const host = editedHostUtility(project, site.id);
    const runs: ScenarioRun[] = scenarioIds.map((scenarioId, i) => {
      try {
        const scenario = model.scenario(project, scenarioId);
        return { scenarioId, scenarioName: scenario.name, result: model.simulate(project, site.id, scenarioId, year) };
      } catch (error) {
        if (error instanceof ApiError && error.path === 'scenarioId') throw new ApiError(error.code, error.message, `scenarioIds.${i}`);
        throw error;
      }
    });
    const dryBulbC = model.runnerPlain(site).prepare(site).cache.weather.dryBulbC;
    try {
      return siteRateImpact(host, runs, (run) => systemPeakHours(run.result, dryBulbC), methods);
    } catch (error) {
      if (error instanceof RateImpactInputError) throw new ApiError('invalid-request', `data/rate-impact/${site.id}.json or the simulated load: ${error.message}`, error.field);
      throw error;
    }
  });
}
