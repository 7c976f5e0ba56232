/**
 * Inputs and results of the residential rate-impact engine (GitHub issue 5). Field names follow
 * the `stargrid rate-impact` input contract; every quantity carries its unit in its name.
 * Percentages are 0–100 (`planningReserveMarginPct: 15` is 15 %).
 */

export type UtilityStructure = 'vertically-integrated' | 'restructured';

/** Class allocators of the NARUC Electric Utility Cost Allocation Manual (1992), ch. 4. */
export type AllocatorMethod = 'energy' | '1CP' | '4CP' | '12CP' | 'NCP' | 'average-and-excess';

export const ALLOCATOR_METHODS: readonly AllocatorMethod[] = ['energy', '1CP', '4CP', '12CP', 'NCP', 'average-and-excess'];

export type CustomerClassName = 'residential' | 'commercial' | 'industrial';

export type TransmissionTreatment = 'direct-assign' | 'socialize-12CP' | 'socialize-energy';

/**
 * One customer class as a cost-of-service study sees it. `coincidentPeakMW` is the class's
 * demand at the system's annual peak hour; `monthlyCoincidentPeaksMW` (12 values, January
 * first) its demand at each month's system peak, used by 4CP (June–September) and 12CP; when
 * absent both fall back to `coincidentPeakMW`.
 */
export type CustomerClass = {
  name: CustomerClassName;
  customers: number;
  salesMWh: number;
  coincidentPeakMW: number;
  nonCoincidentPeakMW: number;
  monthlyCoincidentPeaksMW?: number[];
};

/** Shares of the baseline revenue requirement by functional pool, in percent (sum 100). */
export type PoolsPct = {
  generationDemand: number;
  generationEnergy: number;
  transmission: number;
  distribution: number;
  customer: number;
};

export type UtilityInput = {
  name: string;
  structure: UtilityStructure;
  revenueRequirementUSD: number;
  poolsPct: PoolsPct;
  /** `generation` may be absent for a restructured (wires-only) utility. */
  allocation: { generation?: AllocatorMethod; transmission: AllocatorMethod; distribution: AllocatorMethod };
  classes: CustomerClass[];
  headroomMW: number;
  planningReserveMarginPct: number;
  typicalResidentialKWhPerMonth: number;
  /**
   * Restructured only: the residential default-service (market pass-through) supply rate, so
   * that the % change is of the whole bill, not of the wires part alone.
   */
  marketSupplyRateCentsPerKWh?: number;
};

export type LargeLoadTariff = {
  energyUSDPerMWh: number;
  demandUSDPerKWMonth: number;
  /** Minimum billed demand as % of contract capacity (AEP Ohio data-center tariff: 85). */
  minimumDemandPct: number;
};

export type LargeLoadInput = {
  contractMW: number;
  /** The load's grid draw at the utility's system-peak hour(s). */
  coincidentPeakMW: number;
  /** The load's highest grid draw in the year (its non-coincident peak). */
  gridPeakMW: number;
  gridEnergyMWh: number;
  tariff: LargeLoadTariff;
  /** Optional 12 monthly grid peaks (billing demands before the minimum), January first. */
  monthlyPeakMW?: number[];
  /** Optional 12 monthly coincident peaks (draw at each month's system peak), for 4CP/12CP. */
  monthlyCoincidentPeaksMW?: number[];
};

export type IncrementalCostInput = {
  /** Installed cost of new generating capacity, USD per kW. Vertically integrated only. */
  capacityUSDPerKW?: number;
  /** Levelized fixed charge rate, % of capex per year. If absent, CRF(preTaxWacc, life) + taxes/insurance. */
  fixedChargeRatePct?: number;
  preTaxWaccPct?: number;
  lifeYears?: number;
  taxesInsurancePct?: number;
  fixedOMUSDPerKWYear?: number;
  marginalEnergyUSDPerMWh?: number;
  transmissionUpgradeUSD: number;
  transmissionTreatment: TransmissionTreatment;
  /** Accredited capacity value of the new resource mix, % (ELCC). Default 100. */
  elccPct?: number;
};

export type CapacityMarketInput = {
  priceBeforeUSDPerMWDay: number;
  priceAfterUSDPerMWDay?: number;
  /** Capacity obligation (market or zone, MW UCAP) the price is paid on, without the large load. */
  obligationMW: number;
  /** A residential customer's peak-load contribution; without it the market cost is reported and the bill line left out. */
  residentialPeakLoadContributionKW?: number;
  /** The large load's own obligation; default its coincident peak × (1 + reserve margin). */
  largeLoadObligationMW?: number;
  /** Default 365. */
  deliveryDays?: number;
  /** Whether residential bills carry the price change; default true when restructured. */
  passThroughToResidential?: boolean;
};

