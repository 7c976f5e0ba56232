import { seasonOfMonth } from '../../../power-model/headroom/calendar';
import { DEFAULT_ENERGIZE_VALUE, DEFAULT_FLEXIBLE_QUEUE, DEFAULT_WORKLOAD_CURTAILMENT, flexibleOnlineYear, seriesServableLevels, type FlexibleGridInput } from '../../../power-model/grid/flexible';
import type { GridSpec } from '../../../power-model/grid/supply';
import type { SystemLoadYear } from '../../../power-model/grid/tariff';
import { HOURS_PER_YEAR, monthOfHour } from '../../../power-model/hours';
import { ModelInputError } from '../../../power-model/input-error';
import type { SizingFlexibleGrid } from '../../../power-model/optimize/types';
import type { ResolvedScenario } from '../../../power-model/scenarios/types';

/** The optimize job's flexible offer (api/schemas/runs.ts FlexibleOfferSchema). */
export type FlexibleOfferParams = {
  maxMW: number;
  /** The utility's firm offer, MW: the firm import limit (default the site's import limit that year). */
  firmMW?: number;
  energizeValueUSDPerMWMonth?: number;
  workloadCurtailmentUSDPerMWh?: number;
  flexibleQueueMonths?: number;
  firmQueueMonths?: number;
  candidates?: number;
};

/**
 * The flexible offer as the sizing LP takes it, or null with the reason in `notes`: each figure
 * from the run's params, else the scenario's grid, else the engine's default (the energize value
 * an estimate, said so). The cut hours follow the simulation exactly: the scenario's listed hours
 * where it has them, else the host system's load of the year on the model calendar and Duke's
 * servable levels over all the data (grid/flexible.ts systemRuleHours). Firm queue: the params,
 * the scenario, else the site's own connection year less its planning year. Not offered (a note
 * says so) when the flexible part cannot be in service in the year sized.
 */
export function sizingFlexibleOffer(
  params: FlexibleOfferParams | undefined,
  context: { scenario: ResolvedScenario; grid: GridSpec; planningYear: number; year: number; system: SystemLoadYear | null; hasGrid: boolean },
  notes: string[],
): SizingFlexibleGrid | null {
  if (params === undefined || params.maxMW <= 0) return null;
  if (!context.hasGrid) {
    notes.push('No flexible grid offered: the scenario has no grid.');
    return null;
  }
  const scenarioGrid = context.scenario.grid;
  const flexibleQueueMonths = params.flexibleQueueMonths ?? scenarioGrid.flexibleQueueMonths ?? DEFAULT_FLEXIBLE_QUEUE.months;
  const onlineYear = flexibleOnlineYear({ flexibleQueueMonths }, context.planningYear);
  if (context.year < onlineYear) {
    notes.push(`No flexible grid offered: with a ${flexibleQueueMonths}-month queue it energizes in ${onlineYear}, after ${context.year}, the year sized.`);
    return null;
  }
  const connection = context.grid.connectionYear;
  const firmQueueMonths = params.firmQueueMonths ?? scenarioGrid.firmQueueMonths ?? (connection === undefined ? 0 : Math.max(0, connection - context.planningYear) * 12);
  const energizeValueUSDPerMWMonth = params.energizeValueUSDPerMWMonth ?? DEFAULT_ENERGIZE_VALUE.usdPerMWMonth;
  if (params.energizeValueUSDPerMWMonth === undefined) notes.push(`Value of energizing earlier: ${Math.round(energizeValueUSDPerMWMonth).toLocaleString('en-US')} USD per MW-month (${DEFAULT_ENERGIZE_VALUE.source}).`);
  const offer = {
    maxMW: params.maxMW,
    workloadCurtailmentUSDPerMWh: params.workloadCurtailmentUSDPerMWh ?? scenarioGrid.workloadCurtailmentUSDPerMWh ?? DEFAULT_WORKLOAD_CURTAILMENT.valueUSDPerMWh,
    firmQueueMonths,
    flexibleQueueMonths,
    energizeValueUSDPerMWMonth,
    ...(params.candidates === undefined ? {} : { candidates: params.candidates }),
  };
  const listed = scenarioGrid.flexibleCurtailmentHours;
  if (listed !== undefined) return { ...offer, curtailment: { kind: 'listed', hours: listed } };
  const series = context.grid.systemLoad?.series;
  if (context.system === null || series === undefined) {
    throw new ModelInputError('flexible.maxMW', 'a flexible offer needs the host system load (its cut hours are where that load plus the flexible MW passes the servable level): attach a system load to the site, or list the hours in the scenario\'s grid.flexibleCurtailmentHours');
  }
  const levels = seriesServableLevels(series);
  const byCode = [levels.winterMW, levels.summerMW, levels.shoulderMW];
  const servableMW = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => byCode[seasonOfMonth(monthOfHour(h))] ?? 0);
  const mapped = context.system.mapped;
  return { ...offer, curtailment: { kind: 'systemLoad', hostLoadMW: mapped.loadMW, servableMW, description: `${mapped.seriesId}, ${mapped.description}` } };
}

/** What the re-check's scenario carries of the flexible offer besides its MW (not the firm queue: that would move the firm connection year). */
export function recheckFlexibleFields(offer: SizingFlexibleGrid | undefined, scenario: ResolvedScenario): Omit<FlexibleGridInput, 'flexibleMW'> | undefined {
  if (offer === undefined) return undefined;
  const listed = scenario.grid.flexibleCurtailmentHours;
  return { workloadCurtailmentUSDPerMWh: offer.workloadCurtailmentUSDPerMWh, flexibleQueueMonths: offer.flexibleQueueMonths, ...(listed === undefined ? {} : { flexibleCurtailmentHours: listed }) };
}
