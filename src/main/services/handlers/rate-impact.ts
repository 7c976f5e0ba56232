import { ApiError } from '../../../api/errors';
import type { HostUtilityFile } from '../../../api/schemas/host-utility';
import type { SiteRateImpactMethod, SiteRateImpactResponse } from '../../../api/schemas/site-rate-impact';
import { RateImpactInputError } from '../../../power-model/rate-impact/index';
import { SheetError } from '../../../power-model/sheets/types';
import { siteRateImpact, type ScenarioRun } from '../../rate-impact/site-rate-impact';
import { systemPeakHours, type SystemPeakHours } from '../../rate-impact/system-peak-hours';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { OpenProject } from '../project-session';
import type { HandlerRegistry } from '../registry';
import { editedHostUtility } from './host-utility';

/**
 * The site's rate impact with `host` as its host-utility description: each scenario simulated
 * with the project's assumption edits (sharing model:simulate's cache), then the rate-impact
 * engine under each allocator. The engine's refusal of the host file is `invalid-request` at
 * `hostPath(field)`; a run that overflows the engine's sheets is one too (at `hostPath('')`).
 */
export function computeSiteRateImpact(
  model: ModelService,
  project: OpenProject,
  request: { siteId: string; scenarioIds: string[]; methods: SiteRateImpactMethod[]; year?: number | undefined },
  host: HostUtilityFile,
  hostPath: (field: string) => string,
): SiteRateImpactResponse {
  const site = model.site(project, request.siteId);
  const runs: ScenarioRun[] = request.scenarioIds.map((scenarioId, i) => {
    try {
      const scenario = model.scenario(project, scenarioId);
      return { scenarioId, scenarioName: scenario.name, result: model.simulate(project, site.id, scenarioId, request.year) };
    } catch (error) {
      if (error instanceof ApiError && error.path === 'scenarioId') throw new ApiError(error.code, error.message, `scenarioIds.${i}`);
      throw error;
    }
  });
  return rateImpactOfRuns(site.id, host, runs, systemPeakHours(model.runnerPlain(site).prepare(site).cache.weather.dryBulbC), request.methods, hostPath);
}

/** The rate-impact engine on simulated runs; its refusals as `invalid-request` at `hostPath(field)` (see computeSiteRateImpact). */
export function rateImpactOfRuns(siteId: string, host: HostUtilityFile, runs: ScenarioRun[], peaks: SystemPeakHours, methods: SiteRateImpactMethod[], hostPath: (field: string) => string): SiteRateImpactResponse {
  try {
    return siteRateImpact(host, runs, peaks, methods);
  } catch (error) {
    if (error instanceof RateImpactInputError) throw new ApiError('invalid-request', `data/rate-impact/${siteId}.json or the simulated load: ${error.message}`, hostPath(error.field));
    if (error instanceof SheetError || error instanceof RangeError) throw new ApiError('invalid-request', `data/rate-impact/${siteId}.json with the project's edits cannot be evaluated: ${error.message}`, hostPath(''));
    throw error;
  }
}

/**
 * `rateImpact:site`: each requested scenario fed with the site's host-utility file, with the
 * project's edits merged in (`hostUtility:set`), to the rate-impact engine under each allocator.
 */
export function registerRateImpactHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('rateImpact:site', (request): SiteRateImpactResponse => {
    const project = ctx.session.require();
    const site = model.site(project, request.siteId);
    return computeSiteRateImpact(model, project, request, editedHostUtility(project, site.id), (field) => field || 'siteId');
  });
}
