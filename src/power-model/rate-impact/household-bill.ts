import type { RateImpactInput, RateImpactResult } from './types';

/**
 * One channel of the household bill change. `includedUSDPerMonth` is what it adds to the
 * headline (0 when computed but not passed to households, null when not modelled);
 * `computedUSDPerMonth` is the channel's own figure even where it is not passed through.
 */
export type BillChannel = { computedUSDPerMonth: number | null; includedUSDPerMonth: number | null; note: string };

/**
 * The headline change in a typical household's monthly bill for one stated year, and its
 * decomposition: the single figure every view and the CLI show (issue 13).
 */
export type HouseholdBill = {
  year: number;
  /** Σ of the channels' included amounts (USD/month); null when no channel could be computed. */
  totalUSDPerMonth: number | null;
  channels: { costOfService: BillChannel; capacityMarket: BillChannel; energyPassThrough: BillChannel };
  /** True when the total rests on an estimate. */
  estimate: boolean;
};

/**
 * The household bill change of a rate-impact result, for a stated year:
 *
 * - cost of service: the change in the residential revenue requirement spread over residential
 *   sales, at the typical household's use: ΔRR_res / S_res × kWh per month (rate-impact.ts,
 *   residential-sheet.ts); it holds the load's tariff revenue against its allocated cost, and,
 *   for a vertically integrated utility, the new capacity and marginal energy the load needs;
 * - capacity market: the clearing-price change from the load's added obligation × a household's
 *   peak-load contribution (capacity-market.ts); added when the market passes through to
 *   households (restructured, or `passThroughToResidential`), shown but not added otherwise, and
 *   absent (null) without a residential peak-load contribution;
 * - energy pass-through: a restructured utility's default-service energy price effect of the
 *   load, which the engine does not model (null, said so); for a vertically integrated utility
 *   the load's energy cost is inside the cost-of-service channel.
 *
 * total = cost of service + capacity market (included) + energy pass-through (included, when modelled).
 */
export function householdBill(result: RateImpactResult, input: RateImpactInput, year: number, estimate: boolean): HouseholdBill {
  const r = result.residential;
  const market = result.capacityMarket;
  const passThrough = input.capacityMarket?.passThroughToResidential ?? result.structure !== 'vertically-integrated';
  const marketComputed = market?.residentialBillChangeUSDPerMonth ?? null;
  const marketIncluded = marketComputed === null ? null : passThrough ? marketComputed : 0;
  // residential.billChangeUSDPerMonth already holds the passed-through market part; the rest is cost of service.
  const costOfService = r.revenueRequirementChangeUSD === null || r.billChangeUSDPerMonth === null ? null : r.billChangeUSDPerMonth - (r.capacityMarketBillChangeUSDPerMonth ?? 0);
  const vertical = result.structure === 'vertically-integrated';
  const channels: HouseholdBill['channels'] = {
    costOfService: {
      computedUSDPerMonth: costOfService,
      includedUSDPerMonth: costOfService,
      note: costOfService === null ? 'no host utility in the input' : 'change in the residential revenue requirement over residential sales, at typical use',
    },
    capacityMarket: {
      computedUSDPerMonth: marketComputed,
      includedUSDPerMonth: marketIncluded,
      note: !input.capacityMarket
        ? 'no capacity market'
        : marketComputed === null
          ? input.capacityMarket.residentialPeakLoadContributionKW === undefined
            ? 'market cost computed; no residential peak-load contribution given, so no bill figure'
            : 'no capacity price with the load given, so no price change'
          : passThrough
            ? "price change × a household's peak-load contribution, passed through"
            : 'computed but not passed to households (the utility self-supplies its capacity)',
    },
    energyPassThrough: {
      computedUSDPerMonth: null,
      includedUSDPerMonth: vertical ? 0 : null,
      note: vertical ? "inside cost of service (the utility's marginal energy cost of the load)" : 'not modelled: the default-service energy price effect of the load',
    },
  };
  const parts = [channels.costOfService.includedUSDPerMonth, channels.capacityMarket.includedUSDPerMonth, channels.energyPassThrough.includedUSDPerMonth].filter((v): v is number => v !== null);
  return { year, totalUSDPerMonth: parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0), channels, estimate };
}
