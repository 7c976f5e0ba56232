import { evaluateCapacityMarket, largeLoadObligation } from './capacity-market';
import { capacityVintagesMW, capitalRevenueRequirementUSD, type CapitalRecovery } from './capital-schedule';
import { evaluateIncrementalCost } from './incremental-cost';
import type { EstimateMarks } from './sheet-helpers';
import type { CapacityMarketInput, CapacityMarketResult, HorizonInput, IncrementalCostInput, LargeLoadInput, UtilityInput, YearResult } from './types';
import { yearImpact } from './year-impact';

export type SeriesArgs = {
  horizon: HorizonInput;
  utility: UtilityInput | null;
  load: LargeLoadInput | null;
  cost: IncrementalCostInput | null;
  market: CapacityMarketInput | null;
  /** The levelized fixed charge rate the one-year result used, %/yr. */
  fixedChargeRatePct: number;
  capacityMarketPassThrough: boolean;
  marks: EstimateMarks;
};

/**
 * Year-by-year rate impact over the horizon (rate-impact-method.md §4.3: rates move at rate
 * cases and capacity prices from each delivery year, so one steady-state number hides the
 * path). In year y:
 *
 * - the load is scaled by `loadRampPct[y]` (default 100): contract, peaks and energy alike, the
 *   contract following the agreed ramp schedule;
 * - new capacity is built by vintage as the ramped need grows (capital-schedule.ts) and each
 *   vintage is recovered front-loaded (return on net book value + straight-line depreciation
 *   + taxes and insurance)
 *   when the pre-tax WACC and life are known, else at the levelized fixed charge rate; fixed
 *   O&M is paid on all capacity built;
 * - a transmission upgrade enters service in year one at its full cost, recovered the same way;
 * - the capacity price is `capacityPriceAfterUSDPerMWDay[y]` (default: the one-year input).
 *
 * The baseline revenue requirement is held constant (real terms, no escalation).
 */
export function rateImpactSeries(args: SeriesArgs): YearResult[] {
  const { horizon, utility, load, cost, market } = args;
  const rampPct = Array.from({ length: horizon.years }, (_, y) => horizon.loadRampPct?.[y] ?? 100);
  const recovery: CapitalRecovery =
    cost?.preTaxWaccPct !== undefined && cost.lifeYears !== undefined
      ? { kind: 'front-loaded', preTaxWaccPct: cost.preTaxWaccPct, lifeYears: cost.lifeYears, taxesInsurancePct: cost.taxesInsurancePct ?? 0 }
      : { kind: 'levelized', fixedChargeRatePct: args.fixedChargeRatePct };
  const loads = rampPct.map((pct) => (load ? scaleLoad(load, pct / 100) : null));

  const verticallyIntegrated = utility?.structure === 'vertically-integrated';
  const needMW = loads.map((l) => (utility && l && cost ? evaluateIncrementalCost(utility, l, cost, args.marks).result.capacityNeedMW : 0));
  const addedMW = capacityVintagesMW(needMW);

  return rampPct.map((pct, y) => {
    const yearLoad = loads[y] ?? null;
    let marketResult: CapacityMarketResult | null = null;
    if (market) {
      const priceAfter = horizon.capacityPriceAfterUSDPerMWDay?.[y] ?? market.priceAfterUSDPerMWDay;
      const yearMarket: CapacityMarketInput = { ...market };
      if (priceAfter !== undefined) yearMarket.priceAfterUSDPerMWDay = priceAfter;
      const obligation = largeLoadObligation(yearMarket, yearLoad?.coincidentPeakMW ?? null, utility?.planningReserveMarginPct ?? null);
      marketResult = evaluateCapacityMarket(yearMarket, obligation, args.marks).result;
    }
    const marketBillUSD = args.capacityMarketPassThrough ? (marketResult?.residentialBillChangeUSDPerMonth ?? 0) : 0;
    const year: YearResult = {
      year: horizon.startYear + y,
      loadRampPct: pct,
      residential: {
        revenueRequirementChangeUSD: null,
        costBasedRevenueRequirementChangeUSD: null,
        baselineRateCentsPerKWh: null,
        rateChangeCentsPerKWh: null,
        rateChangePct: null,
        billChangeUSDPerMonth: marketBillUSD,
        averageCustomerBillChangeUSDPerMonth: marketBillUSD,
        capacityMarketBillChangeUSDPerMonth: marketBillUSD,
      },
      largeLoad: null,
      capacityMarket: marketResult,
    };
    if (!utility) return year;

    let capacityUSD = 0;
    let energyUSD = 0;
    if (verticallyIntegrated && cost && yearLoad) {
      const capacityUSDPerKW = cost.capacityUSDPerKW ?? 0;
      let builtMW = 0;
      for (let v = 0; v <= y; v++) {
        const vintageMW = addedMW[v] ?? 0;
        builtMW += vintageMW;
        capacityUSD += capitalRevenueRequirementUSD(vintageMW * 1000 * capacityUSDPerKW, y - v, recovery);
      }
      capacityUSD += builtMW * 1000 * (cost.fixedOMUSDPerKWYear ?? 0);
      energyUSD = yearLoad.gridEnergyMWh * (cost.marginalEnergyUSDPerMWh ?? 0);
    }
    const upgradeUSD = cost && yearLoad ? capitalRevenueRequirementUSD(cost.transmissionUpgradeUSD, y, recovery) : 0;
    const impact = yearImpact({
      utility,
      load: yearLoad,
      costs: { capacityUSD, energyUSD, transmissionUpgradeUSD: upgradeUSD },
      treatment: cost?.transmissionTreatment ?? 'direct-assign',
      capacityMarketBillChangeUSDPerMonth: marketBillUSD,
      marks: args.marks,
    });
    year.residential = impact.residential;
    year.largeLoad = impact.largeLoad;
    return year;
  });
}

/** The load at `factor` of its full size (contract, peaks and energy alike). */
export function scaleLoad(load: LargeLoadInput, factor: number): LargeLoadInput {
  const scaled: LargeLoadInput = {
    ...load,
    contractMW: load.contractMW * factor,
    coincidentPeakMW: load.coincidentPeakMW * factor,
    gridPeakMW: load.gridPeakMW * factor,
    gridEnergyMWh: load.gridEnergyMWh * factor,
  };
  if (load.monthlyPeakMW) scaled.monthlyPeakMW = load.monthlyPeakMW.map((mw) => mw * factor);
  if (load.monthlyCoincidentPeaksMW) scaled.monthlyCoincidentPeaksMW = load.monthlyCoincidentPeaksMW.map((mw) => mw * factor);
  return scaled;
}
