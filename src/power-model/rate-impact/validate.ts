import { RateImpactInputError } from './input-error';
import type { RateImpactInput } from './types';

const POOL_SUM_TOLERANCE_PCT = 0.01;

/**
 * Checks what a schema cannot see field by field, so that the engine is safe to call directly
 * (as `rateImpactFromSimulation` does): every number finite and non-negative, the sections a
 * question needs present together, the fields each utility structure needs, and consistent
 * arrays. Throws RateImpactInputError naming the first offending field.
 */
export function validateRateImpactInput(input: RateImpactInput): void {
  checkNumbers(input, '');
  const { utility, largeLoad, incrementalCost, capacityMarket, horizon } = input;
  if (!utility && !largeLoad && !capacityMarket) {
    throw new RateImpactInputError('(root)', 'give at least one of utility, largeLoad, capacityMarket');
  }
  if (largeLoad && !utility) throw new RateImpactInputError('utility', 'required when largeLoad is given');
  if (largeLoad && !incrementalCost) throw new RateImpactInputError('incrementalCost', 'required when largeLoad is given');

  if (utility) {
    const names = utility.classes.map((c) => c.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) throw new RateImpactInputError(`utility.classes.${i}.name`, `"${name}" appears twice`);
    });
    const residentialIndex = names.indexOf('residential');
    const residential = utility.classes[residentialIndex];
    if (!residential) throw new RateImpactInputError('utility.classes', 'needs a class named "residential"');
    if (!(residential.salesMWh > 0)) throw new RateImpactInputError(`utility.classes.${residentialIndex}.salesMWh`, 'must be positive for the residential class');
    if (!(residential.customers > 0)) throw new RateImpactInputError(`utility.classes.${residentialIndex}.customers`, 'must be positive for the residential class');
    if (!(utility.typicalResidentialKWhPerMonth > 0)) throw new RateImpactInputError('utility.typicalResidentialKWhPerMonth', 'must be positive');
    utility.classes.forEach((c, i) => checkMonthly(c.monthlyCoincidentPeaksMW, `utility.classes.${i}.monthlyCoincidentPeaksMW`));
    const pools = utility.poolsPct;
    const poolSum = pools.generationDemand + pools.generationEnergy + pools.transmission + pools.distribution + pools.customer;
    if (Math.abs(poolSum - 100) > POOL_SUM_TOLERANCE_PCT) throw new RateImpactInputError('utility.poolsPct', `must sum to 100, got ${poolSum}`);
    if (utility.structure === 'restructured') {
      if (pools.generationDemand !== 0) throw new RateImpactInputError('utility.poolsPct.generationDemand', 'must be 0 for a restructured (wires-only) utility');
      if (pools.generationEnergy !== 0) throw new RateImpactInputError('utility.poolsPct.generationEnergy', 'must be 0 for a restructured (wires-only) utility');
      if (utility.marketSupplyRateCentsPerKWh === undefined) throw new RateImpactInputError('utility.marketSupplyRateCentsPerKWh', 'required for a restructured utility');
    } else if (utility.allocation.generation === undefined) {
      throw new RateImpactInputError('utility.allocation.generation', 'required for a vertically integrated utility');
    }
  }

  if (largeLoad) {
    if (largeLoad.coincidentPeakMW > largeLoad.gridPeakMW) {
      throw new RateImpactInputError('largeLoad.coincidentPeakMW', `${largeLoad.coincidentPeakMW} MW exceeds the load's own grid peak ${largeLoad.gridPeakMW} MW`);
    }
    if (largeLoad.tariff.minimumDemandPct > 100) throw new RateImpactInputError('largeLoad.tariff.minimumDemandPct', 'must be at most 100');
    checkMonthly(largeLoad.monthlyPeakMW, 'largeLoad.monthlyPeakMW');
    checkMonthly(largeLoad.monthlyCoincidentPeaksMW, 'largeLoad.monthlyCoincidentPeaksMW');
  }

  if (largeLoad && incrementalCost && utility) {
    const verticallyIntegrated = utility.structure === 'vertically-integrated';
    if (verticallyIntegrated) {
      for (const field of ['capacityUSDPerKW', 'fixedOMUSDPerKWYear', 'marginalEnergyUSDPerMWh'] as const) {
        if (incrementalCost[field] === undefined) throw new RateImpactInputError(`incrementalCost.${field}`, 'required for a vertically integrated utility');
      }
    }
    const needsFcr = verticallyIntegrated || incrementalCost.transmissionUpgradeUSD > 0;
    if (needsFcr && incrementalCost.fixedChargeRatePct === undefined) {
      if (incrementalCost.preTaxWaccPct === undefined) throw new RateImpactInputError('incrementalCost.fixedChargeRatePct', 'required (or give preTaxWaccPct and lifeYears)');
      if (incrementalCost.lifeYears === undefined) throw new RateImpactInputError('incrementalCost.lifeYears', 'required with preTaxWaccPct when fixedChargeRatePct is absent');
    }
    if (incrementalCost.preTaxWaccPct !== undefined && !(incrementalCost.preTaxWaccPct > 0)) throw new RateImpactInputError('incrementalCost.preTaxWaccPct', 'must be positive');
    if (incrementalCost.lifeYears !== undefined && !(incrementalCost.lifeYears >= 1)) throw new RateImpactInputError('incrementalCost.lifeYears', 'must be at least 1');
    if (incrementalCost.elccPct !== undefined && !(incrementalCost.elccPct > 0)) throw new RateImpactInputError('incrementalCost.elccPct', 'must be positive');
  }

  if (horizon) {
    if (!Number.isInteger(horizon.years) || horizon.years < 1 || horizon.years > 60) throw new RateImpactInputError('horizon.years', 'must be an integer 1..60');
    for (const field of ['loadRampPct', 'capacityPriceAfterUSDPerMWDay'] as const) {
      const values = horizon[field];
      if (values !== undefined && values.length !== horizon.years) {
        throw new RateImpactInputError(`horizon.${field}`, `needs one value per year (${horizon.years}), got ${values.length}`);
      }
    }
    if (horizon.capacityPriceAfterUSDPerMWDay && !capacityMarket) throw new RateImpactInputError('capacityMarket', 'required when horizon.capacityPriceAfterUSDPerMWDay is given');
  }
}

function checkMonthly(values: number[] | undefined, field: string): void {
  if (values !== undefined && values.length !== 12) throw new RateImpactInputError(field, `needs 12 monthly values, got ${values.length}`);
}

/** Every number in the input is a quantity, a price or a share: finite and not negative. */
function checkNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RateImpactInputError(path || '(root)', `must be a finite number, got ${value}`);
    if (value < 0) throw new RateImpactInputError(path || '(root)', `must not be negative, got ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkNumbers(item, `${path}.${i}`));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkNumbers(item, path ? `${path}.${key}` : key);
  }
}
