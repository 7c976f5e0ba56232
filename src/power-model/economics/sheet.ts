import type { Sheet, SheetFormula, SheetInput } from '../sheets/types';

/** One capital asset line of the sheet (a thermal technology, solar or the battery). */
export type EconomicsAsset = {
  /** Identifier prefix for the asset's sheet names, e.g. 'gasCtAeroderivative', 'solar'. */
  key: string;
  label: string;
  capacityMW: number;
  capexUSDPerKW: number;
  fixedOMUSDPerKWYear: number;
  variableOMUSDPerMWh: number;
  /** Economic life, years: the asset is annualized over it and bought again when it ends. */
  lifetimeYears: number;
  energyMWh: number;
  source?: string;
  lifetimeSource?: string;
  estimate?: boolean;
};

/**
 * Annual quantities from the hourly dispatch and the grid bill that the sheet prices, plus the
 * assumptions with their sources. Energies are for the simulated year (MWh per year).
 * `loadEnergyMWh` is the facility's load; served = load − unserved.
 */
export type EconomicsInput = {
  assets: EconomicsAsset[];
  loadEnergyMWh: number;
  unservedEnergyMWh: number;
  /** Load not served because a flexible connection was curtailed (grid/flexible-readout.ts): served less, valued at its own USD/MWh instead of the VOLL. */
  workloadCurtailment?: { energyMWh: number; usdPerMWh: number; source: string };
  fuelMMBtu: number;
  /** Of `fuelMMBtu`, what was distillate (dual fuel, fuel/distillate.ts), at its price and CO2; absent = all gas. */
  distillate?: { mmbtu: number; priceUSDPerMMBtu: number; co2KgPerMMBtu: number; priceSource: string; co2Source: string };
  gridEnergyMWh: number;
  gridEnergyCostUSD: number;
  billedDemandAvgMW: number;
  coincidentPeakMW: number;
  gridCarbonKgPerMWh: number;
  demandChargeUSDPerKWMonth: number;
  capacityPriceUSDPerMWDay: number;
  /** Grid tariff lines (grid/year-charges.ts): transmission on the load's CP demand, standby on the backup MW; 0 when the market has none. */
  transmissionDemandMW?: number;
  transmissionRateUSDPerKWYear?: number;
  standbyMW?: number;
  standbyRateUSDPerKWYear?: number;
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
  discountRate: { value: 0.07, unit: '', description: 'real discount rate for capital recovery and NPV (must be > 0)', source: 'assumption: 7%, close to EIA AEO2026 7.1% discount rate', estimate: true },
  horizonYears: { value: 20, unit: '', description: 'NPV horizon, years', source: 'assumption', estimate: true },
  escalationRate: { value: 0.02, unit: '', description: 'annual escalation of operating costs (fuel, grid, O&M) in the NPV', source: 'assumption', estimate: true },
  transmissionLifetimeYears: {
    value: 40,
    unit: '',
    description: "economic life of the load's share of the transmission upgrade, years",
    source: 'estimate: transmission lines and substations are depreciated over 40–60 years in utility rate cases; the short end is used',
    estimate: true,
  },
  vollUSDPerMWh: {
    value: 35_685,
    unit: 'USD/MWh',
    description: 'value of lost load: what a MWh of unserved load costs the customer',
    source: 'PUCT adopted the Brattle ERCOT VOLL survey value of 35,685 USD/MWh (residential, commercial and large industrial customers), Aug 2024: https://www.utilitydive.com/news/texas-power-outages-cost-consumers-VOLL/726807/',
    estimate: false,
  },
} as const;

