import type { Sheet, SheetFormula, SheetInput } from '../sheets/types';

/** One capital asset line of the sheet (a thermal technology, solar or the battery). */
export type EconomicsAsset = {
  /** Identifier prefix for the asset's sheet names, e.g. 'gasCtAeroderivative', 'solar'. */
  key: string;
  label: string;
  capacityMW: number;
  capexUSDPerKW: number;
  fixedOmUSDPerKWYear: number;
  variableOmUSDPerMWh: number;
  energyMWh: number;
  source?: string;
  estimate?: boolean;
};

/**
 * Annual quantities from the hourly dispatch and the grid bill that the sheet prices, plus the
 * assumptions with their sources. Energies are for the simulated year (MWh per year).
 */
export type EconomicsInput = {
  assets: EconomicsAsset[];
  servedEnergyMWh: number;
  fuelMMBtu: number;
  gridEnergyMWh: number;
  gridEnergyCostUSD: number;
  billedDemandAvgMW: number;
  coincidentPeakMW: number;
  gridCarbonKgPerMWh: number;
  demandChargeUSDPerKWMonth: number;
  capacityPriceUSDPerMWDay: number;
  /** Grid tariff lines (grid/year-charges.ts): transmission on the load's CP demand, standby on the backup MW; 0 when the market has none. */
  transmissionDemandMW?: number;
  transmissionRateUSDPerKWYr?: number;
  standbyMW?: number;
  standbyRateUSDPerKWYr?: number;
  /** Calendar year of the host system load whose peaks the grid charges read (none: temperature proxy). */
  systemLoadYear?: number;
  transmissionUpgradeUSD: number;
  transmissionShareLoad: number;
  gasPriceUSDPerMMBtu: number;
  gasCo2KgPerMMBtu: number;
  sources?: Partial<Record<string, string>>;
};

/** Financial assumptions and their defaults (user overrides replace them by name). */
export const FINANCE_DEFAULTS = {
  discountRate: { value: 0.07, description: 'real discount rate for capital recovery and NPV', source: 'assumption: 7%, close to EIA AEO2026 7.1% discount rate', estimate: true },
  lifetimeYears: { value: 30, description: 'capital recovery period', source: 'assumption: 30-year book life (data/technologies.json lifetimes)', estimate: true },
  horizonYears: { value: 20, description: 'NPV horizon', source: 'assumption', estimate: true },
  escalationRate: { value: 0.02, description: 'annual escalation of operating costs (fuel, grid, O&M) in the NPV', source: 'assumption', estimate: true },
} as const;

/**
 * The economics assumption sheet of one site × scenario: capital recovery factor, annualized
 * capex, fixed and variable O&M, fuel, grid energy, demand and capacity charges, the load's share
 * of the transmission upgrade, total annual cost, levelized cost of delivered energy, NPV of cost
 * with escalation, CO2 and its intensity. Every line is a formula over named inputs, so every
 * summary number traces to its formula and inputs.
 *
 * Formulas:
 * - CRF = r(1+r)^n / ((1+r)^n − 1) (7%, 30 y → 0.0806).
 * - annualized capex = capex × CRF per year; capex = Σ MW × USD/kW + upgrade × load share.
 * - demand charge = mean monthly billed demand × USD/kW-month × 12 months per year.
 * - capacity cost = coincident peak × USD/MW-day × 365 days per year.
 * - LCOE = total annual cost ÷ energy served (0 when nothing is served; unserved energy says why).
 * - NPV of cost = capex + opex × (1 − ((1+e)/(1+r))^H) ÷ (r − e): a growing annuity of the
 *   year-1 operating cost, escalating at e, discounted at r, over H years (positive = cost).
 */
