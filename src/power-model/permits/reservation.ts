import { dispatchYear } from '../dispatch/dispatch';
import type { DispatchFlows, DispatchInput, DispatchResult } from '../dispatch/types';
import { HOURS_PER_YEAR } from '../hours';
import { LB_PER_SHORT_TON } from '../thermal/emissions';
import type { LimitUseRecord } from './limiter';

/** How the dispatch spends annual permit budgets: in calendar order, or on the hours that need the fleet most. */
export const PERMIT_ORDERS = ['chronological', 'priority'] as const;
export type PermitOrder = (typeof PERMIT_ORDERS)[number];

/**
 * The hours of the year ranked by how much they need the thermal fleet: first by the load the
 * grid and solar cannot cover, need = load − solar − grid limit (largest first: without the fleet
 * that load goes unserved — the August peak of a capped connection), then by the grid's price
 * (dearest first: where running the fleet saves most), then earliest first. The battery is left
 * out of the need: it moves energy between hours and does not remove a shortfall.
 */
export function priorityOrder(input: DispatchInput): Int32Array {
  const need = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) need[h] = Math.max(0, (input.facilityMW[h] ?? 0) - (input.solarMW[h] ?? 0) - input.gridLimitMW);
  const order = Int32Array.from({ length: HOURS_PER_YEAR }, (_, h) => h);
  return order.sort((a, b) => (need[b] ?? 0) - (need[a] ?? 0) || (input.gridPriceUSDPerMWh[b] ?? 0) - (input.gridPriceUSDPerMWh[a] ?? 0) || a - b);
}

/**
 * Dispatch under permit budgets spent on the hours that need the fleet most (priority order),
 * instead of first come, first served, so a budget is not gone by the summer peak:
 * 1. dispatch once with the budgets lifted (gas limits kept), recording each hour's use of every
 *    budget (committed unit-hours per block, NOx, CO, CO2);
 * 2. walk the hours in `priorityOrder`, opening an hour when its whole recorded use still fits
 *    every budget that is left (an hour that does not fit stays closed; smaller hours further down
 *    may still fit);
 * 3. dispatch again with the fleet allowed only in open hours; the budgets still hold, so where
 *    the second pass runs the fleet more than the first (a battery, say, left emptier), the budget
 *    still stops it in calendar order.
 * Without any budget in `input.limits` it is `dispatchYear` itself.
 */
export function dispatchWithReservation(input: DispatchInput, out?: DispatchFlows): DispatchResult {
  const limits = input.limits;
  const permits = limits?.permits;
  if (limits === undefined || permits === undefined) return dispatchYear(input, out);
  const blocks = input.thermal;
  const record: LimitUseRecord = { unitHours: new Float64Array(HOURS_PER_YEAR * blocks.length), noxLb: new Float64Array(HOURS_PER_YEAR), coLb: new Float64Array(HOURS_PER_YEAR), co2Kg: new Float64Array(HOURS_PER_YEAR) };
  dispatchYear({ ...input, limits: { ...limits, permits: { scr: permits.scr }, record } }, out);

  const poolLeft = Float64Array.from(blocks, (b) => (permits.hoursPerUnit === undefined ? Infinity : permits.hoursPerUnit * b.onlineUnits));
  let noxLeft = permits.noxTonsPerYear === undefined ? Infinity : permits.noxTonsPerYear * LB_PER_SHORT_TON;
  let coLeft = permits.coTonsPerYear === undefined ? Infinity : permits.coTonsPerYear * LB_PER_SHORT_TON;
  let co2Left = permits.co2TonnesPerYear === undefined ? Infinity : permits.co2TonnesPerYear * 1000;
  const open = new Uint8Array(HOURS_PER_YEAR);
  for (const h of priorityOrder(input)) {
    const nox = record.noxLb[h] ?? 0;
    const co = record.coLb[h] ?? 0;
    const co2 = record.co2Kg[h] ?? 0;
    let fits = nox <= noxLeft && co <= coLeft && co2 <= co2Left;
    for (let b = 0; fits && b < blocks.length; b++) fits = (record.unitHours[h * blocks.length + b] ?? 0) <= (poolLeft[b] ?? 0);
    if (!fits) continue;
    open[h] = 1;
    noxLeft -= nox;
    coLeft -= co;
    co2Left -= co2;
    for (let b = 0; b < blocks.length; b++) poolLeft[b] = (poolLeft[b] ?? 0) - (record.unitHours[h * blocks.length + b] ?? 0);
  }
  return dispatchYear({ ...input, limits: { ...limits, openHours: open } }, out);
}