/**
 * The economics assumption sheet of one site × scenario: per-asset capital recovery, annualized
 * capex, fixed and variable O&M, fuel, grid energy, demand and capacity charges, the load's share
 * of the transmission upgrade, total annual cost, cost per MWh served, cost per MWh of load with
 * unserved energy valued at the VOLL, NPV of cost with replacements and escalation, CO2 and its
 * intensity. Every line is a formula over named inputs, so every summary number traces to its
 * formula and inputs. Signs: costs positive (src/power-model/conventions.ts).
 *
 * Formulas (r = discount rate, v = 1/(1+r), n = an asset's life, H = horizon):
 * - CRF(n) = r(1+r)^n / ((1+r)^n − 1); each asset is annualized over its own life:
 *   annualized capex = Σ capex_a × CRF(n_a) (7%: 15 y → 0.1098, 20 y → 0.0944, 30 y → 0.0806).
 * - Replacements: an asset is bought at year 0 and again every n years while inside the horizon,
 *   P = ceil(H/n) purchases (a 15-year battery in a 20-year horizon is bought twice). Their
 *   present value is Σ_{j=1}^{P−1} v^{jn} = (v^n − v^{Pn}) / (1 − v^n) per USD of capex.
 * - Salvage convention: at the horizon the last purchase has R = P·n − H years of life left; it is
 *   credited at its economic value, the present value at H of its remaining annualized capex,
 *   capex × (1 − v^R)/(1 − v^n), discounted by v^H. With this convention the capital part of the
 *   NPV equals the annualized capex over the horizon, Σ capex_a·CRF(n_a) × (1 − v^H)/r, so the
 *   NPV and the annual cost tell the same story.
 * - demand charge = mean monthly billed demand × USD/kW-month × 12 months per year.
 * - capacity cost = coincident peak × USD/MW-day × 365 days per year.
 * - cost per MWh served (LCOE) = total annual cost ÷ energy served. When nothing is served the
 *   line is left out of the sheet (the summary says why): there is no cost per MWh of nothing.
 * - value of unserved energy = unserved MWh × VOLL, a line of its own, not part of the annual
 *   cost paid; cost per MWh of load = (annual cost + value of unserved energy) ÷ load energy.
 * - NPV of cost = capital (purchases + replacements − salvage) + opex × (1 − ((1+e)/(1+r))^H) ÷ (r − e):
 *   a growing annuity of the year-1 operating cost, escalating at e, discounted at r, over H years.
 */
