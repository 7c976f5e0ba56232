import { evaluateSheet, type SheetFormula, type SheetInput, type SheetResult } from '../sheets/index';
import { sheetFormula, sheetInput, type EstimateMarks, type InputOrigin } from './sheet-helpers';
import type { CapacityMarketInput, CapacityMarketResult } from './types';

const SOURCE = 'rate-impact-method.md §5.3 (PJM RPM; Monitoring Analytics counterfactual method)';

/**
 * Capacity-market cost (PJM RPM, MISO PRA) as an assumption sheet:
 *
 * - costBeforeUSD = priceBefore (USD/MW-day) × obligationMW × deliveryDays
 * - costUSD = priceAfter × (obligationMW + largeLoadObligationMW) × deliveryDays, the cost with
 *   the load; without a price after, the price before is used and no change is reported
 * - costChangeUSD = costUSD − costBeforeUSD: the market-wide cost of the load's added demand,
 *   P*·Q* − P*′·Q*′ (the PJM IMM's method), of which
 *   largeLoadObligationCostUSD = priceAfter × largeLoadObligationMW × days is the load's own, and
 *   priceEffectOnOthersUSD = (priceAfter − priceBefore) × obligationMW × days falls on everyone else
 * - residentialBillChangeUSDPerMonth = (priceAfter − priceBefore) × 365 / 12 × PLC_kW / 1000
 *   per customer (issue 5; 100 USD/MW-day × 1.5 kW → 4.5625 USD/month). The peak-load
 *   contribution is taken as already scaled (zonal scaling factor × FPR); without one the
 *   market figures are reported and this line is left out (null).
 *
 * The load's obligation comes from `largeLoadObligation`.
 */
export function evaluateCapacityMarket(
  market: CapacityMarketInput,
  obligation: LargeLoadObligation,
  marks: EstimateMarks = {},
): { result: CapacityMarketResult; sheet: SheetResult } {
  const hasAfter = market.priceAfterUSDPerMWDay !== undefined;
  const input = (name: string, value: number, unit: string, description: string, origin: InputOrigin) => sheetInput(name, value, unit, description, origin, marks);
  const inputs: SheetInput[] = [
    input('priceBeforeUSDPerMWDay', market.priceBeforeUSDPerMWDay, 'USD/(MW day)', 'capacity price without the large load', { path: 'capacityMarket.priceBeforeUSDPerMWDay' }),
    input('obligationMW', market.obligationMW, 'MW', 'capacity obligation the price is paid on, without the load', { path: 'capacityMarket.obligationMW' }),
    input('largeLoadObligationMW', obligation.obligationMW, 'MW', "the large load's added capacity obligation", obligation.origin),
    input('deliveryDays', market.deliveryDays ?? 365, 'day', 'days in the delivery year', market.deliveryDays === undefined ? { defaulted: 'a 365-day delivery year' } : { path: 'capacityMarket.deliveryDays' }),
  ];
  const plcKW = market.residentialPeakLoadContributionKW;
  if (plcKW !== undefined) inputs.push(input('residentialPeakLoadContributionKW', plcKW, 'kW', "a residential customer's peak-load contribution", { path: 'capacityMarket.residentialPeakLoadContributionKW' }));
  const priceWithLoad = hasAfter ? 'priceAfterUSDPerMWDay' : 'priceBeforeUSDPerMWDay';
  const formulas: SheetFormula[] = [
    formula('costBeforeUSD', 'priceBeforeUSDPerMWDay * obligationMW * deliveryDays / (1 yr)', 'USD/yr', 'capacity cost without the load'),
    formula('costUSD', `${priceWithLoad} * (obligationMW + largeLoadObligationMW) * deliveryDays / (1 yr)`, 'USD/yr', 'capacity cost with the load'),
    formula('largeLoadObligationCostUSD', `${priceWithLoad} * largeLoadObligationMW * deliveryDays / (1 yr)`, 'USD/yr', "the load's own capacity cost"),
  ];
  if (hasAfter) {
    inputs.push(input('priceAfterUSDPerMWDay', market.priceAfterUSDPerMWDay ?? 0, 'USD/(MW day)', 'capacity price with the large load', { path: 'capacityMarket.priceAfterUSDPerMWDay' }));
    formulas.push(
      formula('costChangeUSD', 'costUSD - costBeforeUSD', 'USD/yr', "market-wide cost of the load's added demand"),
      formula('priceEffectOnOthersUSD', '(priceAfterUSDPerMWDay - priceBeforeUSDPerMWDay) * obligationMW * deliveryDays / (1 yr)', 'USD/yr', 'price change paid on everyone else'),
    );
    // Without a residential peak-load contribution the market cost stands and the bill line is left out (issue 13).
    if (plcKW !== undefined) formulas.push(formula('residentialBillChangeUSDPerMonth', '(priceAfterUSDPerMWDay - priceBeforeUSDPerMWDay) * (365 day / 12) * residentialPeakLoadContributionKW', 'USD', 'residential bill change per customer per month'));
  }
  const sheet = evaluateSheet({ id: 'capacityMarket', title: 'Capacity market', inputs, formulas });
  const v = sheet.values;
  return {
    sheet,
    result: {
      costUSD: v.costUSD ?? 0,
      costBeforeUSD: v.costBeforeUSD ?? 0,
      costChangeUSD: v.costChangeUSD ?? null,
      largeLoadObligationCostUSD: v.largeLoadObligationCostUSD ?? 0,
      priceEffectOnOthersUSD: v.priceEffectOnOthersUSD ?? null,
      residentialBillChangeUSDPerMonth: v.residentialBillChangeUSDPerMonth ?? null,
    },
  };
}

function formula(name: string, expr: string, unit: string, description: string): SheetFormula {
  return sheetFormula(name, expr, unit, description, SOURCE);
}

export type LargeLoadObligation = { obligationMW: number; origin: InputOrigin };

/**
 * The large load's added capacity obligation, MW: as given, or by default its coincident peak ×
 * (1 + planning reserve margin) — the UCAP it adds to the requirement (§5.3, VRR shift by
 * ΔMW × (1 + IRM)), marked as an engine default; 0 without a large load.
 */
export function largeLoadObligation(market: CapacityMarketInput, coincidentPeakMW: number | null, planningReserveMarginPct: number | null): LargeLoadObligation {
  if (market.largeLoadObligationMW !== undefined) return { obligationMW: market.largeLoadObligationMW, origin: { path: 'capacityMarket.largeLoadObligationMW' } };
  if (coincidentPeakMW === null) return { obligationMW: 0, origin: { derivedFrom: 'no large load in the input', inherits: [] } };
  return {
    obligationMW: coincidentPeakMW * (1 + (planningReserveMarginPct ?? 0) / 100),
    origin: { defaulted: 'largeLoad.coincidentPeakMW × (1 + utility.planningReserveMarginPct / 100)' },
  };
}
