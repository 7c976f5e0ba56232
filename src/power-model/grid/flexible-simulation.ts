import { allocateFlows } from '../dispatch/flows';
import type { DispatchFlows, DispatchInput, DispatchResult } from '../dispatch/types';
import type { SupplyStep } from '../time-to-power/time-to-power';
import { DEFAULT_WORKLOAD_CURTAILMENT, flexibleOnlineYear, flexibleYear, type FlexibleGridInput } from './flexible';
import { flexibleReadout, notInServiceReadout, type FlexibleReadout } from './flexible-readout';
import type { GridSpec } from './supply';
import type { SystemLoadYear } from './tariff';

/**
 * The counterfactual's flows, allocated once: twelve 8760-hour arrays cost more to allocate than
 * the dispatch that fills them, and they never leave simulateFlexible (the readout is read from
 * them before it returns; the engine runs one simulation at a time per thread).
 */
let counterfactual: DispatchFlows | undefined;

export type FlexibleSimulation = { dispatch: DispatchResult; readout: FlexibleReadout | null; limitMW: Float64Array | null };

/**
 * The year's dispatch with a flexible connection (grid/flexible.ts): the import limit is firm +
 * flexible MW, cut to the firm MW in the curtailed hours; the campus's serve order then covers
 * those hours from gas and battery, and what it cannot cover is workload curtailment. The same
 * year is dispatched once more with the full connection every hour, the counterfactual the
 * readout is measured against (flexible-readout.ts). Without flexible MW in service this year
 * (none, islanded, or before it energizes) the dispatch is exactly the firm one; the readout is
 * null, or says when the flexible part energizes.
 */
export function simulateFlexible(
  scenarioGrid: FlexibleGridInput,
  context: { grid: GridSpec; firmMW: number; year: number; planningYear: number; system: SystemLoadYear | null },
  input: DispatchInput,
  run: (input: DispatchInput, out: DispatchFlows) => DispatchResult,
  out: DispatchFlows,
): FlexibleSimulation {
  const flexible = context.grid.importAllowed
    ? flexibleYear(scenarioGrid, { firmMW: context.firmMW, year: context.year, planningYear: context.planningYear, system: context.system, series: context.grid.systemLoad?.series })
    : null;
  const cost = {
    workloadCurtailmentUSDPerMWh: scenarioGrid.workloadCurtailmentUSDPerMWh ?? DEFAULT_WORKLOAD_CURTAILMENT.valueUSDPerMWh,
    workloadCurtailmentSource: scenarioGrid.workloadCurtailmentUSDPerMWh === undefined ? DEFAULT_WORKLOAD_CURTAILMENT.source : 'scenario (user-set)',
  };
  if (!flexible) {
    const flexibleMW = scenarioGrid.flexibleMW ?? 0;
    const queued = context.grid.importAllowed && flexibleMW > 0;
    const readout = queued ? notInServiceReadout({ firmMW: context.firmMW, flexibleMW, onlineYear: flexibleOnlineYear(scenarioGrid, context.planningYear), ...cost }) : null;
    return { dispatch: run(input, out), readout, limitMW: null };
  }
  const fullMW = flexible.firmMW + flexible.flexibleMW;
  const dispatch = run({ ...input, gridLimitMW: fullMW, gridLimitByHourMW: flexible.limitMW }, out);
  counterfactual ??= allocateFlows();
  const full = run({ ...input, gridLimitMW: fullMW }, counterfactual);
  const readout = flexibleReadout(dispatch.flows, full.flows, flexible.hours.curtailed, { firmMW: flexible.firmMW, flexibleMW: flexible.flexibleMW, onlineYear: flexible.onlineYear, rule: flexible.hours.rule, ...cost });
  return { dispatch, readout, limitMW: flexible.limitMW };
}

/**
 * Time-to-power's step for the flexible part: its MW from the year it energizes (planning year +
 * its queue), on the path `grid-flexible`. It is counted as available because the campus has
 * agreed to ride through the curtailed hours on its own supply or by pausing work; the firm part
 * stays on the `grid` path with its own queue.
 */
export function flexibleSupply(scenarioGrid: FlexibleGridInput, importAllowed: boolean, planningYear: number): SupplyStep[] {
  const mw = scenarioGrid.flexibleMW ?? 0;
  if (!importAllowed || mw <= 0) return [];
  return [{ path: 'grid-flexible', year: flexibleOnlineYear(scenarioGrid, planningYear), mw }];
}
