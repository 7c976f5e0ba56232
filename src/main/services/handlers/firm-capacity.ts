import type { FirmCapacityResponse } from '../../../api/schemas/firm-capacity';
import type { SimulationSummary } from '../../../power-model/simulate';
import { firmCapacity } from '../../../power-model/thermal/firm-capacity';
import type { FirmFuelLimit, FirmPermitLimit } from '../../../power-model/thermal/firm-limits';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { HandlerRegistry } from '../registry';

/** Limits the waterfall does not take off yet; said beside every answer so no one reads it as the whole story. */
const NOT_COUNTED = [
  'common-mode events (gas supply loss in a cold snap, weather-correlated grid outages): the Monte Carlo counts them, and the optimizer\'s worst-day target sizes for them',
  'an interruptible pipeline counts as delivering on the hot day (it is cut on cold gas days)',
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
    const fuel = fuelLimit(result.summary.gasSupply);
    const permits = permitLimit(result.summary.permits);
    const firm = firmCapacity({
      blocks,
      dryBulbC: result.dryBulbC,
      elevationM,
      reserveUnits,
      facilityMW: result.facilityMW,
      gridImportLimitMW: result.gridLimitMW,
      ...(fuel === undefined ? {} : { fuel }),
      ...(permits === undefined ? {} : { permits }),
    });
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

/** The scenario's gas deliverability as the simulation kept it; undefined when it set none. */
function fuelLimit(gas: SimulationSummary['gasSupply']): FirmFuelLimit | undefined {
  if (gas === null) return undefined;
  return {
    pipelineMMBtuPerHour: gas.pipelineMMBtuPerHour,
    pipelineMMBtuPerDay: gas.pipelineMMBtuPerDay,
    onSiteMMBtu: (gas.storage?.capacityMMBtu ?? 0) + (gas.distillate?.tankMMBtu ?? 0),
  };
}

/** The scenario's permit budgets as the simulation kept them; undefined when none is set. */
function permitLimit(report: SimulationSummary['permits']): FirmPermitLimit | undefined {
  const limit = (budget: string): number | null => report.budgets.find((b) => b.budget === budget)?.limit ?? null;
  const permits: FirmPermitLimit = { hoursPerUnit: limit('hoursPerUnit'), noxTonsPerYear: limit('noxTonsPerYear'), coTonsPerYear: limit('coTonsPerYear'), co2TonnesPerYear: limit('co2TonnesPerYear'), scr: report.scr };
  return Object.values(permits).some((v) => typeof v === 'number') ? permits : undefined;
}
