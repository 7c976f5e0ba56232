import type { PermitOrder } from './reservation';

/**
 * Air-permit limits on the BTM thermal fleet for one year, engine form; each absent = no limit.
 * - `hoursPerUnit`: operating hours a year each unit may run (a unit runs in an hour when it is
 *   committed, see blockFuelMMBtu). Units of a block are rotated, so a block of N units may spend
 *   N × hoursPerUnit unit-hours however the hours fall: any hourly commitment n_t ≤ N with
 *   Σ n_t ≤ N × H can be dealt out so that no unit passes H (give each hour's n_t units to those
 *   with the fewest hours so far).
 * - `noxTonsPerYear`, `coTonsPerYear`: short tons (2,000 lb), as US permits state them; from fuel
 *   × the technology's lb/MMBtu (thermal/emissions.ts), with SCR when `scr`.
 * - `co2TonnesPerYear`: metric tonnes of CO2 from the fleet's fuel (the grid's CO2 is not the
 *   permit's).
 * - `scr`: SCR on every unit that can take one (its factors and costs, thermal/emissions.ts).
 * - `order`: spend the budgets in calendar order (default) or on the hours that need the fleet
 *   most (permits/reservation.ts).
 */
export type PermitLimits = {
  hoursPerUnit?: number;
  noxTonsPerYear?: number;
  coTonsPerYear?: number;
  co2TonnesPerYear?: number;
  scr: boolean;
  order?: PermitOrder;
};

/** The budgets a permit can hold, in the order results list them. */
export const PERMIT_BUDGETS = ['hoursPerUnit', 'noxTonsPerYear', 'coTonsPerYear', 'co2TonnesPerYear'] as const;
export type PermitBudget = (typeof PERMIT_BUDGETS)[number];

/** True when any budget is set (SCR alone changes factors and cost, not the dispatch). */
export function hasPermitBudget(limits: PermitLimits | undefined): boolean {
  return limits !== undefined && PERMIT_BUDGETS.some((b) => limits[b] !== undefined);
}
