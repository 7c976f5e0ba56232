import type { SiteRateImpactCase, SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { HEADLINE_METHOD } from '../../api/portfolio-defaults';
import { formatBillChange } from '../format';

/** The allocator of the headline (shared with `serve`'s warm-up). */
export { HEADLINE_METHOD };

/** The headline household bill change of a site × scenario, as every view shows it. */
export type HeadlineBill = { usdPerMonth: number | null; estimate: boolean; year: number | null; note: string };

/**
 * The one household-bill figure: `household.totalUSDPerMonth` of the headline-method case of
 * `scenarioId` (every channel the engine computes, for the stated year), with its decomposition
 * as a note. Every view that shows a site's bill change reads it here, so the portfolio table,
 * the map, the rate-impact view, the site workbench and the report show the same number.
 */
export function headlineBill(response: SiteRateImpactResponse, scenarioId: string): HeadlineBill {
  const c = headlineCase(response, scenarioId);
  if (!c) return { usdPerMonth: null, estimate: false, year: null, note: 'rate impact not available' };
  return { usdPerMonth: c.household.totalUSDPerMonth, estimate: c.household.estimate, year: c.household.year, note: householdNote(c) };
}

/** The case the headline reads: the scenario under the headline method (else its first case). */
export function headlineCase(response: SiteRateImpactResponse, scenarioId: string): SiteRateImpactCase | undefined {
  const cases = response.cases.filter((c) => c.scenarioId === scenarioId);
  return cases.find((c) => c.method === HEADLINE_METHOD) ?? cases[0];
}

/** "typical household, 2028, 4CP: cost of service −1.89 + capacity market +1.31; energy pass-through not modelled". */
export function householdNote(c: SiteRateImpactCase): string {
  const ch = c.household.channels;
  const part = (label: string, v: number | null) => (v === null ? null : `${label} ${formatBillChange(v)}`);
  const parts = [part('cost of service', ch.costOfService.includedUSDPerMonth), part('capacity market', ch.capacityMarket.includedUSDPerMonth), part('energy pass-through', ch.energyPassThrough.includedUSDPerMonth)].filter((p): p is string => p !== null);
  const left = [ch.capacityMarket.includedUSDPerMonth === null && ch.capacityMarket.note !== 'no capacity market' ? `capacity market: ${ch.capacityMarket.note}` : null, ch.energyPassThrough.includedUSDPerMonth === null ? 'energy pass-through not modelled' : null].filter((p): p is string => p !== null);
  return `typical household, ${c.household.year}, ${c.method}: ${parts.join(' + ')}${left.length > 0 ? `; ${left.join('; ')}` : ''}${c.household.estimate ? '; rests on estimates' : ''}`;
}
