import { ApiError } from '../../../api/errors';
import type { SiteRateImpactResponse } from '../../../api/schemas/site-rate-impact';
import { siteHourlyCsv, siteWorkbook } from '../../export/export-service';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { HandlerRegistry } from '../registry';

/**
 * `export:workbook` and `export:hourlyCsv`: the simulation with the project's edits (as
 * `model:simulate`) and the rate impact through the `rateImpact:site` handler itself, so the
 * workbook shows exactly what the views show.
 */
export function registerExportHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('export:workbook', async ({ siteId, scenarioId, year }) => {
    const project = ctx.session.require();
    const site = model.site(project, siteId);
    const scenario = model.scenario(project, scenarioId);
    const result = model.response(model.simulate(project, siteId, scenarioId, year), true);
    const scenarioIds = [...new Set(['grid-only', scenarioId, 'hybrid', 'islanded'])];
    const rate = await registry.dispatch('rateImpact:site', { siteId, scenarioIds, ...(year === undefined ? {} : { year }) });
    const rateImpact = rate.ok ? (rate.value as SiteRateImpactResponse) : rate.error.message;
    const { fileName, bytes } = await siteWorkbook({ site, scenarioName: scenario.name, result, rateImpact });
    return { fileName, base64: bytes.toString('base64'), bytes: bytes.length };
  });
  registry.register('export:hourlyCsv', ({ siteId, scenarioId, year }) => {
    const project = ctx.session.require();
    const site = model.site(project, siteId);
    const result = model.response(model.simulate(project, siteId, scenarioId, year), true);
    try {
      return siteHourlyCsv({ site, result });
    } catch (error) {
      throw new ApiError('invalid-request', error instanceof Error ? error.message : String(error), 'scenarioId');
    }
  });
}