export function buildEconomicsSheet(input: EconomicsInput): Sheet {
  const src = (name: string, fallback: string) => input.sources?.[name] ?? fallback;
  const inputs: SheetInput[] = [
    ...Object.entries(FINANCE_DEFAULTS).map(([name, d]) => ({ name, value: d.value, unit: '', description: d.description, source: d.source, estimate: d.estimate })),
    { name: 'servedEnergyMWhPerYr', value: input.servedEnergyMWh, unit: 'MWh/yr', description: 'facility energy served in the simulated year', source: 'hourly dispatch' },
    { name: 'fuelMMBtuPerYr', value: input.fuelMMBtu, unit: 'MMBtu/yr', description: 'gas burned by the BTM fleet', source: 'hourly dispatch' },
    { name: 'gasPriceUSDPerMMBtu', value: input.gasPriceUSDPerMMBtu, unit: 'USD/MMBtu', description: 'delivered gas price', source: src('gasPriceUSDPerMMBtu', 'data/technologies.json') },
    { name: 'gasCo2KgPerMMBtu', value: input.gasCo2KgPerMMBtu, unit: 'kg/MMBtu', description: 'CO2 per MMBtu of natural gas (HHV)', source: src('gasCo2KgPerMMBtu', '40 CFR 98 Table NN-1') },
    { name: 'gridEnergyMWhPerYr', value: input.gridEnergyMWh, unit: 'MWh/yr', description: 'energy imported from the grid', source: 'hourly dispatch' },
    { name: 'gridEnergyCostUSDPerYr', value: input.gridEnergyCostUSD, unit: 'USD/yr', description: 'Σ hourly import × hourly energy price', source: 'hourly dispatch × grid price' },
    { name: 'billedDemandAvgMW', value: input.billedDemandAvgMW, unit: 'MW', description: 'mean of the 12 monthly billed demands (after the minimum-demand clause)', source: 'hourly dispatch' },
    { name: 'demandChargeUSDPerKWMonth', value: input.demandChargeUSDPerKWMonth, unit: 'USD/kW/month', description: 'tariff demand charge', source: src('demandChargeUSDPerKWMonth', 'site tariff') },
    { name: 'coincidentPeakMW', value: input.coincidentPeakMW, unit: 'MW', description: "the load's capacity obligation: grid draw at the market's coincident-peak hours", source: src('coincidentPeakMW', 'hourly dispatch') },
    { name: 'capacityPriceUSDPerMWDay', value: input.capacityPriceUSDPerMWDay, unit: 'USD/MW/day', description: 'capacity price on the coincident peak', source: src('capacityPriceUSDPerMWDay', 'site utility') },
    { name: 'transmissionDemandMW', value: input.transmissionDemandMW ?? 0, unit: 'MW', description: "the load's transmission demand: grid draw at the tariff's coincident-peak hours", source: src('transmissionDemandMW', 'no transmission charge in the tariff') },
    { name: 'transmissionRateUSDPerKWYr', value: input.transmissionRateUSDPerKWYr ?? 0, unit: 'USD/kW/yr', description: 'transmission rate per kW of coincident-peak demand', source: src('transmissionRateUSDPerKWYr', 'no transmission charge in the tariff') },
    { name: 'standbyMW', value: input.standbyMW ?? 0, unit: 'MW', description: 'backup part of the grid contract, not billed at the peaks', source: src('standbyMW', 'no standby charge in the tariff') },
    { name: 'standbyRateUSDPerKWYr', value: input.standbyRateUSDPerKWYr ?? 0, unit: 'USD/kW/yr', description: 'standby charge per kW of backup contract', source: src('standbyRateUSDPerKWYr', 'no standby charge in the tariff') },
    ...(input.systemLoadYear === undefined ? [] : [{ name: 'systemLoadYear', value: input.systemLoadYear, unit: '', description: 'calendar year of the host system load whose peaks the grid charges read (2016–2019; unused without a system load)', source: src('systemLoadYear', 'data/system-load (EIA-930 cleaned, Ruggles et al. 2020)') }]),
    { name: 'transmissionUpgradeUSD', value: input.transmissionUpgradeUSD, unit: 'USD', description: 'network upgrade the load triggers', source: src('transmissionUpgradeUSD', 'site grid') },
    { name: 'transmissionShareLoad', value: input.transmissionShareLoad, unit: '', description: 'share of the upgrade the load pays', source: src('transmissionShareLoad', 'site grid upgradePaidBy') },
    { name: 'gridCarbonKgPerMWh', value: input.gridCarbonKgPerMWh, unit: 'kg/MWh', description: 'grid average CO2 rate', source: src('gridCarbonKgPerMWh', 'EPA eGRID') },
  ];
  const formulas: SheetFormula[] = [
    { name: 'crf', expr: 'discountRate * (1 + discountRate)^lifetimeYears / ((1 + discountRate)^lifetimeYears - 1)', unit: '', description: 'capital recovery factor' },
  ];
  const capexTerms: string[] = [];
  const fomTerms: string[] = [];
  const vomTerms: string[] = [];
  for (const asset of input.assets) {
    const k = asset.key;
    const source = asset.source ?? 'data/technologies.json';
    const estimate = asset.estimate === true ? { estimate: true } : {};
    inputs.push(
      { name: `${k}CapacityMW`, value: asset.capacityMW, unit: 'MW', description: `${asset.label}: installed capacity`, source: 'scenario' },
      { name: `${k}CapexUSDPerKW`, value: asset.capexUSDPerKW, unit: 'USD/kW', description: `${asset.label}: overnight capital cost`, source, ...estimate },
      { name: `${k}FixedOmUSDPerKWYr`, value: asset.fixedOmUSDPerKWYear, unit: 'USD/kW/yr', description: `${asset.label}: fixed O&M`, source, ...estimate },
      { name: `${k}VariableOmUSDPerMWh`, value: asset.variableOmUSDPerMWh, unit: 'USD/MWh', description: `${asset.label}: variable O&M`, source, ...estimate },
      { name: `${k}EnergyMWhPerYr`, value: asset.energyMWh, unit: 'MWh/yr', description: `${asset.label}: energy delivered`, source: 'hourly dispatch' },
    );
    formulas.push(
      { name: `${k}CapexUSD`, expr: `${k}CapacityMW * ${k}CapexUSDPerKW`, unit: 'USD', description: `${asset.label}: capital cost` },
      { name: `${k}FixedOmUSDPerYr`, expr: `${k}CapacityMW * ${k}FixedOmUSDPerKWYr`, unit: 'USD/yr', description: `${asset.label}: fixed O&M` },
      { name: `${k}VariableOmUSDPerYr`, expr: `${k}EnergyMWhPerYr * ${k}VariableOmUSDPerMWh`, unit: 'USD/yr', description: `${asset.label}: variable O&M` },
    );
    capexTerms.push(`${k}CapexUSD`);
    fomTerms.push(`${k}FixedOmUSDPerYr`);
    vomTerms.push(`${k}VariableOmUSDPerYr`);
  }
  const sum = (terms: string[], zero: string) => (terms.length === 0 ? zero : terms.join(' + '));
  formulas.push(
    { name: 'transmissionCapexUSD', expr: 'transmissionUpgradeUSD * transmissionShareLoad', unit: 'USD', description: "load's share of the transmission upgrade" },
    { name: 'capexUSD', expr: sum([...capexTerms, 'transmissionCapexUSD'], '0 USD'), unit: 'USD', description: 'total capital cost' },
    { name: 'annualizedCapexUSDPerYr', expr: 'capexUSD * crf / yr', unit: 'USD/yr', description: 'capital cost annualized with the CRF' },
    { name: 'fixedOmUSDPerYr', expr: sum(fomTerms, '0 USD/yr'), unit: 'USD/yr', description: 'fixed O&M of all assets' },
    { name: 'variableOmUSDPerYr', expr: sum(vomTerms, '0 USD/yr'), unit: 'USD/yr', description: 'variable O&M of all assets' },
    { name: 'fuelUSDPerYr', expr: 'fuelMMBtuPerYr * gasPriceUSDPerMMBtu', unit: 'USD/yr', description: 'gas cost' },
    { name: 'gridEnergyUSDPerYr', expr: 'gridEnergyCostUSDPerYr', unit: 'USD/yr', description: 'grid energy charges' },
    { name: 'demandChargeUSDPerYr', expr: 'billedDemandAvgMW * demandChargeUSDPerKWMonth * 12 month / yr', unit: 'USD/yr', description: 'grid demand charges' },
    { name: 'capacityUSDPerYr', expr: 'coincidentPeakMW * capacityPriceUSDPerMWDay * 365 day / yr', unit: 'USD/yr', description: 'capacity cost on the coincident peak' },
    { name: 'transmissionUSDPerYr', expr: 'transmissionDemandMW * transmissionRateUSDPerKWYr', unit: 'USD/yr', description: 'transmission charge on coincident-peak demand' },
    { name: 'standbyUSDPerYr', expr: 'standbyMW * standbyRateUSDPerKWYr', unit: 'USD/yr', description: 'standby charge on the backup grid contract' },
    { name: 'operatingUSDPerYr', expr: 'fixedOmUSDPerYr + variableOmUSDPerYr + fuelUSDPerYr + gridEnergyUSDPerYr + demandChargeUSDPerYr + capacityUSDPerYr + transmissionUSDPerYr + standbyUSDPerYr', unit: 'USD/yr', description: 'year-1 operating cost' },
    { name: 'annualCostUSDPerYr', expr: 'annualizedCapexUSDPerYr + operatingUSDPerYr', unit: 'USD/yr', description: 'total annual cost' },
    { name: 'lcoeUSDPerMWh', expr: 'servedEnergyMWhPerYr > 0 MWh/yr ? annualCostUSDPerYr / servedEnergyMWhPerYr : 0 USD/MWh', unit: 'USD/MWh', description: 'levelized cost of delivered energy (0 when nothing is served: see unserved energy)' },
    {
      name: 'npvUSD',
      expr: 'capexUSD + operatingUSDPerYr * 1 yr * (1 - ((1 + escalationRate) / (1 + discountRate))^horizonYears) / (discountRate - escalationRate)',
      unit: 'USD',
      description: 'net present cost over the horizon (capex now + escalating operating cost)',
    },
    { name: 'fuelCo2TonnesPerYr', expr: 'fuelMMBtuPerYr * gasCo2KgPerMMBtu', unit: 'tCO2/yr', description: 'CO2 from BTM gas' },
    { name: 'gridCo2TonnesPerYr', expr: 'gridEnergyMWhPerYr * gridCarbonKgPerMWh', unit: 'tCO2/yr', description: 'CO2 of grid energy (average rate)' },
    { name: 'co2TonnesPerYr', expr: 'fuelCo2TonnesPerYr + gridCo2TonnesPerYr', unit: 'tCO2/yr', description: 'total CO2' },
    { name: 'co2IntensityKgPerMWh', expr: 'servedEnergyMWhPerYr > 0 MWh/yr ? co2TonnesPerYr / servedEnergyMWhPerYr : 0 kg/MWh', unit: 'kg/MWh', description: 'CO2 per MWh served (0 when nothing is served)' },
  );
  return { id: 'economics', title: 'Site economics', inputs, formulas };
}

/** The cost lines that add up to annualCostUSDPerYr, in sheet names. */
export const ANNUAL_COST_LINES = [
  'annualizedCapexUSDPerYr',
  'fixedOmUSDPerYr',
  'variableOmUSDPerYr',
  'fuelUSDPerYr',
  'gridEnergyUSDPerYr',
  'demandChargeUSDPerYr',
  'capacityUSDPerYr',
  'transmissionUSDPerYr',
  'standbyUSDPerYr',
] as const;

/** 'gas-ct-aeroderivative' → 'gasCtAeroderivative': a technology id as a sheet-name prefix. */
export function sheetKey(id: string): string {
  const camel = id.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Za-z_]/.test(camel) ? camel : `t${camel}`;
}
