import { evaluateSheet, type Sheet, type SheetFormula, type SheetInput, type SheetResult } from '../sheets/index';
import { sheetFormula, sheetInput, type EstimateMarks, type InputOrigin } from './sheet-helpers';
import type { IncrementalCostInput, IncrementalCostResult, LargeLoadInput, UtilityInput } from './types';

const METHOD_DOC = 'rate-impact-method.md §2 and §5.1 (NARUC 1992; ESIG/Brattle 2026 primer)';
const formula = (name: string, expr: string, unit: string, description: string): SheetFormula => sheetFormula(name, expr, unit, description, METHOD_DOC);

/**
 * The incremental cost the large load causes, as an assumption sheet (every value traceable):
 *
 * - capacityNeedMW = max(0, coincidentPeakMW × (1 + PRM) / ELCC − headroomMW)   (§5.1)
 * - capacityCapexUSD = capacityNeedMW × capacityUSDPerKW
 * - CRF(i, n) = i (1+i)^n / ((1+i)^n − 1), i = pre-tax WACC, n = life in years   (§2)
 * - fixed charge rate FCR = CRF + taxes and insurance, unless given directly (typical 9–12 %/yr)
 * - capacity levelized RR = capex × FCR + FOM (USD/yr)
 * - capacity first-year RR = capex × (i + 1/n + taxes and insurance) + FOM (front-loaded: return
 *   on an undepreciated rate base plus straight-line depreciation, §2; taxes and insurance are
 *   added as in the FCR so that both forms recover the same costs), only when i and n are known
 * - energy cost = gridEnergyMWh × marginalEnergyUSDPerMWh
 * - transmission upgrade: levelized upgrade × FCR, first year upgrade × (i + 1/n + taxes and insurance)
 *
 * A restructured (wires-only) utility builds no generation and buys no energy for the load, so
 * capacity and energy costs are zero there (the market carries them, see capacity-market.ts);
 * capacityNeedMW is still reported. Defaults: ELCC 100 %, taxes and insurance 0 % when FCR is
 * computed. Presence of the needed fields is checked by validate.ts.
 */
