import { evaluateSheet, type SheetFormula, type SheetResult } from '../sheets/index';
import { sheetFormula, sheetInput, type EstimateMarks, type InputOrigin } from './sheet-helpers';
import type { ResidentialImpact } from './types';

const SOURCE = 'rate-impact-method.md §2 and §4.1 (NARUC 1992 class cost of service)';
const FROM_ALLOCATION = 'cost-of-service allocation (result.allocation)';

export type ResidentialSheetInput = {
  revenueRequirementBeforeUSD: number;
  revenueRequirementAfterUSD: number;
  costBasedRevenueRequirementAfterUSD: number;
  /** Input path of the residential class (`utility.classes.0`). */
  residentialPath: string;
  salesMWh: number;
  customers: number;
  typicalKWhPerMonth: number;
  /** Capacity-market pass-through per customer per month; 0 when not passed through. */
  capacityMarketBillChangeUSDPerMonth: number;
  /** Restructured: default-service supply rate added to the wires rate for the % change; 0 otherwise. */
  marketSupplyRateCentsPerKWh: number;
};

/**
 * Residential rate and bill change as an assumption sheet:
 *
 * - ΔRR_res = RR_res¹ − RR_res⁰ (USD/yr)
 * - baseline rate (¢/kWh) = 100 × RR_res⁰ / S_res + market supply rate (restructured)
 * - Δrate (¢/kWh) = 100 × (ΔRR_res / S_res + capacity-market Δbill / typical kWh)
 * - Δrate % = 100 × Δrate / baseline rate
 * - Δbill (USD/month) = Δrate / 100 × typical kWh per month (a typical household, not the
 *   average: Dominion quotes 1,000 kWh, EIA's average is about 893 kWh; §11)
 * - average-customer Δbill (USD/month) = ΔRR_res / N_res / 12 + capacity-market Δbill (§4.1)
 */
export function evaluateResidential(values: ResidentialSheetInput, marks: EstimateMarks = {}): { result: ResidentialImpact; sheet: SheetResult } {
  const input = (name: string, value: number, unit: string, description: string, origin: InputOrigin) => sheetInput(name, value, unit, description, origin, marks);
  const fromAllocation: InputOrigin = { derivedFrom: FROM_ALLOCATION, inherits: ['utility', 'largeLoad', 'incrementalCost'] };
  const inputs = [
    input('revenueRequirementBeforeUSD', values.revenueRequirementBeforeUSD, 'USD/yr', 'residential revenue requirement without the load', fromAllocation),
    input('revenueRequirementAfterUSD', values.revenueRequirementAfterUSD, 'USD/yr', 'residential revenue requirement with the load paying its tariff', fromAllocation),
    input('costBasedRevenueRequirementAfterUSD', values.costBasedRevenueRequirementAfterUSD, 'USD/yr', 'residential revenue requirement if the load paid its allocated cost', fromAllocation),
    input('residentialSalesMWh', values.salesMWh, 'MWh/yr', 'residential sales', { path: `${values.residentialPath}.salesMWh` }),
    input('residentialCustomers', values.customers, '', 'residential customers', { path: `${values.residentialPath}.customers` }),
    input('typicalResidentialKWhPerMonth', values.typicalKWhPerMonth, 'kWh', 'typical household use per month', { path: 'utility.typicalResidentialKWhPerMonth' }),
    input('capacityMarketBillChangeUSDPerMonth', values.capacityMarketBillChangeUSDPerMonth, 'USD', 'capacity-market pass-through per customer-month', { derivedFrom: 'capacityMarket.residentialBillChangeUSDPerMonth (0 when not passed through)', inherits: ['capacityMarket'] }),
    input('marketSupplyRateCentsPerKWh', values.marketSupplyRateCentsPerKWh, '', 'default-service supply rate (restructured), cents/kWh', { path: 'utility.marketSupplyRateCentsPerKWh' }),
  ];
  const formulas: SheetFormula[] = [
    formula('revenueRequirementChangeUSD', 'revenueRequirementAfterUSD - revenueRequirementBeforeUSD', 'USD/yr', 'change in the residential revenue requirement'),
    formula('costBasedRevenueRequirementChangeUSD', 'costBasedRevenueRequirementAfterUSD - revenueRequirementBeforeUSD', 'USD/yr', 'the same if the load paid its allocated cost of service'),
    formula('baselineRateCentsPerKWh', '100 * (revenueRequirementBeforeUSD / residentialSalesMWh) / (1 USD / kWh) + marketSupplyRateCentsPerKWh', '', 'residential rate without the load, cents/kWh'),
    formula('rateChangeCentsPerKWh', '100 * (revenueRequirementChangeUSD / residentialSalesMWh + capacityMarketBillChangeUSDPerMonth / typicalResidentialKWhPerMonth) / (1 USD / kWh)', '', 'change in the residential rate, cents/kWh'),
    formula('rateChangePct', '100 * rateChangeCentsPerKWh / baselineRateCentsPerKWh', '', 'change in the residential rate, %'),
    formula('billChangeUSDPerMonth', 'rateChangeCentsPerKWh / 100 * (1 USD / kWh) * typicalResidentialKWhPerMonth', 'USD', 'change in a typical household bill per month'),
    formula('averageCustomerBillChangeUSDPerMonth', 'revenueRequirementChangeUSD / residentialCustomers * (1 yr) / 12 + capacityMarketBillChangeUSDPerMonth', 'USD', 'change in the average residential customer bill per month'),
  ];
  const sheet = evaluateSheet({ id: 'residential', title: 'Residential rate impact', inputs, formulas });
  const v = sheet.values;
  return {
    sheet,
    result: {
      revenueRequirementChangeUSD: v.revenueRequirementChangeUSD ?? null,
      costBasedRevenueRequirementChangeUSD: v.costBasedRevenueRequirementChangeUSD ?? null,
      baselineRateCentsPerKWh: v.baselineRateCentsPerKWh ?? null,
      rateChangeCentsPerKWh: v.rateChangeCentsPerKWh ?? null,
      rateChangePct: v.rateChangePct ?? null,
      billChangeUSDPerMonth: v.billChangeUSDPerMonth ?? null,
      averageCustomerBillChangeUSDPerMonth: v.averageCustomerBillChangeUSDPerMonth ?? null,
      capacityMarketBillChangeUSDPerMonth: values.capacityMarketBillChangeUSDPerMonth,
    },
  };
}

function formula(name: string, expr: string, unit: string, description: string): SheetFormula {
  return sheetFormula(name, expr, unit, description, SOURCE);
}
