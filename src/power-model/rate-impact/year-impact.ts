import type { SheetResult } from '../sheets/index';
import type { AllocationClass } from './allocators';
import { allocateCosts, LARGE_LOAD_CLASS, type ClassCosts, type CostOfServiceOptions } from './cost-of-service';
import { largeLoadBill } from './large-load-bill';
import { evaluateResidential } from './residential-sheet';
import type { EstimateMarks } from './sheet-helpers';
import type { AllocatorMethod, LargeLoadInput, LargeLoadResult, ResidentialImpact, TransmissionTreatment, UtilityInput } from './types';

/** The load's incremental revenue requirement in one year, USD/yr, by cause. */
export type CostLines = { capacityUSD: number; energyUSD: number; transmissionUpgradeUSD: number };

export type YearImpactArgs = {
  utility: UtilityInput;
  load: LargeLoadInput | null;
  costs: CostLines;
  treatment: TransmissionTreatment;
  /** Capacity-market bill change per residential customer-month that reaches the bill (0 if none). */
  capacityMarketBillChangeUSDPerMonth: number;
  override?: CostOfServiceOptions['override'];
  marks?: EstimateMarks;
};

export type YearImpact = {
  residential: ResidentialImpact;
  largeLoad: LargeLoadResult | null;
  before: ClassCosts;
  after: ClassCosts;
  residentialSheet: SheetResult;
};

/**
 * One year of the rate impact on a cost-of-service utility.
 *
 * 1. Baseline: the revenue requirement allocated among the existing classes (cost-of-service.ts).
 * 2. With the load: its incremental cost added to the pools it lands in (capacity → generation
 *    demand, energy → generation energy, a socialized upgrade → its own 12CP or energy pool) and
 *    the load added as its own class: the full re-allocation of rate-impact-method.md §4.1.
 * 3. The load pays its tariff, not its allocated cost. The other classes together pay
 *    RR¹ − tariff revenue, spread in proportion to their allocated cost (an equal-percentage
 *    revenue spread, §5.4: "the revenue gap is re-allocated to the other classes by the
 *    revenue-spread rule"). Hence their total changes by −contribution, where
 *    contribution = revenue − incremental cost (§4.2, ESIG/Brattle primer factor 2): a load
 *    paying more than it causes lowers other classes' rates, one paying less raises them.
 * 4. A directly assigned upgrade is paid by the load on top of its tariff; it adds the same
 *    amount to its revenue and to its cost to serve, and nothing to the pools.
 *
 * `costBasedRevenueRequirementChangeUSD` is the residential change if the load's rates were
 * reset to its allocated cost (the next rate case): RR_res¹ − RR_res⁰ with no revenue credit.
 */
export function yearImpact(args: YearImpactArgs): YearImpact {
  const { utility, load, costs, treatment } = args;
  const socialized = treatment !== 'direct-assign';
  const upgradeMethod: AllocatorMethod | null = treatment === 'socialize-12CP' ? '12CP' : treatment === 'socialize-energy' ? 'energy' : null;
  const zero = { generationDemandUSD: 0, generationEnergyUSD: 0, transmissionUpgradeUSD: 0 };
  const before = allocateCosts(utility, null, zero, { upgradeMethod: null, override: args.override });
  const residentialBeforeUSD = before.byClassUSD.residential ?? 0;

  let after = before;
  let residentialAfterUSD = residentialBeforeUSD;
  let residentialCostBasedUSD = residentialBeforeUSD;
  let largeLoad: LargeLoadResult | null = null;
  if (load) {
    const loadClass: AllocationClass = {
      name: LARGE_LOAD_CLASS,
      field: 'largeLoad',
      customers: 1,
      salesMWh: load.gridEnergyMWh,
      coincidentPeakMW: load.coincidentPeakMW,
      nonCoincidentPeakMW: load.gridPeakMW,
    };
    if (load.monthlyCoincidentPeaksMW) loadClass.monthlyCoincidentPeaksMW = load.monthlyCoincidentPeaksMW;
    after = allocateCosts(
      utility,
      loadClass,
      { generationDemandUSD: costs.capacityUSD, generationEnergyUSD: costs.energyUSD, transmissionUpgradeUSD: socialized ? costs.transmissionUpgradeUSD : 0 },
      { upgradeMethod, override: args.override },
    );
    const bill = largeLoadBill(load);
    const directAssignmentUSD = socialized ? 0 : costs.transmissionUpgradeUSD;
    const tariffRevenueUSD = bill.energyUSD + bill.demandUSD;
    const revenueUSD = tariffRevenueUSD + directAssignmentUSD;
    const costToServeUSD = costs.capacityUSD + costs.energyUSD + costs.transmissionUpgradeUSD;
    const loadAllocatedUSD = after.byClassUSD[LARGE_LOAD_CLASS] ?? 0;
    const othersAllocatedUSD = after.totalUSD - loadAllocatedUSD;
    residentialCostBasedUSD = after.byClassUSD.residential ?? 0;
    residentialAfterUSD = othersAllocatedUSD > 0 ? (residentialCostBasedUSD * (after.totalUSD - tariffRevenueUSD)) / othersAllocatedUSD : 0;
    largeLoad = {
      billedDemandMW: bill.billedDemandMW,
      revenueUSD,
      costToServeUSD,
      contributionUSD: revenueUSD - costToServeUSD,
      allocatedCostUSD: loadAllocatedUSD + directAssignmentUSD,
      costLines: { capacityUSD: costs.capacityUSD, energyUSD: costs.energyUSD, transmissionUpgradeUSD: costs.transmissionUpgradeUSD },
      revenueLines: { energyUSD: bill.energyUSD, demandUSD: bill.demandUSD, directAssignmentUSD },
    };
  }

  const residentialIndex = utility.classes.findIndex((c) => c.name === 'residential');
  const residentialClass = utility.classes[residentialIndex];
  const evaluated = evaluateResidential({
    residentialPath: `utility.classes.${residentialIndex}`,
    revenueRequirementBeforeUSD: residentialBeforeUSD,
    revenueRequirementAfterUSD: residentialAfterUSD,
    costBasedRevenueRequirementAfterUSD: residentialCostBasedUSD,
    salesMWh: residentialClass?.salesMWh ?? 0,
    customers: residentialClass?.customers ?? 0,
    typicalKWhPerMonth: utility.typicalResidentialKWhPerMonth,
    capacityMarketBillChangeUSDPerMonth: args.capacityMarketBillChangeUSDPerMonth,
    marketSupplyRateCentsPerKWh: utility.structure === 'restructured' ? (utility.marketSupplyRateCentsPerKWh ?? 0) : 0,
  }, args.marks);
  return { residential: evaluated.result, largeLoad, before, after, residentialSheet: evaluated.sheet };
}
