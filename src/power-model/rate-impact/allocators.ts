import { HOURS_PER_YEAR } from '../hours';
import { missingCase } from '../missing-case';
import { RateImpactInputError } from './input-error';
import type { AllocatorMethod } from './types';

/**
 * A class as the allocators see it; `field` is its path in the input, for error messages.
 * The large load joins as one more class (one customer).
 */
export type AllocationClass = {
  name: string;
  field: string;
  customers: number;
  salesMWh: number;
  coincidentPeakMW: number;
  nonCoincidentPeakMW: number;
  monthlyCoincidentPeaksMW?: number[];
};

// June..September, 0-based months: the ERCOT 4CP window (16 TAC §25.192).
const FOUR_CP_MONTHS = [5, 6, 7, 8];

/**
 * Allocation shares of one pool among `classes`, in class order; they sum to 1.
 *
 * Formulas (NARUC Electric Utility Cost Allocation Manual, 1992, ch. 4; RAP, "Electric Cost
 * Allocation for a New Era", 2020; summarized in docs rate-impact-method.md §3.1), with
 * D_c = class demand, A_c = salesMWh / 8760 (average demand, MW):
 * - `energy`: salesMWh_c / Σ salesMWh (sales at the meter; losses are not modelled).
 * - `1CP`: coincidentPeakMW_c / Σ.
 * - `4CP`: mean of the class's demand at the June–September monthly system peaks / Σ (ERCOT
 *   transmission, 16 TAC §25.192). Falls back to `coincidentPeakMW` without monthly values.
 * - `12CP`: mean over the 12 monthly system peaks / Σ (FERC transmission practice); same fallback.
 * - `NCP`: nonCoincidentPeakMW_c / Σ (distribution substations and feeders).
 * - `average-and-excess`: a_c = LF × A_c / ΣA + (1 − LF) × E_c / ΣE, with E_c = NCP_c − A_c and
 *   LF = ΣA / Σ coincidentPeakMW, the system load factor. If every class is flat (ΣE = 0) the
 *   excess part has nothing to share and the average part takes all the weight.
 *
 * Throws RateImpactInputError when the allocator's quantity sums to zero, or (A&E) when a
 * class's non-coincident peak is below its average demand.
 */
export function allocationShares(method: AllocatorMethod, classes: readonly AllocationClass[]): number[] {
  switch (method) {
    case 'energy':
      return normalize(classes.map((c) => c.salesMWh), classes, 'salesMWh', method);
    case '1CP':
      return normalize(classes.map((c) => c.coincidentPeakMW), classes, 'coincidentPeakMW', method);
    case '4CP':
      return normalize(classes.map((c) => meanCoincidentPeak(c, FOUR_CP_MONTHS)), classes, 'coincidentPeakMW', method);
    case '12CP':
      return normalize(classes.map((c) => meanCoincidentPeak(c, undefined)), classes, 'coincidentPeakMW', method);
    case 'NCP':
      return normalize(classes.map((c) => c.nonCoincidentPeakMW), classes, 'nonCoincidentPeakMW', method);
    case 'average-and-excess':
      return averageAndExcess(classes);
    default:
      return missingCase(method);
  }
}

/** Shares of the customer pool: by customer count (meters, service drops, billing). */
export function customerShares(classes: readonly AllocationClass[]): number[] {
  return normalize(classes.map((c) => c.customers), classes, 'customers', 'customer');
}

function meanCoincidentPeak(c: AllocationClass, months: number[] | undefined): number {
  const monthly = c.monthlyCoincidentPeaksMW;
  if (monthly === undefined) return c.coincidentPeakMW;
  const picked = months === undefined ? monthly : months.map((m) => monthly[m] ?? 0);
  return picked.reduce((sum, v) => sum + v, 0) / picked.length;
}

function averageAndExcess(classes: readonly AllocationClass[]): number[] {
  const averageMW = classes.map((c) => c.salesMWh / HOURS_PER_YEAR);
  const excessMW = classes.map((c, i) => {
    const excess = c.nonCoincidentPeakMW - (averageMW[i] ?? 0);
    // A tolerance of 1 kW keeps a perfectly flat class (NCP = average) from failing on rounding.
    if (excess < -1e-3) {
      throw new RateImpactInputError(
        `${c.field}.nonCoincidentPeakMW`,
        `${c.nonCoincidentPeakMW} MW is below the class's average demand ${(averageMW[i] ?? 0).toFixed(3)} MW (salesMWh / 8760)`,
      );
    }
    return Math.max(0, excess);
  });
  const totalAverageMW = sum(averageMW);
  const systemPeakMW = sum(classes.map((c) => c.coincidentPeakMW));
  if (totalAverageMW <= 0) throw new RateImpactInputError(`${groupField(classes)}.salesMWh`, 'average-and-excess needs a positive total across classes');
  if (systemPeakMW <= 0) throw new RateImpactInputError(`${groupField(classes)}.coincidentPeakMW`, 'average-and-excess needs a positive total across classes');
  const totalExcessMW = sum(excessMW);
  const loadFactor = Math.min(1, totalAverageMW / systemPeakMW);
  const excessWeight = totalExcessMW > 0 ? 1 - loadFactor : 0;
  const averageWeight = 1 - excessWeight;
  return classes.map((_, i) => averageWeight * ((averageMW[i] ?? 0) / totalAverageMW) + (totalExcessMW > 0 ? excessWeight * ((excessMW[i] ?? 0) / totalExcessMW) : 0));
}

function normalize(values: number[], classes: readonly AllocationClass[], quantity: string, method: string): number[] {
  const total = sum(values);
  if (!(total > 0)) {
    throw new RateImpactInputError(`${groupField(classes)}.${quantity}`, `the ${method} allocator needs a positive total ${quantity} across classes, got ${total}`);
  }
  return values.map((v) => v / total);
}

/** `utility.classes` for classes at `utility.classes.0`, `utility.classes.1`, … */
function groupField(classes: readonly AllocationClass[]): string {
  return (classes[0]?.field ?? 'classes').replace(/\.\d+$/, '');
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