export function buildEconomicsSheet(input: EconomicsInput): Sheet {
  const src = (name: string, fallback: string) => input.sources?.[name] ?? fallback;
  const workload = input.workloadCurtailment;
  const servedEnergyMWh = input.loadEnergyMWh - input.unservedEnergyMWh - (workload?.energyMWh ?? 0);
  const inputs: SheetInput[] = [
    ...Object.entries(FINANCE_DEFAULTS).map(([name, d]) => ({ name, value: d.value, unit: d.unit, description: d.description, source: d.source, estimate: d.estimate })),
    { name: 'loadEnergyMWhPerYear', value: input.loadEnergyMWh, unit: 'MWh/yr', description: 'facility load energy in the simulated year', source: 'hourly load' },
    { name: 'unservedEnergyMWhPerYear', value: input.unservedEnergyMWh, unit: 'MWh/yr', description: 'load the supply could not serve', source: 'hourly dispatch' },
    ...(workload
      ? [
          { name: 'workloadCurtailedMWhPerYear', value: workload.energyMWh, unit: 'MWh/yr', description: 'load not served because the flexible grid connection was curtailed (compute not run)', source: 'hourly dispatch against the same year with the full connection' },
          { name: 'workloadCurtailmentUSDPerMWh', value: workload.usdPerMWh, unit: 'USD/MWh', description: 'cost of a MWh of compute not run', source: workload.source, ...(workload.source.startsWith('estimate') ? { estimate: true } : {}) },
        ]
      : []),
    { name: 'fuelMMBtuPerYear', value: input.fuelMMBtu, unit: 'MMBtu/yr', description: 'gas burned by the BTM fleet', source: 'hourly dispatch' },
    { name: 'gasPriceUSDPerMMBtu', value: input.gasPriceUSDPerMMBtu, unit: 'USD/MMBtu', description: 'delivered gas price', source: src('gasPriceUSDPerMMBtu', 'data/technologies.json') },
    ...(input.distillate
      ? [
          { name: 'distillateMMBtuPerYear', value: input.distillate.mmbtu, unit: 'MMBtu/yr', description: 'No. 2 distillate burned by dual-fuel units when the gas could not be delivered (part of the fuel above)', source: 'hourly dispatch' },
          { name: 'distillatePriceUSDPerMMBtu', value: input.distillate.priceUSDPerMMBtu, unit: 'USD/MMBtu', description: 'delivered No. 2 distillate price', source: input.distillate.priceSource, ...(input.distillate.priceSource.includes('stimate') ? { estimate: true } : {}) },
          { name: 'distillateCo2KgPerMMBtu', value: input.distillate.co2KgPerMMBtu, unit: 'kg/MMBtu', description: 'CO2 per MMBtu of No. 2 distillate (HHV)', source: input.distillate.co2Source },
        ]
      : []),
    { name: 'gasCo2KgPerMMBtu', value: input.gasCo2KgPerMMBtu, unit: 'kg/MMBtu', description: 'CO2 per MMBtu of natural gas (HHV)', source: src('gasCo2KgPerMMBtu', '40 CFR 98 Table NN-1') },
    { name: 'gridEnergyMWhPerYear', value: input.gridEnergyMWh, unit: 'MWh/yr', description: 'energy imported from the grid', source: 'hourly dispatch' },
    { name: 'gridEnergyCostUSDPerYear', value: input.gridEnergyCostUSD, unit: 'USD/yr', description: 'Σ hourly import × hourly energy price', source: 'hourly dispatch × grid price' },
    { name: 'billedDemandAvgMW', value: input.billedDemandAvgMW, unit: 'MW', description: 'mean of the 12 monthly billed demands (after the minimum-demand clause)', source: 'hourly dispatch' },
    { name: 'demandChargeUSDPerKWMonth', value: input.demandChargeUSDPerKWMonth, unit: 'USD/kW/month', description: 'tariff demand charge', source: src('demandChargeUSDPerKWMonth', 'site tariff') },
    { name: 'coincidentPeakMW', value: input.coincidentPeakMW, unit: 'MW', description: "the load's capacity obligation: grid draw at the market's coincident-peak hours", source: src('coincidentPeakMW', 'hourly dispatch') },
    { name: 'capacityPriceUSDPerMWDay', value: input.capacityPriceUSDPerMWDay, unit: 'USD/MW/day', description: 'capacity price on the coincident peak', source: src('capacityPriceUSDPerMWDay', 'site utility') },
    { name: 'transmissionDemandMW', value: input.transmissionDemandMW ?? 0, unit: 'MW', description: "the load's transmission demand: grid draw at the tariff's coincident-peak hours", source: src('transmissionDemandMW', 'no transmission charge in the tariff') },
    { name: 'transmissionRateUSDPerKWYear', value: input.transmissionRateUSDPerKWYear ?? 0, unit: 'USD/kW/yr', description: 'transmission rate per kW of coincident-peak demand', source: src('transmissionRateUSDPerKWYear', 'no transmission charge in the tariff') },
    { name: 'standbyMW', value: input.standbyMW ?? 0, unit: 'MW', description: 'backup part of the grid contract, not billed at the peaks', source: src('standbyMW', 'no standby charge in the tariff') },
    { name: 'standbyRateUSDPerKWYear', value: input.standbyRateUSDPerKWYear ?? 0, unit: 'USD/kW/yr', description: 'standby charge per kW of backup contract', source: src('standbyRateUSDPerKWYear', 'no standby charge in the tariff') },
    ...(input.systemLoadYear === undefined ? [] : [{ name: 'systemLoadYear', value: input.systemLoadYear, unit: '', description: 'calendar year of the host system load whose peaks the grid charges read (2016–2019; unused without a system load)', source: src('systemLoadYear', 'data/system-load (EIA-930 cleaned, Ruggles et al. 2020)') }]),
    { name: 'transmissionUpgradeUSD', value: input.transmissionUpgradeUSD, unit: 'USD', description: 'network upgrade the load triggers', source: src('transmissionUpgradeUSD', 'site grid') },
    { name: 'transmissionShareLoad', value: input.transmissionShareLoad, unit: '', description: 'share of the upgrade the load pays', source: src('transmissionShareLoad', 'site grid upgradePaidBy') },
    { name: 'gridCarbonKgPerMWh', value: input.gridCarbonKgPerMWh, unit: 'kg/MWh', description: 'grid average CO2 rate', source: src('gridCarbonKgPerMWh', 'EPA eGRID') },
  ];
  const formulas: SheetFormula[] = [
    { name: 'servedEnergyMWhPerYear', expr: workload ? 'loadEnergyMWhPerYear - unservedEnergyMWhPerYear - workloadCurtailedMWhPerYear' : 'loadEnergyMWhPerYear - unservedEnergyMWhPerYear', unit: 'MWh/yr', description: 'facility energy served in the simulated year' },
    { name: 'annuityFactorHorizon', expr: '(1 - (1 + discountRate)^(-horizonYears)) / discountRate', unit: '', description: 'present value of 1 USD a year over the horizon' },
  ];
  const capitalAssets: { key: string; label: string }[] = [];
  const fomTerms: string[] = [];
  const vomTerms: string[] = [];
  for (const asset of input.assets) {
    const k = asset.key;
    const source = asset.source ?? 'data/technologies.json';
    const estimate = asset.estimate === true ? { estimate: true } : {};
    inputs.push(
      { name: `${k}CapacityMW`, value: asset.capacityMW, unit: 'MW', description: `${asset.label}: installed capacity`, source: 'scenario' },
      { name: `${k}CapexUSDPerKW`, value: asset.capexUSDPerKW, unit: 'USD/kW', description: `${asset.label}: overnight capital cost`, source, ...estimate },
      { name: `${k}FixedOMUSDPerKWYear`, value: asset.fixedOMUSDPerKWYear, unit: 'USD/kW/yr', description: `${asset.label}: fixed O&M`, source, ...estimate },
      { name: `${k}VariableOMUSDPerMWh`, value: asset.variableOMUSDPerMWh, unit: 'USD/MWh', description: `${asset.label}: variable O&M`, source, ...estimate },
      { name: `${k}LifetimeYears`, value: asset.lifetimeYears, unit: '', description: `${asset.label}: economic life, years`, source: asset.lifetimeSource ?? source, ...estimate },
      { name: `${k}EnergyMWhPerYear`, value: asset.energyMWh, unit: 'MWh/yr', description: `${asset.label}: energy delivered`, source: 'hourly dispatch' },
    );
    formulas.push(
      { name: `${k}CapexUSD`, expr: `${k}CapacityMW * ${k}CapexUSDPerKW`, unit: 'USD', description: `${asset.label}: capital cost` },
      { name: `${k}FixedOMUSDPerYear`, expr: `${k}CapacityMW * ${k}FixedOMUSDPerKWYear`, unit: 'USD/yr', description: `${asset.label}: fixed O&M` },
      { name: `${k}VariableOMUSDPerYear`, expr: `${k}EnergyMWhPerYear * ${k}VariableOMUSDPerMWh`, unit: 'USD/yr', description: `${asset.label}: variable O&M` },
    );
    capitalAssets.push({ key: k, label: asset.label });
    fomTerms.push(`${k}FixedOMUSDPerYear`);
    vomTerms.push(`${k}VariableOMUSDPerYear`);
  }
  formulas.push({ name: 'transmissionCapexUSD', expr: 'transmissionUpgradeUSD * transmissionShareLoad', unit: 'USD', description: "load's share of the transmission upgrade" });
  capitalAssets.push({ key: 'transmission', label: 'Transmission upgrade (load share)' });
  for (const { key: k, label } of capitalAssets) formulas.push(...capitalLines(k, label));

  const sum = (terms: string[], zero: string) => (terms.length === 0 ? zero : terms.join(' + '));
  formulas.push(
    { name: 'capexUSD', expr: sum(capitalAssets.map((a) => `${a.key}CapexUSD`), '0 USD'), unit: 'USD', description: 'total capital cost (first purchase)' },
    { name: 'annualizedCapexUSDPerYear', expr: sum(capitalAssets.map((a) => `${a.key}AnnualizedCapexUSDPerYear`), '0 USD/yr'), unit: 'USD/yr', description: 'capital cost, each asset annualized over its own life' },
    { name: 'capitalNpvUSD', expr: sum(capitalAssets.map((a) => `${a.key}CapitalNpvUSD`), '0 USD'), unit: 'USD', description: 'present value of purchases and replacements in the horizon, less salvage' },
    { name: 'fixedOMUSDPerYear', expr: sum(fomTerms, '0 USD/yr'), unit: 'USD/yr', description: 'fixed O&M of all assets' },
    { name: 'variableOMUSDPerYear', expr: sum(vomTerms, '0 USD/yr'), unit: 'USD/yr', description: 'variable O&M of all assets' },
    input.distillate
      ? { name: 'fuelUSDPerYear', expr: '(fuelMMBtuPerYear - distillateMMBtuPerYear) * gasPriceUSDPerMMBtu + distillateMMBtuPerYear * distillatePriceUSDPerMMBtu', unit: 'USD/yr', description: 'gas and distillate cost' }
      : { name: 'fuelUSDPerYear', expr: 'fuelMMBtuPerYear * gasPriceUSDPerMMBtu', unit: 'USD/yr', description: 'gas cost' },
    { name: 'gridEnergyUSDPerYear', expr: 'gridEnergyCostUSDPerYear', unit: 'USD/yr', description: 'grid energy charges' },
    { name: 'demandChargeUSDPerYear', expr: 'billedDemandAvgMW * demandChargeUSDPerKWMonth * 12 month / yr', unit: 'USD/yr', description: 'grid demand charges' },
    { name: 'capacityUSDPerYear', expr: 'coincidentPeakMW * capacityPriceUSDPerMWDay * 365 day / yr', unit: 'USD/yr', description: 'capacity cost on the coincident peak' },
    { name: 'transmissionUSDPerYear', expr: 'transmissionDemandMW * transmissionRateUSDPerKWYear', unit: 'USD/yr', description: 'transmission charge on coincident-peak demand' },
    { name: 'standbyUSDPerYear', expr: 'standbyMW * standbyRateUSDPerKWYear', unit: 'USD/yr', description: 'standby charge on the backup grid contract' },
    { name: 'operatingUSDPerYear', expr: OPERATING_LINES.join(' + '), unit: 'USD/yr', description: 'year-1 operating cost' },
    { name: 'annualCostUSDPerYear', expr: 'annualizedCapexUSDPerYear + operatingUSDPerYear', unit: 'USD/yr', description: 'total annual cost' },
  );
  if (servedEnergyMWh > 0) {
    formulas.push({ name: 'lcoeUSDPerMWh', expr: 'annualCostUSDPerYear / servedEnergyMWhPerYear', unit: 'USD/MWh', description: 'cost of delivered power per MWh served' });
  }
  formulas.push(
    { name: 'unservedValueUSDPerYear', expr: 'unservedEnergyMWhPerYear * vollUSDPerMWh', unit: 'USD/yr', description: 'value of the unserved load at the VOLL (not paid; shown beside the cost)' },
  );
  if (workload) {
    formulas.push({ name: 'workloadCurtailmentValueUSDPerYear', expr: 'workloadCurtailedMWhPerYear * workloadCurtailmentUSDPerMWh', unit: 'USD/yr', description: 'value of the compute not run in curtailed hours (not paid; shown beside the cost)' });
  }
  if (input.loadEnergyMWh > 0) {
    formulas.push({
      name: 'costPerMWhLoadUSDPerMWh',
      expr: workload ? '(annualCostUSDPerYear + unservedValueUSDPerYear + workloadCurtailmentValueUSDPerYear) / loadEnergyMWhPerYear' : '(annualCostUSDPerYear + unservedValueUSDPerYear) / loadEnergyMWhPerYear',
      unit: 'USD/MWh',
      description: workload ? 'cost per MWh of load, unserved energy valued at the VOLL and curtailed workload at its own cost' : 'cost per MWh of load, unserved energy valued at the VOLL',
    });
  }
  formulas.push(
    {
      name: 'npvUSD',
      expr: 'capitalNpvUSD + operatingUSDPerYear * 1 yr * (1 - ((1 + escalationRate) / (1 + discountRate))^horizonYears) / (discountRate - escalationRate)',
      unit: 'USD',
      description: 'net present cost over the horizon (purchases and replacements less salvage + escalating operating cost)',
    },
    input.distillate
      ? { name: 'fuelCo2TonnesPerYear', expr: '(fuelMMBtuPerYear - distillateMMBtuPerYear) * gasCo2KgPerMMBtu + distillateMMBtuPerYear * distillateCo2KgPerMMBtu', unit: 'tCO2/yr', description: 'CO2 from BTM gas and distillate' }
      : { name: 'fuelCo2TonnesPerYear', expr: 'fuelMMBtuPerYear * gasCo2KgPerMMBtu', unit: 'tCO2/yr', description: 'CO2 from BTM gas' },
    { name: 'gridCo2TonnesPerYear', expr: 'gridEnergyMWhPerYear * gridCarbonKgPerMWh', unit: 'tCO2/yr', description: 'CO2 of grid energy (average rate)' },
    { name: 'co2TonnesPerYear', expr: 'fuelCo2TonnesPerYear + gridCo2TonnesPerYear', unit: 'tCO2/yr', description: 'total CO2' },
    { name: 'co2IntensityKgPerMWh', expr: 'servedEnergyMWhPerYear > 0 MWh/yr ? co2TonnesPerYear / servedEnergyMWhPerYear : 0 kg/MWh', unit: 'kg/MWh', description: 'CO2 per MWh served (0 when nothing is served)' },
  );
  return { id: 'economics', title: 'Site economics', inputs, formulas };
}

