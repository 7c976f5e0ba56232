import { z } from 'zod';
import type { HouseholdBill } from '../../power-model/rate-impact/household-bill';
import type { PoolName, TraceRecord, UtilityStructure } from '../../power-model/rate-impact/types';

export const SITE_RATE_IMPACT_METHODS = ['4CP', '12CP', '1CP', 'energy', 'average-and-excess'] as const;
export const DEFAULT_RATE_IMPACT_SCENARIOS = ['grid-only', 'hybrid', 'islanded'];
export const DEFAULT_RATE_IMPACT_METHODS: SiteRateImpactMethod[] = ['4CP', 'average-and-excess'];
export type SiteRateImpactMethod = (typeof SITE_RATE_IMPACT_METHODS)[number];

const Slug = (what: string) => z.string({ error: 'must be text' }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: `must be a ${what} id` });

/** `rateImpact:site`: the residential rate impact of one site under several scenarios and allocators. */
export const SiteRateImpactRequestSchema = z.strictObject({
  siteId: Slug('site'),
  /** Built-in (grid-only, btm-gas, hybrid, islanded) or saved scenario ids. */
  scenarioIds: z.array(Slug('scenario')).min(1, { error: 'must list at least one scenario' }).max(8, { error: 'at most 8 scenarios' }).default(DEFAULT_RATE_IMPACT_SCENARIOS),
  /** Allocator for the generation (vertically integrated) and transmission pools, one result each. */
  methods: z.array(z.enum(SITE_RATE_IMPACT_METHODS, { error: `must be one of ${SITE_RATE_IMPACT_METHODS.join(', ')}` })).min(1, { error: 'must list at least one method' }).default(DEFAULT_RATE_IMPACT_METHODS),
  year: z.number().int().gte(2000).lte(2100).optional(),
});

/** A number and whether it rests on an estimate (a marked figure in the host-utility file or an engine default). */
export type Flagged = { value: number | null; estimate: boolean };

/** The simulated grid draw the engine saw for one scenario. */
export type SimulatedLoad = {
  year: number;
  contractMW: number;
  coincidentPeakMW: number;
  gridPeakMW: number;
  gridEnergyMWh: number;
  /** Where the system-peak hours came from: the host system load (which year, which rule) or the temperature proxy. */
  peakHoursSource: string;
};

export type SiteRateImpactCase = {
  scenarioId: string;
  scenarioName: string;
  method: SiteRateImpactMethod;
  /** Which pools the method was applied to. */
  pools: PoolName[];
  load: SimulatedLoad;
  residential: {
    revenueRequirementChangeUSD: Flagged;
    rateChangeCentsPerKWh: Flagged;
    rateChangePct: Flagged;
    billChangeUSDPerMonth: Flagged;
    averageCustomerBillChangeUSDPerMonth: Flagged;
    /** The capacity-market pass-through part of `billChangeUSDPerMonth`. */
    capacityMarketBillChangeUSDPerMonth: Flagged;
  };
  /**
   * The headline household bill change of this case for its stated year, with every channel the
   * model computes (cost of service, capacity market, energy pass-through) beside it: the one
   * figure every view and the CLI show.
   */
  household: HouseholdBill;
  /** Values null when the scenario does not connect to the grid (islanded): the site is then not the utility's customer. */
  largeLoad: { revenueUSD: Flagged; costToServeUSD: Flagged; contributionUSD: Flagged; billedDemandMW: Flagged };
  /** Null for a utility outside a capacity market (ERCOT, WECC). */
  capacityMarket: { priceBeforeUSDPerMWDay: number; priceAfterUSDPerMWDay: number | null; costUSD: Flagged; costChangeUSD: Flagged; residentialBillChangeUSDPerMonth: Flagged } | null;
  /** Pool → class → share after the load joins (shares of a pool sum to 1). */
  allocationShares: Partial<Record<PoolName, Record<string, number>>>;
  /** Year by year over the host file's horizon, the load ramped as the site's POI schedule says. */
  series: { year: number; loadRampPct: number; revenueRequirementChangeUSD: number | null; rateChangeCentsPerKWh: number | null; billChangeUSDPerMonth: number | null }[];
  /** Every sheet value behind the numbers above, keyed `sheet.name`, with its formula, inputs, source and estimate mark. */
  trace: TraceRecord;
};

export type SiteRateImpactResponse = {
  siteId: string;
  utility: { name: string; structure: UtilityStructure; summary: string; typicalResidentialKWhPerMonth: number };
  /** Where each figure of the host-utility file comes from, and why the others are estimates (dotted path → text). */
  sources: Record<string, string>;
  estimates: Record<string, string>;
  scenarioIds: string[];
  methods: SiteRateImpactMethod[];
  /** One case per scenario × method, scenarios in request order, methods within. */
  cases: SiteRateImpactCase[];
};

/** Built by our own services from typed engine output; checked by type, not re-parsed. */
export const SiteRateImpactResponseSchema = z.custom<SiteRateImpactResponse>((v) => typeof v === 'object' && v !== null && 'cases' in v);
