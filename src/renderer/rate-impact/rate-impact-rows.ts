import type { Flagged, SiteRateImpactCase, SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { formatBillChange, formatMW, formatUSD, sig3 } from '../format';

/** One figure of the rate-impact result, read from a case, with the trace key behind it when the engine kept one. */
export type RateImpactMetric = {
  id: string;
  label: string;
  read: (c: SiteRateImpactCase) => Flagged | null;
  format: (v: number) => string;
  /** Key of `case.trace` (`sheet.name`) holding the formula, inputs and source. */
  trace?: string;
};

/** Signed change in cents per kWh: +0.121 ¢/kWh. */
export function formatCentsPerKWh(cents: number): string {
  if (!Number.isFinite(cents)) return '—';
  return `${cents > 0 ? '+' : cents < 0 ? '−' : '±'}${sig3(Math.abs(cents))} ¢/kWh`;
}

/** Signed percent, values already in percent (0–100): −0.807 %. */
export function formatSignedPct(pct: number): string {
  if (!Number.isFinite(pct)) return '—';
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${sig3(Math.abs(pct))} %`;
}

/** Signed money per year: +USD 13.0 M/yr. */
export function formatSignedUSDPerYear(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  return `${usd > 0 ? '+' : usd < 0 ? '−' : '±'}${formatUSD(Math.abs(usd))}/yr`;
}

const usdPerYear = (v: number) => `${formatUSD(v)}/yr`;

/** The household's side first (what the issue asks for), then the large load's, then the capacity market. */
/** The headline: a typical household's monthly bill change. */
export const BILL_METRIC: RateImpactMetric = { id: 'bill-change', label: 'Typical household bill change', read: (c) => ({ value: c.household.totalUSDPerMonth, estimate: c.household.estimate }), format: formatBillChange, trace: 'residential.billChangeUSDPerMonth' };

export const RATE_IMPACT_METRICS: RateImpactMetric[] = [
  BILL_METRIC,
  { id: 'average-bill-change', label: 'Average residential customer bill change', read: (c) => c.residential.averageCustomerBillChangeUSDPerMonth, format: formatBillChange, trace: 'residential.averageCustomerBillChangeUSDPerMonth' },
  { id: 'revenue-requirement-change', label: 'Residential revenue requirement change', read: (c) => c.residential.revenueRequirementChangeUSD, format: formatSignedUSDPerYear, trace: 'residential.revenueRequirementChangeUSD' },
  { id: 'rate-change', label: 'Residential rate change', read: (c) => c.residential.rateChangeCentsPerKWh, format: formatCentsPerKWh, trace: 'residential.rateChangeCentsPerKWh' },
  { id: 'rate-change-pct', label: 'Residential rate change, % of the bill', read: (c) => c.residential.rateChangePct, format: formatSignedPct, trace: 'residential.rateChangePct' },
  { id: 'cost-of-service-bill-part', label: 'of which cost-of-service allocation', read: (c) => ({ value: c.household.channels.costOfService.includedUSDPerMonth, estimate: c.household.estimate }), format: formatBillChange },
  { id: 'capacity-bill-part', label: 'of which capacity-market price effect', read: (c) => (c.capacityMarket ? { value: c.household.channels.capacityMarket.includedUSDPerMonth, estimate: c.residential.capacityMarketBillChangeUSDPerMonth.estimate } : null), format: formatBillChange, trace: 'residential.capacityMarketBillChangeUSDPerMonth' },
  { id: 'energy-bill-part', label: 'of which energy pass-through', read: (c) => ({ value: c.household.channels.energyPassThrough.includedUSDPerMonth, estimate: false }), format: formatBillChange },
  { id: 'large-load-revenue', label: 'Large load: revenue to the utility', read: (c) => c.largeLoad.revenueUSD, format: usdPerYear },
  { id: 'large-load-cost', label: 'Large load: cost to serve', read: (c) => c.largeLoad.costToServeUSD, format: usdPerYear },
  { id: 'large-load-contribution', label: 'Large load: contribution (revenue − cost)', read: (c) => c.largeLoad.contributionUSD, format: formatSignedUSDPerYear },
  { id: 'billed-demand', label: 'Large load: billed demand', read: (c) => c.largeLoad.billedDemandMW, format: formatMW },
  { id: 'capacity-cost-change', label: 'Capacity-market cost change', read: (c) => c.capacityMarket?.costChangeUSD ?? null, format: formatSignedUSDPerYear },
  { id: 'coincident-peak', label: 'Grid draw at the system peak (simulated)', read: (c) => ({ value: c.load.coincidentPeakMW, estimate: false }), format: formatMW },
];

/** A cell's text: the formatted value, or why there is none. */
export function cellText(metric: RateImpactMetric, c: SiteRateImpactCase): { text: string; estimate: boolean } {
  const flagged = metric.read(c);
  if (flagged === null) return { text: metric.id.startsWith('capacity') ? 'no capacity market' : '—', estimate: false };
  // The engine leaves the large load's figures null when the scenario takes nothing from the grid.
  if (flagged.value === null) return { text: metric.id.startsWith('large-load') || metric.id === 'billed-demand' ? 'not a grid customer' : '—', estimate: false };
  return { text: metric.format(flagged.value), estimate: flagged.estimate };
}

/** The cases as a grid: one row per scenario (request order), one column per method. */
export function caseGrid(response: SiteRateImpactResponse): { scenarioId: string; scenarioName: string; byMethod: (SiteRateImpactCase | undefined)[] }[] {
  return response.scenarioIds.map((scenarioId) => {
    const cases = response.cases.filter((c) => c.scenarioId === scenarioId);
    return { scenarioId, scenarioName: cases[0]?.scenarioName ?? scenarioId, byMethod: response.methods.map((m) => cases.find((c) => c.method === m)) };
  });
}

/** Names of allocation methods as a planner reads them. */
export const METHOD_LABELS: Record<string, string> = {
  '4CP': '4CP (summer coincident peaks)',
  '12CP': '12CP (monthly coincident peaks)',
  '1CP': '1CP (annual peak)',
  energy: 'Energy (kWh)',
  'average-and-excess': 'Average and excess',
};

/**
 * The host-utility inputs behind a result: trace entries that depend on nothing (the file's
 * figures and the engine's defaults), with their source and estimate mark, sorted by name.
 */
export function hostInputs(c: SiteRateImpactCase): { key: string; value: number; unit: string; source: string; estimate: boolean }[] {
  return Object.entries(c.trace)
    .filter(([, t]) => t.dependsOn.length === 0 && t.expr === undefined)
    .map(([key, t]) => ({ key, value: t.value, unit: t.unit, source: t.source ?? '—', estimate: t.estimate === true }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
