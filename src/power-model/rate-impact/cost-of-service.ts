import { allocationShares, customerShares, type AllocationClass } from './allocators';
import { RateImpactInputError } from './input-error';
import type { AllocatorMethod, PoolAllocation, PoolName, UtilityInput } from './types';

export const LARGE_LOAD_CLASS = 'largeLoad';

/** Added revenue requirement caused by the load, USD/yr, by the pool it lands in. */
export type PoolAdditions = { generationDemandUSD: number; generationEnergyUSD: number; transmissionUpgradeUSD: number };

export type CostOfServiceOptions = {
  /** Replaces the utility's allocator for one pool (the method comparison). */
  override?: { pool: 'generationDemand' | 'transmission' | 'distribution'; method: AllocatorMethod };
  /** Allocator of a socialized transmission upgrade; null when it is directly assigned. */
  upgradeMethod: AllocatorMethod | null;
};

export type ClassCosts = {
  pools: Partial<Record<PoolName, PoolAllocation>>;
  /** Revenue requirement allocated to each class, USD/yr, by class name. */
  byClassUSD: Record<string, number>;
  totalUSD: number;
};

/**
 * Embedded class cost-of-service study (NARUC Electric Utility Cost Allocation Manual, 1992;
 * rate-impact-method.md §3 and §4.1): the baseline revenue requirement RR (USD/yr) is split into
 * pools by `poolsPct`; each pool k gets RR_k = RR × pct_k / 100 + ΔRR_k and is allocated to
 * classes by its allocator; RR_c = Σ_k RR_k × a_c,k with Σ_c a_c,k = 1.
 *
 * Pools and allocators: generation demand → `allocation.generation`; generation energy →
 * energy; transmission → `allocation.transmission`; distribution → `allocation.distribution`;
 * customer → customer counts; a socialized transmission upgrade is its own pool, allocated by
 * 12CP or energy. A pool with zero revenue requirement is left out.
 *
 * With `largeLoad` given it joins as its own class named `largeLoad` (full re-allocation, §4.1).
 */
export function allocateCosts(
  utility: UtilityInput,
  largeLoad: AllocationClass | null,
  additions: PoolAdditions,
  options: CostOfServiceOptions,
): ClassCosts {
  const classes: AllocationClass[] = utility.classes.map((c, i) => ({ ...c, field: `utility.classes.${i}` }));
  if (largeLoad) classes.push(largeLoad);
  const baseUSD = (pct: number) => (utility.revenueRequirementUSD * pct) / 100;
  const methodFor = (pool: 'generationDemand' | 'transmission' | 'distribution', configured: AllocatorMethod | undefined) =>
    options.override?.pool === pool ? options.override.method : configured;

  const pools: Partial<Record<PoolName, PoolAllocation>> = {};
  const add = (pool: PoolName, method: AllocatorMethod | 'customer' | undefined, revenueRequirementUSD: number, field: string) => {
    if (revenueRequirementUSD === 0) return;
    if (method === undefined) throw new RateImpactInputError(field, `required: the pool carries ${revenueRequirementUSD.toFixed(0)} USD/yr`);
    const shares = method === 'customer' ? customerShares(classes) : allocationShares(method, classes);
    pools[pool] = { method, revenueRequirementUSD, shares: Object.fromEntries(classes.map((c, i) => [c.name, shares[i] ?? 0])) };
  };
  const { poolsPct, allocation } = utility;
  add('generationDemand', methodFor('generationDemand', allocation.generation), baseUSD(poolsPct.generationDemand) + additions.generationDemandUSD, 'utility.allocation.generation');
  add('generationEnergy', 'energy', baseUSD(poolsPct.generationEnergy) + additions.generationEnergyUSD, 'utility.poolsPct.generationEnergy');
  add('transmission', methodFor('transmission', allocation.transmission), baseUSD(poolsPct.transmission), 'utility.allocation.transmission');
  add('distribution', methodFor('distribution', allocation.distribution), baseUSD(poolsPct.distribution), 'utility.allocation.distribution');
  add('customer', 'customer', baseUSD(poolsPct.customer), 'utility.poolsPct.customer');
  if (additions.transmissionUpgradeUSD !== 0) {
    if (options.upgradeMethod === null) throw new RateImpactInputError('incrementalCost.transmissionTreatment', 'a directly assigned upgrade cannot be allocated');
    add('transmissionUpgrade', options.upgradeMethod, additions.transmissionUpgradeUSD, 'incrementalCost.transmissionTreatment');
  }

  const byClassUSD: Record<string, number> = Object.fromEntries(classes.map((c) => [c.name, 0]));
  let totalUSD = 0;
  for (const pool of Object.values(pools)) {
    totalUSD += pool.revenueRequirementUSD;
    for (const [name, share] of Object.entries(pool.shares)) byClassUSD[name] = (byClassUSD[name] ?? 0) + pool.revenueRequirementUSD * share;
  }
  return { pools, byClassUSD, totalUSD };
}