export function evaluateIncrementalCost(
  utility: UtilityInput,
  load: LargeLoadInput,
  cost: IncrementalCostInput,
  marks: EstimateMarks = {},
): { result: IncrementalCostResult; sheet: SheetResult } {
  const input = (name: string, value: number, unit: string, description: string, origin: InputOrigin) => sheetInput(name, value, unit, description, origin, marks);
  const verticallyIntegrated = utility.structure === 'vertically-integrated';
  const hasWaccAndLife = cost.preTaxWaccPct !== undefined && cost.lifeYears !== undefined;
  const inputs: SheetInput[] = [
    input('coincidentPeakMW', load.coincidentPeakMW, 'MW', "the large load's grid draw at the system peak", { path: 'largeLoad.coincidentPeakMW' }),
    input('planningReserveMarginPct', utility.planningReserveMarginPct, '', 'planning reserve margin, %', { path: 'utility.planningReserveMarginPct' }),
    input('elccPct', cost.elccPct ?? 100, '', 'accredited capacity value (ELCC) of the new mix, %', cost.elccPct === undefined ? { defaulted: 'ELCC 100 %, new capacity fully accredited' } : { path: 'incrementalCost.elccPct' }),
    input('headroomMW', utility.headroomMW, 'MW', 'existing capacity available to serve the load without new build', { path: 'utility.headroomMW' }),
    input('transmissionUpgradeUSD', cost.transmissionUpgradeUSD, 'USD', 'transmission upgrade capital cost caused by the load', { path: 'incrementalCost.transmissionUpgradeUSD' }),
  ];
  const formulas: SheetFormula[] = [
    formula('capacityNeedMW', 'max(0 MW, coincidentPeakMW * (1 + planningReserveMarginPct / 100) / (elccPct / 100) - headroomMW)', 'MW', 'new capacity needed for the load'),
  ];
  const needsFcr = verticallyIntegrated || cost.transmissionUpgradeUSD > 0;
  if (needsFcr) {
    if (cost.fixedChargeRatePct === undefined || hasWaccAndLife) {
      inputs.push(input('taxesInsurancePct', cost.taxesInsurancePct ?? 0, '', 'property tax and insurance, % of capex per year', cost.taxesInsurancePct === undefined ? { defaulted: 'no property tax or insurance given, 0 %' } : { path: 'incrementalCost.taxesInsurancePct' }));
    }
    if (cost.fixedChargeRatePct !== undefined) {
      inputs.push(input('fixedChargeRatePct', cost.fixedChargeRatePct, '', 'levelized fixed charge rate, %/yr', { path: 'incrementalCost.fixedChargeRatePct' }));
    } else {
      formulas.push(
        formula('capitalRecoveryFactor', '(preTaxWaccPct / 100) * (1 + preTaxWaccPct / 100) ^ lifeYears / ((1 + preTaxWaccPct / 100) ^ lifeYears - 1)', '', 'capital recovery factor at the pre-tax WACC'),
        formula('fixedChargeRatePct', '100 * capitalRecoveryFactor + taxesInsurancePct', '', 'fixed charge rate = CRF + taxes and insurance, %/yr'),
      );
    }
    if (hasWaccAndLife) {
      inputs.push(
        input('preTaxWaccPct', cost.preTaxWaccPct ?? 0, '', 'pre-tax weighted average cost of capital, %', { path: 'incrementalCost.preTaxWaccPct' }),
        input('lifeYears', cost.lifeYears ?? 0, '', 'book life of the new assets, years', { path: 'incrementalCost.lifeYears' }),
      );
    }
    formulas.push(formula('transmissionUpgradeLevelizedUSDPerYear', 'transmissionUpgradeUSD * fixedChargeRatePct / 100 / (1 yr)', 'USD/yr', 'levelized revenue requirement of the upgrade'));
    if (hasWaccAndLife) {
      formulas.push(formula('transmissionUpgradeFirstYearUSD', 'transmissionUpgradeUSD * (preTaxWaccPct / 100 + 1 / lifeYears + taxesInsurancePct / 100) / (1 yr)', 'USD/yr', 'front-loaded first-year revenue requirement of the upgrade'));
    }
  }
  if (verticallyIntegrated) {
    inputs.push(
      input('capacityUSDPerKW', cost.capacityUSDPerKW ?? 0, 'USD/kW', 'installed cost of new capacity', { path: 'incrementalCost.capacityUSDPerKW' }),
      input('fixedOMUSDPerKWYear', cost.fixedOMUSDPerKWYear ?? 0, 'USD/(kW yr)', 'fixed O&M of new capacity', { path: 'incrementalCost.fixedOMUSDPerKWYear' }),
      input('gridEnergyMWh', load.gridEnergyMWh, 'MWh/yr', "the large load's energy from the grid", { path: 'largeLoad.gridEnergyMWh' }),
      input('marginalEnergyUSDPerMWh', cost.marginalEnergyUSDPerMWh ?? 0, 'USD/MWh', 'marginal energy cost', { path: 'incrementalCost.marginalEnergyUSDPerMWh' }),
    );
    formulas.push(
      formula('capacityCapexUSD', 'capacityNeedMW * capacityUSDPerKW', 'USD', 'capital cost of the new capacity'),
      formula('capacityLevelizedUSDPerYear', 'capacityCapexUSD * fixedChargeRatePct / 100 / (1 yr) + capacityNeedMW * fixedOMUSDPerKWYear', 'USD/yr', 'levelized revenue requirement of the new capacity'),
      formula('energyUSDPerYear', 'gridEnergyMWh * marginalEnergyUSDPerMWh', 'USD/yr', 'marginal energy cost of serving the load'),
    );
    if (hasWaccAndLife) {
      formulas.push(formula('capacityFirstYearUSD', 'capacityCapexUSD * (preTaxWaccPct / 100 + 1 / lifeYears + taxesInsurancePct / 100) / (1 yr) + capacityNeedMW * fixedOMUSDPerKWYear', 'USD/yr', 'front-loaded first-year revenue requirement of the new capacity'));
    }
  }
  const sheet: Sheet = { id: 'incrementalCost', title: 'Incremental cost of the large load', inputs, formulas };
  const evaluated = evaluateSheet(sheet);
  const v = evaluated.values;
  return {
    sheet: evaluated,
    result: {
      capacityNeedMW: v.capacityNeedMW ?? 0,
      capacityCapexUSD: v.capacityCapexUSD ?? 0,
      fixedChargeRatePct: v.fixedChargeRatePct ?? 0,
      capacityLevelizedUSDPerYear: v.capacityLevelizedUSDPerYear ?? 0,
      capacityFirstYearUSD: verticallyIntegrated ? (v.capacityFirstYearUSD ?? null) : 0,
      energyUSDPerYear: v.energyUSDPerYear ?? 0,
      transmissionUpgradeLevelizedUSDPerYear: v.transmissionUpgradeLevelizedUSDPerYear ?? 0,
      transmissionUpgradeFirstYearUSD: needsFcr ? (v.transmissionUpgradeFirstYearUSD ?? null) : 0,
    },
  };
}
