import { evaluateCapacityMarket, largeLoadObligation } from './capacity-market';
import { evaluateIncrementalCost } from './incremental-cost';
import { rateImpactSeries } from './series';
import { collectTrace } from './sheet-helpers';
import { ALLOCATOR_METHODS, type CapacityMarketResult, type IncrementalCostResult, type MethodComparison, type RateImpactInput, type RateImpactResult, type ResidentialImpact, type TraceRecord } from './types';
import { validateRateImpactInput } from './validate';
import { yearImpact, type CostLines } from './year-impact';

/**
 * Residential rate impact of a large load (GitHub issue 5; method in rate-impact-method.md,
 * after NARUC 1992, RAP 2020, the ESIG/Brattle 2026 primer and the PJM IMM's capacity analyses).
 *
 * The one-year result is the steady state with the load at full size and new capital at its
 * levelized revenue requirement (capex × FCR + FOM); `incrementalCost` also reports the
 * front-loaded first-year figures and `series` the year-by-year path over `horizon`.
 *
 * - Vertically integrated: the utility's revenue requirement covers generation, transmission
 *   and distribution; the load's capacity and energy costs land in the generation pools
 *   (year-impact.ts). Capacity-market figures are reported and reach residential bills only if
 *   `capacityMarket.passThroughToResidential` is true.
 * - Restructured: the wires revenue requirement (transmission, distribution, customer pools)
 *   plus market pass-through: the residential bill change adds the capacity price change
 *   × peak-load contribution (capacity-market.ts) unless `passThroughToResidential` is false.
 * - Capacity market only (no utility): the residential result is the pass-through bill change.
 *
 * `methodComparison` repeats the one-year result with every allocator for the pool that carries
 * the contested demand cost (generation demand when vertically integrated, transmission when
 * restructured), because the allocator moves tens of percent of that cost between classes
 * (§3.1). Every sheet value is in `trace`, keyed `sheetId.name`.
 *
 * Throws RateImpactInputError naming the field for input it cannot use.
 */
export function computeRateImpact(input: RateImpactInput): RateImpactResult {
  validateRateImpactInput(input);
  const utility = input.utility ?? null;
  const load = input.largeLoad ?? null;
  const cost = input.incrementalCost ?? null;
  const market = input.capacityMarket ?? null;
  const trace: TraceRecord = {};
  const marks = input.estimates ?? {};

  let incremental: IncrementalCostResult | null = null;
  if (utility && load && cost) {
    const evaluated = evaluateIncrementalCost(utility, load, cost, marks);
    incremental = evaluated.result;
    collectTrace(trace, 'incrementalCost', evaluated.sheet);
  }

  let marketResult: CapacityMarketResult | null = null;
  if (market) {
    const obligation = largeLoadObligation(market, load?.coincidentPeakMW ?? null, utility?.planningReserveMarginPct ?? null);
    const evaluated = evaluateCapacityMarket(market, obligation, marks);
    marketResult = evaluated.result;
    collectTrace(trace, 'capacityMarket', evaluated.sheet);
  }
  const passThrough = market?.passThroughToResidential ?? utility?.structure !== 'vertically-integrated';
  const marketBillUSD = passThrough ? (marketResult?.residentialBillChangeUSDPerMonth ?? 0) : 0;

  // Key order is the order a reader of the JSON wants: the answer first, the working after.
  const assemble = (parts: Pick<RateImpactResult, 'residential' | 'largeLoad' | 'allocation' | 'methodComparison' | 'series'>): RateImpactResult => ({
    utilityName: utility?.name ?? null,
    structure: utility?.structure ?? null,
    residential: parts.residential,
    largeLoad: parts.largeLoad,
    incrementalCost: incremental,
    capacityMarket: marketResult,
    allocation: parts.allocation,
    methodComparison: parts.methodComparison,
    series: parts.series,
    estimates: { ...marks },
    trace,
  });
  const series = input.horizon
    ? rateImpactSeries({ horizon: input.horizon, utility, load, cost, market, fixedChargeRatePct: incremental?.fixedChargeRatePct ?? 0, capacityMarketPassThrough: passThrough, marks })
    : [];

  if (!utility) {
    const billUSD = passThrough ? (marketResult?.residentialBillChangeUSDPerMonth ?? null) : null;
    return assemble({ residential: marketOnlyResidential(billUSD), largeLoad: null, allocation: null, methodComparison: [], series });
  }

  const costs: CostLines = {
    capacityUSD: incremental?.capacityLevelizedUSDPerYear ?? 0,
    energyUSD: incremental?.energyUSDPerYear ?? 0,
    transmissionUpgradeUSD: incremental?.transmissionUpgradeLevelizedUSDPerYear ?? 0,
  };
  const treatment = cost?.transmissionTreatment ?? 'direct-assign';
  const impact = yearImpact({ utility, load, costs, treatment, capacityMarketBillChangeUSDPerMonth: marketBillUSD, marks });
  collectTrace(trace, 'residential', impact.residentialSheet);

  const comparedPool = utility.structure === 'vertically-integrated' ? 'generationDemand' : 'transmission';
  const methodComparison: MethodComparison[] = load
    ? ALLOCATOR_METHODS.map((method) => {
        const compared = yearImpact({ utility, load, costs, treatment, capacityMarketBillChangeUSDPerMonth: marketBillUSD, override: { pool: comparedPool, method }, marks });
        return { pool: comparedPool, method, residential: compared.residential, largeLoadShare: compared.after.pools[comparedPool]?.shares.largeLoad ?? 0 };
      })
    : [];

  return assemble({
    residential: impact.residential,
    largeLoad: impact.largeLoad,
    allocation: { before: impact.before.pools, after: impact.after.pools },
    methodComparison,
    series,
  });
}

function marketOnlyResidential(billChangeUSDPerMonth: number | null): ResidentialImpact {
  return {
    revenueRequirementChangeUSD: null,
    costBasedRevenueRequirementChangeUSD: null,
    baselineRateCentsPerKWh: null,
    rateChangeCentsPerKWh: null,
    rateChangePct: null,
    billChangeUSDPerMonth: billChangeUSDPerMonth,
    averageCustomerBillChangeUSDPerMonth: billChangeUSDPerMonth,
    capacityMarketBillChangeUSDPerMonth: billChangeUSDPerMonth ?? 0,
  };
}