/**
 * The capital lines of one asset (prefix `k`, with `${k}CapexUSD` and `${k}LifetimeYears`
 * defined; the transmission share's life is the finance input `transmissionLifetimeYears`): CRF over its own life, annualized capex,
 * purchases in the horizon, the present value of the replacements and of the salvage credit,
 * and the asset's capital NPV (see buildEconomicsSheet for the formulas and the convention).
 */
function capitalLines(k: string, label: string): SheetFormula[] {
  const life = `${k}LifetimeYears`;
  const v = '(1 / (1 + discountRate))';
  return [
    { name: `${k}Crf`, expr: `discountRate * (1 + discountRate)^${life} / ((1 + discountRate)^${life} - 1)`, unit: '', description: `${label}: capital recovery factor over its life` },
    { name: `${k}AnnualizedCapexUSDPerYear`, expr: `${k}CapexUSD * ${k}Crf / yr`, unit: 'USD/yr', description: `${label}: capital cost annualized over its life` },
    { name: `${k}PurchasesInHorizon`, expr: `ceil(horizonYears / ${life} - 1e-9)`, unit: '', description: `${label}: purchases in the horizon (the first and each replacement)` },
    {
      name: `${k}ReplacementPvFactor`,
      expr: `(${v}^${life} - ${v}^(${k}PurchasesInHorizon * ${life})) / (1 - ${v}^${life})`,
      unit: '',
      description: `${label}: present value of the replacements per USD of capex`,
    },
    {
      name: `${k}SalvagePvFactor`,
      expr: `(1 - ${v}^(${k}PurchasesInHorizon * ${life} - horizonYears)) / (1 - ${v}^${life}) * ${v}^horizonYears`,
      unit: '',
      description: `${label}: present value of the life left at the horizon, per USD of capex (economic value)`,
    },
    { name: `${k}CapitalNpvUSD`, expr: `${k}CapexUSD * (1 + ${k}ReplacementPvFactor - ${k}SalvagePvFactor)`, unit: 'USD', description: `${label}: purchases + replacements − salvage, present value` },
  ];
}

/** The operating cost lines (year 1) that, with the annualized capex, make the annual cost. */
const OPERATING_LINES = [
  'fixedOMUSDPerYear',
  'variableOMUSDPerYear',
  'fuelUSDPerYear',
  'gridEnergyUSDPerYear',
  'demandChargeUSDPerYear',
  'capacityUSDPerYear',
  'transmissionUSDPerYear',
  'standbyUSDPerYear',
] as const;

/** The cost lines that add up to annualCostUSDPerYear, in sheet names. */
export const ANNUAL_COST_LINES = ['annualizedCapexUSDPerYear', ...OPERATING_LINES] as const;
export type AnnualCostLineName = (typeof ANNUAL_COST_LINES)[number];

/** 'gas-ct-aeroderivative' → 'gasCtAeroderivative': a technology id as a sheet-name prefix. */
export function sheetKey(id: string): string {
  const camel = id.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Za-z_]/.test(camel) ? camel : `t${camel}`;
}
