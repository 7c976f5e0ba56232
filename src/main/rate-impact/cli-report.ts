import type { Flagged, SiteRateImpactCase, SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';

/** One scenario × method with plain numbers (the `stargrid rate-impact` field names) and, beside them, which rest on an estimate. */
export type PlainRateImpactCase = {
  method: SiteRateImpactCase['method'];
  pools: SiteRateImpactCase['pools'];
  load: SiteRateImpactCase['load'];
  /** The headline household bill change for the stated year and its channels (the figure every view shows). */
  household: SiteRateImpactCase['household'];
  residential: Record<keyof SiteRateImpactCase['residential'], number | null>;
  largeLoad: Record<keyof SiteRateImpactCase['largeLoad'], number | null>;
  capacityMarket: { priceBeforeUSDPerMWDay: number; priceAfterUSDPerMWDay: number | null; costUSD: number | null; costChangeUSD: number | null; residentialBillChangeUSDPerMonth: number | null } | null;
  allocationShares: SiteRateImpactCase['allocationShares'];
  series: SiteRateImpactCase['series'];
  /** Dotted names of the numbers above that rest on an estimate. */
  restsOnEstimate: string[];
};

/** `{ name: Flagged }` → `{ name: number | null }`, pushing `prefix.name` of each estimate onto `flagged`. */
function unflag<K extends string>(section: Record<K, Flagged>, prefix: string, flagged: string[]): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of Object.keys(section) as K[]) {
    out[key] = section[key].value;
    if (section[key].estimate) flagged.push(`${prefix}.${key}`);
  }
  return out;
}

/** The `--json` form of `stargrid simulate … --rate-impact`: the site's cases without the trace. */
export function plainRateImpact(response: SiteRateImpactResponse): { utilityName: string; structure: string; cases: PlainRateImpactCase[]; estimates: Record<string, string> } {
  return {
    utilityName: response.utility.name,
    structure: response.utility.structure,
    cases: response.cases.map((c) => {
      const flagged: string[] = [];
      const market = c.capacityMarket;
      return {
        method: c.method,
        pools: c.pools,
        load: c.load,
        household: c.household,
        residential: unflag(c.residential, 'residential', flagged),
        largeLoad: unflag(c.largeLoad, 'largeLoad', flagged),
        capacityMarket: market
          ? {
              priceBeforeUSDPerMWDay: market.priceBeforeUSDPerMWDay,
              priceAfterUSDPerMWDay: market.priceAfterUSDPerMWDay,
              ...unflag({ costUSD: market.costUSD, costChangeUSD: market.costChangeUSD, residentialBillChangeUSDPerMonth: market.residentialBillChangeUSDPerMonth }, 'capacityMarket', flagged),
            }
          : null,
        allocationShares: c.allocationShares,
        series: c.series,
        restsOnEstimate: flagged,
      };
    }),
    estimates: response.estimates,
  };
}

const num = (v: number | null, digits: number): string => (v === null ? '-' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mark = (f: Flagged, digits: number, scale = 1): string => `${num(f.value === null ? null : f.value / scale, digits)}${f.estimate ? '*' : ''}`;

/** A few lines per method for the text report; `*` marks a number that rests on an estimate. */
export function formatSiteRateImpact(response: SiteRateImpactResponse): string {
  const lines = [`  rate impact on ${response.utility.name} (${response.utility.structure}); * rests on an estimate`];
  for (const c of response.cases) {
    const r = c.residential;
    lines.push(`  ${c.method}: ${householdBillLine(c.household)}`, `    system peaks: ${c.load.peakHoursSource}`);
    lines.push(
      `  ${c.method} on ${c.pools.join(' + ')}: residential ${mark(r.revenueRequirementChangeUSD, 1, 1e6)} MUSD/yr, ${mark(r.rateChangeCentsPerKWh, 3)} ¢/kWh (${mark(r.rateChangePct, 2)} %), typical bill ${mark(r.billChangeUSDPerMonth, 2)} USD/month`,
      `    large load: revenue ${mark(c.largeLoad.revenueUSD, 1, 1e6)} MUSD/yr, cost to serve ${mark(c.largeLoad.costToServeUSD, 1, 1e6)}, contribution ${mark(c.largeLoad.contributionUSD, 1, 1e6)}, billed demand ${mark(c.largeLoad.billedDemandMW, 1)} MW`,
    );
    if (c.capacityMarket) lines.push(`    capacity market: cost ${mark(c.capacityMarket.costUSD, 1, 1e6)} MUSD/yr, change ${mark(c.capacityMarket.costChangeUSD, 1, 1e6)}, residential ${mark(c.capacityMarket.residentialBillChangeUSDPerMonth, 2)} USD/month`);
  }
  return lines.join('\n') + '\n';
}

/** "household bill +1.23* USD/month in 2028 = cost of service +0.50 + capacity market +0.73 (energy pass-through: not modelled)". */
export function householdBillLine(h: SiteRateImpactCase['household']): string {
  const usd = (v: number | null) => (v === null ? '-' : `${v >= 0 ? '+' : ''}${num(v, 2)}`);
  const ch = h.channels;
  const parts = [`cost of service ${usd(ch.costOfService.includedUSDPerMonth)}`];
  parts.push(ch.capacityMarket.includedUSDPerMonth === null ? `capacity market: ${ch.capacityMarket.note}` : `capacity market ${usd(ch.capacityMarket.includedUSDPerMonth)}${ch.capacityMarket.includedUSDPerMonth === 0 && ch.capacityMarket.computedUSDPerMonth !== null && ch.capacityMarket.computedUSDPerMonth !== 0 ? ` (${usd(ch.capacityMarket.computedUSDPerMonth)} not passed through)` : ''}`);
  parts.push(ch.energyPassThrough.includedUSDPerMonth === null ? 'energy pass-through: not modelled' : `energy pass-through ${usd(ch.energyPassThrough.includedUSDPerMonth)} (${ch.energyPassThrough.note})`);
  return `household bill ${usd(h.totalUSDPerMonth)}${h.estimate ? '*' : ''} USD/month in ${h.year} = ${parts.join(' + ')}`;
}