/** Year-by-year series: load ramp and capacity price per year, each defaulting to year 1. */
export type HorizonInput = {
  startYear: number;
  years: number;
  loadRampPct?: number[];
  capacityPriceAfterUSDPerMWDay?: number[];
};

export type RateImpactInput = {
  /**
   * Input fields that are estimates rather than sourced figures: dotted path (or a section
   * prefix such as `utility.classes`) → the reason. Every sheet value resting on one is marked
   * `estimate` in the result's trace.
   */
  estimates?: Record<string, string>;
  utility?: UtilityInput;
  largeLoad?: LargeLoadInput;
  incrementalCost?: IncrementalCostInput;
  capacityMarket?: CapacityMarketInput;
  horizon?: HorizonInput;
};

/** Allocation pools of the cost-of-service study. */
export type PoolName = 'generationDemand' | 'generationEnergy' | 'transmission' | 'distribution' | 'customer' | 'transmissionUpgrade';

/** One pool's allocator and shares by class name (`largeLoad` for the new load); shares sum to 1. */
export type PoolAllocation = {
  method: AllocatorMethod | 'customer';
  revenueRequirementUSD: number;
  shares: Record<string, number>;
};

export type ResidentialImpact = {
  revenueRequirementChangeUSD: number | null;
  /** The same if the large load's rates were reset to its allocated cost of service. */
  costBasedRevenueRequirementChangeUSD: number | null;
  baselineRateCentsPerKWh: number | null;
  rateChangeCentsPerKWh: number | null;
  rateChangePct: number | null;
  /** A typical household: rate change × `typicalResidentialKWhPerMonth`. */
  billChangeUSDPerMonth: number | null;
  /** The average residential customer: ΔRR_res / customers / 12, plus the capacity-market part. */
  averageCustomerBillChangeUSDPerMonth: number | null;
  /** Capacity-market pass-through part of `billChangeUSDPerMonth` (0 when not passed through). */
  capacityMarketBillChangeUSDPerMonth: number;
};

export type LargeLoadResult = {
  billedDemandMW: number;
  revenueUSD: number;
  costToServeUSD: number;
  contributionUSD: number;
  /** Its share of the utility's embedded + incremental cost under the chosen allocators. */
  allocatedCostUSD: number | null;
  costLines: { capacityUSD: number; energyUSD: number; transmissionUpgradeUSD: number };
  revenueLines: { energyUSD: number; demandUSD: number; directAssignmentUSD: number };
};

export type IncrementalCostResult = {
  capacityNeedMW: number;
  capacityCapexUSD: number;
  fixedChargeRatePct: number;
  capacityLevelizedUSDPerYear: number;
  /** Front-loaded first year: capex × WACC + capex / life + FOM; null without WACC and life. */
  capacityFirstYearUSD: number | null;
  energyUSDPerYear: number;
  transmissionUpgradeLevelizedUSDPerYear: number;
  transmissionUpgradeFirstYearUSD: number | null;
};

export type CapacityMarketResult = {
  costUSD: number;
  costBeforeUSD: number;
  costChangeUSD: number | null;
  largeLoadObligationCostUSD: number;
  priceEffectOnOthersUSD: number | null;
  residentialBillChangeUSDPerMonth: number | null;
};

export type MethodComparison = { pool: PoolName; method: AllocatorMethod; residential: ResidentialImpact; largeLoadShare: number };

export type YearResult = {
  year: number;
  loadRampPct: number;
  residential: ResidentialImpact;
  largeLoad: LargeLoadResult | null;
  capacityMarket: CapacityMarketResult | null;
};

/** A value the sheets produced, with its trace, so the UI can show where each number came from. */
export type TraceRecord = Record<string, { value: number; unit: string; expr?: string; dependsOn: string[]; source?: string; estimate?: boolean }>;

export type RateImpactResult = {
  utilityName: string | null;
  structure: UtilityStructure | null;
  residential: ResidentialImpact;
  largeLoad: LargeLoadResult | null;
  incrementalCost: IncrementalCostResult | null;
  capacityMarket: CapacityMarketResult | null;
  /** Baseline (without the load) and after allocation of every pool. */
  allocation: { before: Partial<Record<PoolName, PoolAllocation>>; after: Partial<Record<PoolName, PoolAllocation>> } | null;
  /** Residential result under every allocator for the demand pool that carries the new capacity. */
  methodComparison: MethodComparison[];
  series: YearResult[];
  trace: TraceRecord;
  /** The input's estimate marks, echoed so that a report can list them. */
  estimates: Record<string, string>;
};
