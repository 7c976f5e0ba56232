import type { FirmCapacityResponse } from '../../../api/schemas/firm-capacity';
import { firmCapacity } from '../../../power-model/thermal/firm-capacity';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { HandlerRegistry } from '../registry';

/** Limits the waterfall does not take off yet; said beside every answer so no one reads it as the whole story. */
const NOT_COUNTED = [
  'air-permit limits on hours and emissions',
  'gas pipeline deliverability',
  'common-mode events (gas supply loss in a cold snap, weather-correlated grid outages)',
];

/**
 * `firm:capacity`: the scenario simulated as model:simulate runs it (the project's assumption edits,
 * the site's attached weather), then the firm-capacity waterfall of its thermal units online in
 * the year, on the weather year's 0.4% design dry-bulb at the site's elevation.
 */
export function registerFirmCapacityHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('firm:capacity', ({ siteId, scenarioId, year, reserveUnits }): FirmCapacityResponse => {
    const project = ctx.session.require();
    const site = model.site(project, siteId);
    const result = model.simulate(project, siteId, scenarioId, year);
    const catalog = model.catalogue();
    const blocks = result.summary.thermal.flatMap((b) => {
      const technology = catalog.thermal[b.technologyId];
      return technology === undefined ? [] : [{ technology, units: b.onlineUnits }];
    });
    const elevationM = result.summary.elevationM;
    const firm = firmCapacity({ blocks, dryBulbC: result.dryBulbC, elevationM, reserveUnits, facilityMW: result.facilityMW, gridImportLimitMW: result.gridLimitMW });
    const elevation = site.location.elevationM;
    return {
      siteId,
      scenarioId,
      year: result.summary.year,
      ...firm,
      blocks: firm.blocks.map((b) => ({ ...b, name: catalog.thermal[b.technologyId]?.name ?? b.technologyId })),
      elevationSource: elevation === undefined ? 'not given: sea level (0 m) assumed' : elevation.source === 'assumption' ? `estimate: ${elevation.assumption ?? ''}` : elevation.source,
      notCounted: NOT_COUNTED,
    };
  });
}
