import { HOURS_PER_YEAR } from '../../hours';
import { capitalRecoveryFactor } from '../capital-recovery';
import type { LpBuilder } from '../lp-builder';
import type { SizingFlexibleGrid, SizingInput } from '../types';
import type { HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';
import type { TimeStructure } from './time-structure';

/** Years the one-off value of energizing earlier is annualized over unless the input says: the economics sheet's NPV horizon (FINANCE_DEFAULTS.horizonYears). */
export const DEFAULT_ENERGIZE_RECOVERY_YEARS = 20;

/** The flexible columns of the sizing LP (absent: −1 / null). */
export type FlexibleColumns = {
  /** Flexible MW F (held at `fixedMW` when given, else 0..maxMW). */
  flexibleMW: number;
  /** Workload curtailment w_i of each modelled hour in which the flexible part is cut (−1 in the others). */
  workloadHour: Int32Array;
  /** 1 where modelled hour i is cut to firm. */
  curtailedModelHour: Uint8Array;
  /** USD/yr per MW of F: its charge less the energize credit (negative when the credit is larger). */
  netPerMW: number;
  creditPerMW: number;
};

/**
 * The flexible offer the LP models: absent, or a zero offer, is no flexible service at all. A firm
 * offer of 0 MW is a flexible-only connection (the grid columns exist, G held at 0 by its bound:
 * capacity-columns.ts), not "no offer".
 */
export function flexibleOffer(input: SizingInput): SizingFlexibleGrid | null {
  const flexible = input.grid?.flexible;
  return flexible !== undefined && flexible.maxMW > 0 && input.grid !== undefined ? flexible : null;
}

/** Months the flexible part energizes before the firm part; 0 when it does not (it then earns no credit: its MW arrive later, the firm part is not delayed). */
export function monthsEarlier(flexible: SizingFlexibleGrid): number {
  return Math.max(0, flexible.firmQueueMonths - flexible.flexibleQueueMonths);
}

/**
 * The energize credit, USD/yr per flexible MW. Convention: a MW energized m months earlier earns
 * value × m once (USD per MW-month of compute online × months), a capital-like sum at
 * energization; the LP annualizes capital by the capital recovery factor at its discount rate
 * (capacity-columns.ts), so the credit is value × m × CRF(discount rate, recovery years).
 */
export function energizeCreditPerMW(flexible: SizingFlexibleGrid, discountRate: number): number {
  const crf = capitalRecoveryFactor(discountRate, flexible.energizeRecoveryYears ?? DEFAULT_ENERGIZE_RECOVERY_YEARS);
  return flexible.energizeValueUSDPerMWMonth * monthsEarlier(flexible) * crf;
}

/**
 * The year hours (0..8759) in which `flexibleMW` is cut to firm: the listed hours, or where the
 * host load plus the flexible MW passes the servable level — the same comparison, written the
 * same way, as the simulation's rule (grid/flexible.ts systemRuleHours), so the LP and the
 * re-check cut the same hours. No hour is cut without flexible MW.
 */
export function curtailedYearHours(flexible: SizingFlexibleGrid, flexibleMW: number): Uint8Array {
  const curtailed = new Uint8Array(HOURS_PER_YEAR);
  if (flexibleMW <= 0) return curtailed;
  const rule = flexible.curtailment;
  if (rule.kind === 'listed') {
    for (const h of rule.hours) curtailed[h] = 1;
    return curtailed;
  }
  for (let h = 0; h < HOURS_PER_YEAR; h++) if ((rule.hostLoadMW[h] ?? 0) + flexibleMW > (rule.servableMW[h] ?? 0)) curtailed[h] = 1;
  return curtailed;
}

/**
 * The flexible MW column F and, in each modelled hour the flexible part is cut, a workload
 * curtailment column w_i priced at w_i-weight × the user's USD/MWh (compute not run: its own
 * price, not the VOLL, and outside the unserved allowance). The cut hours are fixed for the LP:
 * those of `fixedMW` under the system rule (the rule depends on F itself, which is why the search
 * over F is optimize-flexible.ts's), the list otherwise (then F is free in 0..maxMW and the LP
 * exact). Columns are added after every other, so the LP without a flexible offer is unchanged.
 */
export function addFlexibleColumns(builder: LpBuilder, input: SizingInput, time: TimeStructure, cost: (usd: number) => number): FlexibleColumns | null {
  const flexible = flexibleOffer(input);
  if (flexible === null) return null;
  if (flexible.curtailment.kind === 'systemLoad' && flexible.fixedMW === undefined) {
    throw new RangeError('grid.flexible.fixedMW: under the system-load rule the cut hours depend on the flexible MW; the LP is built for one flexible MW at a time (optimizeFlexible searches over them)');
  }
  const grid = input.grid;
  const chargePerMW = flexible.capacityChargeUSDPerMWYear ?? grid?.capacityChargeUSDPerMWYear ?? 0;
  const creditPerMW = energizeCreditPerMW(flexible, input.discountRate);
  const netPerMW = chargePerMW - creditPerMW;
  const fixed = flexible.fixedMW;
  const flexibleMW = fixed === undefined ? builder.addColumn(cost(netPerMW), 0, flexible.maxMW) : builder.addColumn(cost(netPerMW), fixed, fixed);
  const curtailedYear = curtailedYearHours(flexible, fixed ?? flexible.maxMW);
  const modelled = time.hourWeight.length;
  const workloadHour = new Int32Array(modelled).fill(-1);
  const curtailedModelHour = new Uint8Array(modelled);
  for (let i = 0; i < modelled; i++) {
    if (curtailedYear[time.yearHourOf[i] ?? 0] !== 1) continue;
    curtailedModelHour[i] = 1;
    workloadHour[i] = builder.addColumn(cost((time.hourWeight[i] ?? 0) * flexible.workloadCurtailmentUSDPerMWh));
  }
  return { flexibleMW, workloadHour, curtailedModelHour, netPerMW, creditPerMW };
}

/**
 * Modelled hour i: the grid draw g_i ≤ G + F in hours not cut, ≤ G in cut hours (written against
 * this hour's copies of G and F); in a cut hour, w_i ≤ F — workload curtailment is the load the
 * flexible part would have carried, no more. The N+k reserve (reserve.ts) counts G as the grid's
 * capacity; the F MW it serves are interruptible by contract, so the reserve covers peak − F: the
 * campus has agreed to ride through cut hours on its own supply or by pausing work, at the
 * workload price (the convention time-to-power and the simulation's flexible readout use).
 */
export function flexibleGridRows(writer: RowWriter, flexible: FlexibleColumns, hourly: HourlyColumns, i: number, gridCopy: number, flexibleCopy: number): void {
  writer.term(hourly.gridHour[i] ?? -1, 1);
  writer.term(gridCopy, -1);
  if (flexible.curtailedModelHour[i] !== 1) writer.term(flexibleCopy, -1);
  writer.row(-Infinity, 0);
  const workload = flexible.workloadHour[i] ?? -1;
  if (workload >= 0) {
    writer.term(workload, 1);
    writer.term(flexibleCopy, -1);
    writer.row(-Infinity, 0);
  }
}
