import { allocateFlows } from '../dispatch/flows';
import type { DispatchSpan } from '../dispatch/span';
import type { DispatchFlows, DispatchInput, DispatchResult } from '../dispatch/types';
import { HOURS_PER_YEAR } from '../hours';
import type { SupplyStep } from '../time-to-power/time-to-power';
import { DEFAULT_WORKLOAD_CURTAILMENT, flexibleOnlineYear, flexibleYear, type FlexibleGridInput } from './flexible';
import { flexibleReadout, notInServiceReadout, type CounterfactualHours, type FlexibleReadout } from './flexible-readout';
import type { GridSpec } from './supply';
import type { SystemLoadYear } from './tariff';

/**
 * True when nothing the dispatch does in one hour changes another (no battery, so no state of charge
 * or daily battery plan; no permit budgets or gas deliverability, so no limiter): each hour's
 * flows are then a function of that hour's inputs alone (dispatch.ts, follow-schedule.ts).
 */
export function hoursIndependent(input: DispatchInput): boolean {
  return !(input.battery.powerMW > 0 && input.battery.energyMWh > 0) && input.limits === undefined;
}

export type FlexibleSimulation = { dispatch: DispatchResult; readout: FlexibleReadout | null; limitMW: Float64Array | null };

/**
 * Runs one dispatch (dispatchYear, followSchedule or the permit reservation) over `span`
 * (dispatch/span.ts), allocating its flows when `out` is undefined. A run that cannot take a
 * span — the reservation, whose open hours are ranked over the whole year — runs the whole year
 * and returns no checkpoint; simulateFlexible then dispatches the counterfactual's whole year.
 */
export type DispatchRun = (input: DispatchInput, out: DispatchFlows | undefined, span?: DispatchSpan) => DispatchResult;

/**
 * The year's dispatch with a flexible connection (grid/flexible.ts): the import limit is firm +
 * flexible MW, cut to the firm MW in the curtailed hours; the campus's serve order then covers
 * those hours from gas and battery, and what it cannot cover is workload curtailment. The same
 * year dispatched with the full connection every hour is the counterfactual the readout is
 * measured against (flexible-readout.ts). It differs from the dispatch only from the first
 * curtailed hour on, so only that part is dispatched (dispatch/span.ts), exactly:
 * - where no state carries across hours (`hoursIndependent`), the curtailed hours alone;
 * - else from the first hour of the first curtailed hour's day (the economic battery plan is made
 *   day by day), resumed from the dispatch's own state there; without limits it stops once the
 *   battery's state of charge is back to the dispatch's, after the last curtailed day — from there
 *   the two runs are the same hour for hour;
 * - a run that takes no span (the permit reservation), the whole year.
 * Without flexible MW in service this year (none, islanded, or before it energizes) the dispatch
 * is exactly the firm one; the readout is null, or says when the flexible part energizes.
 */
export function simulateFlexible(
  scenarioGrid: FlexibleGridInput,
  context: { grid: GridSpec; firmMW: number; year: number; planningYear: number; system: SystemLoadYear | null },
  input: DispatchInput,
  run: DispatchRun,
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
  const curtailed = flexible.hours.curtailed;
  const cutHours = curtailedHours(curtailed);
  const firstCut = cutHours[0] ?? HOURS_PER_YEAR;
  const lastCut = cutHours[cutHours.length - 1] ?? HOURS_PER_YEAR;
  // The state is taken at the first hour of the first curtailed day: before it the two runs are one.
  const fromHour = Math.floor(firstCut / 24) * 24;
  const independent = hoursIndependent(input);
  const dispatch = run({ ...input, gridLimitMW: fullMW, gridLimitByHourMW: flexible.limitMW }, out, independent ? {} : { checkpointHour: fromHour });
  const counterfactualInput: DispatchInput = { ...input, gridLimitMW: fullMW };
  let fullHours: CounterfactualHours = { kind: 'year' };
  let full: DispatchResult;
  // A run that ignored the span returns the whole year (8760 hours, no toHour): read as such.
  if (independent) {
    full = run(counterfactualInput, undefined, { hours: cutHours });
    if (full.flows.gridToLoadMW.length === cutHours.length) fullHours = { kind: 'list', hours: cutHours };
  } else if (dispatch.checkpoint !== undefined) {
    // After the last curtailed day the inputs are the dispatch's again (from a day's first hour, for the plan).
    const afterHour = Math.min(HOURS_PER_YEAR, (Math.floor(lastCut / 24) + 1) * 24);
    const stopWhenSame = input.limits === undefined ? { afterHour, batterySocMWh: dispatch.flows.batterySocMWh } : undefined;
    full = run(counterfactualInput, undefined, { from: dispatch.checkpoint, ...(stopWhenSame === undefined ? {} : { stopWhenSame }) });
    if (full.toHour !== undefined) fullHours = { kind: 'range', fromHour, toHour: full.toHour };
  } else {
    full = run(counterfactualInput, allocateFlows());
  }
  const { checkpoint: _checkpoint, ...dispatchResult } = dispatch;
  const readout = flexibleReadout(dispatch.flows, full.flows, curtailed, { firmMW: flexible.firmMW, flexibleMW: flexible.flexibleMW, onlineYear: flexible.onlineYear, rule: flexible.hours.rule, ...cost }, fullHours);
  return { dispatch: dispatchResult, readout, limitMW: flexible.limitMW };
}

/** The curtailed hours of a mask, ascending. */
function curtailedHours(curtailed: Uint8Array): Int32Array {
  let n = 0;
  for (let h = 0; h < curtailed.length; h++) if (curtailed[h] === 1) n++;
  const hours = new Int32Array(n);
  for (let h = 0, i = 0; h < curtailed.length; h++) if (curtailed[h] === 1) hours[i++] = h;
  return hours;
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
