import { dispatchYear } from './dispatch/dispatch';
import { followSchedule } from './dispatch/follow-schedule';
import { allocateFlows, maxSeries, sumSeries } from './dispatch/flows';
import type { DispatchFlows, DispatchSchedule, ThermalBlockTotals } from './dispatch/types';
import { designYear } from './basis/design-year';
import { defaultOrderYear, lateAssets, type LateAsset } from './basis/order-year';
import type { ServedBasis } from './basis/served';
import { ANNUAL_COST_LINES, buildEconomicsSheet, sheetKey, type AnnualCostLineName, type EconomicsAsset } from './economics/sheet';
import { evaluateEconomics, pricedBasis } from './economics/evaluate-economics';
import { applicableFormulas, type SheetEdits } from './economics/sheet-edits';
import { checkEconomicsOverrides } from './economics/validate';
import { gridBillQuantities } from './grid/bill';
import { flexibleSupply, simulateFlexible, type DispatchRun } from './grid/flexible-simulation';
import type { FlexibleReadout } from './grid/flexible-readout';
import { importLimitMW, loadShareOfUpgrade, validateGrid } from './grid/supply';
import type { GridChargeLine } from './grid/tariff';
import { gridChargeSheetInputs, gridYear } from './grid/year-charges';
import { DEFAULT_SYSTEM_YEAR } from './system-load/calendar';
import { HOURS_PER_YEAR } from './hours';
import { sizeFleet, type SizedFleet } from './scenarios/size';
import type { ResolvedScenario } from './scenarios/types';
import { validateScenario } from './scenarios/validate';
import { withFormulaOverrides } from './sheets/formula-overrides';
import type { Sheet, SheetResult } from './sheets/types';
import { cachedLoad, cachedSolarPerMWac, type SiteCache, type SiteModel } from './site-model';
import { permitFuelAssets } from './permits/costs';
import { dispatchWithReservation } from './permits/reservation';
import { gasSupplyReport, permitReport, type GasSupplyReport, type PermitReport } from './permits/report';
import { permitLimits, thermalLimitsFor } from './permits/scenario-limits';
import { designDryBulbC } from './thermal/derating';
import { buildThermalFleet, thermalOnlineYear } from './thermal/fleet';
import type { ThermalTechnology } from './thermal/technology';
import { phaseDemand, thermalSupply } from './time-to-power/site-steps';
import { timeToPower, type TimeToPowerYear } from './time-to-power/time-to-power';

/** Years past the last phase that time-to-power looks at. */
const TIME_TO_POWER_TAIL_YEARS = 3;

/** Overrides the hourly kernels also read (the sheet reads every override). */
const ENGINE_OVERRIDES = ['gasPriceUSDPerMMBtu', 'gasCo2KgPerMMBtu', 'gridCarbonKgPerMWh', 'systemLoadYear'] as const;

export type { LateAsset } from './basis/order-year';
export { defaultOrderYear } from './basis/order-year';

/** The annual cost lines, named as the economics sheet names them (ANNUAL_COST_LINES). */
export type AnnualCostLines = Record<AnnualCostLineName, number>;

/**
 * The summary of one site × scenario × year; every name carries its unit and the signs follow
 * src/power-model/conventions.ts. `year` is the site's design year unless the caller chose
 * another; the served/unserved basis (`ServedBasis`) is on every summary.
 */
export type SimulationSummary = ServedBasis & {
  siteId: string;
  scenarioId: string;
  strategy: string;
  year: number;
  /** The site's design year (basis/design-year.ts): the default `year`, the same in every scenario. */
  designYear: number;
  /** Scenario assets that cannot be in service in `year` when ordered in the planning year (see lateAssets). */
  lateAssets: LateAsset[];
  weatherSource: { kind: string; label: string };
  installedItMW: number;
  facilityPeakMW: number;
  energyMWh: number;
  gridEnergyMWh: number;
  solarEnergyMWh: number;
  solarCurtailedMWh: number;
  thermalEnergyMWh: number;
  batteryDischargeMWh: number;
  fuelMMBtu: number;
  co2Tonnes: number;
  co2IntensityKgPerMWh: number;
  gridPeakMW: number;
  gridImportLimitMW: number;
  solarMWac: number;
  batteryPowerMW: number;
  batteryEnergyMWh: number;
  thermal: (ThermalBlockTotals & { onlineYear: number })[];
  capexUSD: number;
  annualCostUSD: number;
  annualCostLinesUSDPerYear: AnnualCostLines;
  /** The grid tariff's charge lines (transmission, capacity, standby) and the quantities they rest on. */
  gridCharges: Omit<GridChargeLine, 'hours'>[];
  /** Where the load's coincident-peak hours come from: the host system load, or the temperature proxy. */
  coincidentPeakSource: string;
  gridPriceSource: string;
  npvUSD: number;
  timeToPower: { year: number; demandMW: number; availableMW: number; shortfallMW: number }[];
  firstYearFullyMet: number | null;
  /** The 0.4% design dry-bulb of the weather year (thermal/derating.ts), °C: time-to-power's thermal MW are derated to it. */
  designDryBulbC: number;
  /** Site elevation used for altitude derating, m. */
  elevationM: number;
  /** Air-permit budgets used against their limits (limit null = none set), NOx/CO/CO2 of the fleet's fuel (permits/report.ts). */
  permits: PermitReport;
  /** Gas deliverability over the year: pipeline, interruptions, storage; null when the scenario sets none. */
  gasSupply: GasSupplyReport | null;
  /** The flexible part of the grid connection in this year and what its curtailment did (grid/flexible-readout.ts); null without one. `gridImportLimitMW` is the firm part. */
  flexibleConnection: FlexibleReadout | null;
};

export type SimulationResult = {
  summary: SimulationSummary;
  facilityMW: Float64Array;
  solarAvailableMW: Float64Array;
  gridPriceUSDPerMWh: Float64Array;
  gridLimitMW: number;
  /** The hourly import limit of a flexible connection (firm MW in curtailed hours, firm + flexible in the others); absent without one. */
  gridLimitByHourMW?: Float64Array;
  flows: DispatchFlows;
  /** The economics sheet result: every cost and CO2 figure with its formula and inputs. */
  economics: SheetResult;
  /** The sheet that was evaluated (after formula edits): the Assumptions view shows it. */
  economicsSheet: Sheet;
  timeToPower: TimeToPowerYear[];
  /** The host system's coincident-peak hours of the simulated year (null: no system load; the temperature proxy was used). */
  systemPeaks: ReturnType<typeof gridYear>['system'];
  /** Each derated thermal technology's hourly output fraction (ambient × altitude) by id, as the dispatch used it; the Monte Carlo takes it too. */
  thermalOutputFraction: Record<string, Float64Array>;
  /** The weather year's hourly dry-bulb, °C (the cache's array: read, never write). */
  dryBulbC: Float64Array;
};

/**
 * `formulas`: user edits of economics-sheet formulas (name → mathjs expression), applied on top of
 * the built sheet; a bad one is a SheetError naming the formula. `schedule`: an hourly schedule the
 * dispatch follows instead of the strategy's serve order (the optimizer's re-check, followSchedule).
 */
export type { SheetEdits };

export type SimulationOptions = { year?: number; flows?: DispatchFlows; formulas?: Readonly<Record<string, string>>; schedule?: DispatchSchedule; edits?: SheetEdits };

/**
 * Simulates one site under one scenario for one year:
 * 1. sizes the scenario's fleet against the design-year facility peak (scenarios/size.ts);
 * 2. year: given, else the site's design year (basis/design-year.ts), the same in every scenario;
 *    the fleet is ordered in time for the design year by default (`defaultOrderYear`), and an
 *    asset that could not be online by the simulated year if ordered in the planning year is
 *    listed in `lateAssets`; time-to-power counts it only from that earliest year;
 * 3. load (cached per year), solar = cached 1 MWac profile × MWac (zero before it is online),
 *    grid limit and hourly price for the year;
 * 4. hourly dispatch (dispatch/dispatch.ts), grid bill quantities (grid/bill.ts);
 * 5. the economics sheet (economics/sheet.ts) with the scenario's overrides;
 * 6. time-to-power from the first phase year to the last + 3.
 * Only hourly kernels run per hour; mathjs runs once, on the annual sheet.
 */
export function simulateSite(site: SiteModel, scenario: ResolvedScenario, cache: SiteCache, options: SimulationOptions = {}): SimulationResult {
  validateGrid(site.grid);
  if (site.phases.length === 0) throw new Error(`site "${site.id}": phases must list at least one phase`);
  validateScenario(scenario);
  const overrides = scenario.overrides;
  checkEconomicsOverrides(overrides);
  const gasPriceUSDPerMMBtu = overrides.gasPriceUSDPerMMBtu ?? site.gasPriceUSDPerMMBtu;
  const gasCo2KgPerMMBtu = overrides.gasCo2KgPerMMBtu ?? site.gasCo2KgPerMMBtu;
  const gridCarbonKgPerMWh = overrides.gridCarbonKgPerMWh ?? site.grid.carbonKgPerMWh;
  const technologies = withCo2(site.thermalTechnologies, gasCo2KgPerMMBtu);

  const firstPhaseYear = Math.min(...site.phases.map((p) => p.energizationYear));
  const lastPhaseYear = Math.max(...site.phases.map((p) => p.energizationYear));
  const siteDesignYear = designYear(site.phases);
  const year = options.year ?? siteDesignYear;
  const referencePeakMW = cachedLoad(cache, site, siteDesignYear).peakFacilityMW;
  const fleet = sizeFleet(scenario, {
    referencePeakMW,
    technologies,
    defaultOrderYear: (tech) => defaultOrderYear(site.planningYear, firstPhaseYear, siteDesignYear, tech.leadTimeYears),
    batteryRoundTripEfficiency: site.battery.roundTripEfficiency,
    batteryDefaultDurationHours: site.battery.durationHours,
  });
  // Solar and the battery have no order year in a scenario: like thermal, in service by the design year.
  const solarOnlineYear = Math.min(site.planningYear + Math.ceil(site.solar.leadTimeYears), siteDesignYear);
  const batteryOnlineYear = Math.min(site.planningYear + Math.ceil(site.battery.leadTimeYears), siteDesignYear);
  const earliest = (leadTimeYears: number) => site.planningYear + Math.ceil(leadTimeYears);

  const load = cachedLoad(cache, site, year);
  const solarMWac = year >= solarOnlineYear ? fleet.solarMWac : 0;
  const solarAvailableMW = scaled(cachedSolarPerMWac(cache, scenario.btm.solarMounting, site.solar.dcAcRatio), solarMWac);
  const battery = year >= batteryOnlineYear ? fleet.battery : { ...fleet.battery, powerMW: 0, energyMWh: 0 };
  const grid = { ...site.grid, importAllowed: site.grid.importAllowed && scenario.grid.importAllowed };
  if (scenario.grid.firmQueueMonths !== undefined) grid.connectionYear = site.planningYear + Math.ceil(scenario.grid.firmQueueMonths / 12);
  if (scenario.grid.connectionYear !== undefined) grid.connectionYear = Math.max(grid.connectionYear ?? 0, scenario.grid.connectionYear);
  if (scenario.grid.importLimitMW !== undefined) grid.poiSchedule = [{ year: 0, mw: scenario.grid.importLimitMW }];
  const gridLimitMW = importLimitMW(grid, year);
  const gridOfYear = gridYear(grid, year, cache.weather.dryBulbC, overrides.systemLoadYear);
  const gridPriceUSDPerMWh = gridOfYear.priceUSDPerMWh;
  const peakShaveCapMW = scenario.grid.peakShaveCapMW ?? (scenario.grid.peakShaveCapFraction ?? 0.8) * load.peakFacilityMW;
  const elevationM = site.elevationM ?? 0;
  const thermal = buildThermalFleet(fleet.thermal, year, gasPriceUSDPerMMBtu, { dryBulbC: cache.weather.dryBulbC, elevationM });
  const designTempC = cachedDesignDryBulbC(cache.weather.dryBulbC);
  // Permit budgets and gas deliverability (permits/scenario-limits.ts): undefined when the scenario sets none.
  // The pipeline's daily quantity per NAESB gas day, on the weather's clock in the simulated year.
  const limits = thermalLimitsFor(scenario, fleet.thermal, cache.weather.dryBulbC, { utcOffsetHours: cache.weather.utcOffsetHours, year }, site.distillate);

  const dispatchInput = {
    strategy: scenario.strategy,
    facilityMW: load.facilityMW,
    solarMW: solarAvailableMW,
    gridLimitMW,
    gridPriceUSDPerMWh,
    gridCarbonKgPerMWh,
    peakShaveCapMW,
    thermal,
    battery,
    gasPriceUSDPerMMBtu,
    ...(limits === undefined ? {} : { limits }),
  };
  const flowsOut = options.flows ?? allocateFlows();
  // The permit reservation ranks its open hours over the whole year: it runs whole years, never a span.
  const reserve = limits?.permits?.order === 'priority';
  const schedule = options.schedule;
  const run: DispatchRun = (input, out, span) => (schedule !== undefined ? followSchedule(input, schedule, out, span) : reserve ? dispatchWithReservation(input, out) : dispatchYear(input, out, span));
  const flexible = simulateFlexible(scenario.grid, { grid, firmMW: gridLimitMW, year, planningYear: site.planningYear, system: gridOfYear.system }, dispatchInput, run, flowsOut);
  const { flows, thermalBlocks, limits: limitTotals } = flexible.dispatch;

  const gridImportMW = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) gridImportMW[h] = (flows.gridToLoadMW[h] ?? 0) + (flows.gridToBatteryMW[h] ?? 0);
  const bill = gridBillQuantities(gridImportMW, gridPriceUSDPerMWh, gridOfYear.peakHours, gridLimitMW, grid.minimumDemandFraction);
  const charges = gridChargeSheetInputs(gridImportMW, gridLimitMW, grid, gridOfYear, year, bill.coincidentPeakMW);
  // Load left unserved by a flexible curtailment is workload curtailment, priced at its own cost, not at the VOLL.
  const workloadCurtailedMWh = flexible.readout?.workloadCurtailedMWh ?? 0;
  const unservedEnergyMWh = sumSeries(flows.unservedMW) - workloadCurtailedMWh;
  const solarEnergyMWh = sumSeries(flows.solarToLoadMW) + sumSeries(flows.solarToBatteryMW);
  const batteryDischargeMWh = sumSeries(flows.batteryToLoadMW);
  const fuelMMBtu = thermalBlocks.reduce((s, b) => s + b.fuelMMBtu, 0);
  // Dual fuel: the tank and kit as an asset, the distillate burned at its own price and CO2 in the sheet.
  const distSupply = limits?.gas?.distillate;
  const distillateAsset = distSupply !== undefined && site.distillate !== undefined ? { tankMMBtu: distSupply.tankMMBtu, fuel: site.distillate } : undefined;
  const distillateSheet =
    distSupply !== undefined && site.distillate !== undefined
      ? { mmbtu: limitTotals?.distillate.burnedMMBtu ?? 0, priceUSDPerMMBtu: distSupply.priceUSDPerMMBtu, co2KgPerMMBtu: distSupply.co2KgPerMMBtu, priceSource: site.distillate.sources.priceUSDPerMMBtu, co2Source: site.distillate.sources.co2KgPerMMBtu }
      : undefined;

  const baseSheet = buildEconomicsSheet({
      assets: [...economicsAssets(fleet, thermalBlocks, technologies, site, solarEnergyMWh, batteryDischargeMWh), ...permitFuelAssets(fleet.thermal, thermalBlocks, scenario.permits?.scr === true, limits?.gas?.storageMMBtu ?? 0, distillateAsset)],
      loadEnergyMWh: load.energyMWh,
      unservedEnergyMWh,
      ...(flexible.readout?.inService ? { workloadCurtailment: { energyMWh: workloadCurtailedMWh, usdPerMWh: flexible.readout.workloadCurtailmentUSDPerMWh, source: flexible.readout.workloadCurtailmentSource } } : {}),
      fuelMMBtu,
      ...(distillateSheet === undefined ? {} : { distillate: distillateSheet }),
      gridEnergyMWh: bill.energyMWh,
      gridEnergyCostUSD: bill.energyCostUSD,
      billedDemandAvgMW: bill.billedDemandAvgMW,
      coincidentPeakMW: charges.coincidentPeakMW,
      gridCarbonKgPerMWh: site.grid.carbonKgPerMWh,
      demandChargeUSDPerKWMonth: grid.demandChargeUSDPerKWMonth,
      capacityPriceUSDPerMWDay: charges.capacityPriceUSDPerMWDay,
      transmissionDemandMW: charges.transmissionDemandMW,
      transmissionRateUSDPerKWYear: charges.transmissionRateUSDPerKWYear,
      standbyMW: charges.standbyMW,
      standbyRateUSDPerKWYear: charges.standbyRateUSDPerKWYear,
      systemLoadYear: gridOfYear.system?.mapped.systemYear ?? overrides.systemLoadYear ?? DEFAULT_SYSTEM_YEAR,
      transmissionUpgradeUSD: grid.importAllowed ? grid.transmissionUpgradeUSD : 0,
      transmissionShareLoad: loadShareOfUpgrade(grid.upgradePaidBy),
      gasPriceUSDPerMMBtu: site.gasPriceUSDPerMMBtu,
      gasCo2KgPerMMBtu: site.gasCo2KgPerMMBtu,
      sources: { ...site.sources, ...charges.sources },
    });
  const economicsSheet = withFormulaOverrides(baseSheet, { ...applicableFormulas(baseSheet, options.edits?.formulas), ...options.formulas });
  const economics = evaluateEconomics(economicsSheet, overrides, options.edits);
  const v = (name: string): number => economics.values[name] ?? Number.NaN;
  // With a flexible connection in service, hours of workload curtailment are not unserved hours (flexible-readout.ts).
  const unservedHours = flexible.readout?.inService === true ? flexible.readout.unservedHours : countPositive(flows.unservedMW);
  const basis = pricedBasis(economics, { loadEnergyMWh: load.energyMWh, unservedEnergyMWh, unservedHours });

  const ttp = timeToPower(
    phaseDemand(site),
    [...thermalSupply(fleet, site.planningYear, designTempC, elevationM), ...flexibleSupply(scenario.grid, grid.importAllowed, site.planningYear), ...(fleet.battery.powerMW > 0 ? [{ path: 'battery', year: earliest(site.battery.leadTimeYears), mw: fleet.battery.powerMW }] : [])],
    firstPhaseYear,
    lastPhaseYear + TIME_TO_POWER_TAIL_YEARS,
    (y) => importLimitMW(grid, y),
  );

  const summary: SimulationSummary = {
    siteId: site.id,
    scenarioId: scenario.id,
    strategy: scenario.strategy,
    year,
    designYear: siteDesignYear,
    lateAssets: lateAssets(fleet, year, site.planningYear, [
      { name: 'Solar PV', present: fleet.solarMWac > 0, inServiceYear: solarOnlineYear, earliestYear: earliest(site.solar.leadTimeYears) },
      { name: 'Battery', present: fleet.battery.powerMW > 0, inServiceYear: batteryOnlineYear, earliestYear: earliest(site.battery.leadTimeYears) },
    ]),
    weatherSource: { ...cache.weather.source },
    installedItMW: load.installedItMW,
    facilityPeakMW: load.peakFacilityMW,
    energyMWh: load.energyMWh,
    gridEnergyMWh: bill.energyMWh,
    solarEnergyMWh,
    solarCurtailedMWh: sumSeries(flows.solarCurtailedMW),
    thermalEnergyMWh: sumSeries(flows.thermalToLoadMW),
    batteryDischargeMWh,
    ...basis,
    fuelMMBtu,
    co2Tonnes: v('co2TonnesPerYear'),
    co2IntensityKgPerMWh: v('co2IntensityKgPerMWh'),
    gridPeakMW: maxSeries(gridImportMW),
    gridImportLimitMW: gridLimitMW,
    solarMWac,
    batteryPowerMW: battery.powerMW,
    batteryEnergyMWh: battery.energyMWh,
    thermal: thermalBlocks.map((b) => {
      const spec = fleet.thermal.find((t) => t.technology.id === b.technologyId);
      return { ...b, onlineYear: spec ? thermalOnlineYear(spec) : year };
    }),
    capexUSD: v('capexUSD'),
    annualCostUSD: v('annualCostUSDPerYear'),
    annualCostLinesUSDPerYear: Object.fromEntries(ANNUAL_COST_LINES.map((name) => [name, v(name)])) as AnnualCostLines,
    gridCharges: charges.lines.map(({ hours: _hours, ...line }) => line),
    coincidentPeakSource: gridOfYear.peakSource,
    gridPriceSource: gridOfYear.priceSource,
    npvUSD: v('npvUSD'),
    timeToPower: ttp.years.map(({ year: y, demandMW, availableMW, shortfallMW }) => ({ year: y, demandMW, availableMW, shortfallMW })),
    firstYearFullyMet: ttp.firstYearFullyMet,
    designDryBulbC: designTempC,
    elevationM,
    permits: permitReport(permitLimits(scenario), thermalBlocks, technologies, limitTotals),
    gasSupply: limits?.gas === undefined ? null : gasSupplyReport(limits.gas, limitTotals, { blocks: thermalBlocks, technologies, scr: scenario.permits?.scr === true }),
    flexibleConnection: flexible.readout,
  };
  const thermalOutputFraction: Record<string, Float64Array> = {};
  for (const block of thermal) if (block.outputFraction !== undefined) thermalOutputFraction[block.technology.id] = block.outputFraction;
  return { summary, facilityMW: load.facilityMW, solarAvailableMW, gridPriceUSDPerMWh, gridLimitMW, ...(flexible.limitMW ? { gridLimitByHourMW: flexible.limitMW } : {}), flows, economics, economicsSheet, timeToPower: ttp.years, systemPeaks: gridOfYear.system, thermalOutputFraction, dryBulbC: cache.weather.dryBulbC };
}

/** Names of the sheet lines that make up annualCostUSD, for checks and display. */
export const COST_LINE_NAMES = ANNUAL_COST_LINES;

/** Scenario overrides that the hourly kernels read as well as the sheet. */
export const KERNEL_OVERRIDE_NAMES = ENGINE_OVERRIDES;

/**
 * The design dry-bulb of a weather year (thermal/derating.ts) sorts its 8760 hours — a tenth of a
 * simulation — and the weather year's array never changes: worked out once per array.
 */
const designDryBulbByWeather = new WeakMap<Float64Array, number>();
function cachedDesignDryBulbC(dryBulbC: Float64Array): number {
  let c = designDryBulbByWeather.get(dryBulbC);
  if (c === undefined) {
    c = designDryBulbC(dryBulbC);
    designDryBulbByWeather.set(dryBulbC, c);
  }
  return c;
}

function withCo2(technologies: Record<string, ThermalTechnology>, co2KgPerMMBtu: number): Record<string, ThermalTechnology> {
  const out: Record<string, ThermalTechnology> = {};
  for (const [id, tech] of Object.entries(technologies)) out[id] = { ...tech, co2KgPerMMBtu };
  return out;
}

function scaled(perMWac: Float64Array, mwac: number): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  if (mwac > 0) for (let h = 0; h < HOURS_PER_YEAR; h++) out[h] = (perMWac[h] ?? 0) * mwac;
  return out;
}

function countPositive(series: Float64Array): number {
  let n = 0;
  for (let h = 0; h < series.length; h++) if ((series[h] ?? 0) > 1e-9) n++;
  return n;
}

function economicsAssets(
  fleet: SizedFleet,
  blocks: ThermalBlockTotals[],
  technologies: Record<string, ThermalTechnology>,
  site: SiteModel,
  solarEnergyMWh: number,
  batteryDischargeMWh: number,
): EconomicsAsset[] {
  const assets: EconomicsAsset[] = [];
  for (const spec of fleet.thermal) {
    const tech = technologies[spec.technology.id] ?? spec.technology;
    const energyMWh = blocks.filter((b) => b.technologyId === tech.id).reduce((s, b) => s + b.energyMWh, 0);
    assets.push({
      key: sheetKey(tech.id),
      label: tech.name,
      capacityMW: spec.units * tech.unitSizeMW,
      capexUSDPerKW: tech.capexUSDPerKW,
      fixedOMUSDPerKWYear: tech.fixedOMUSDPerKWYear,
      variableOMUSDPerMWh: tech.variableOMUSDPerMWh,
      lifetimeYears: tech.lifetimeYears,
      energyMWh,
    });
  }
  if (fleet.solarMWac > 0) {
    assets.push({ key: 'solar', label: 'Solar PV', capacityMW: fleet.solarMWac, capexUSDPerKW: site.solar.capexUSDPerKW, fixedOMUSDPerKWYear: site.solar.fixedOMUSDPerKWYear, variableOMUSDPerMWh: 0, lifetimeYears: site.solar.lifetimeYears, energyMWh: solarEnergyMWh, ...(site.solar.source ? { source: site.solar.source } : {}) });
  }
  if (fleet.battery.powerMW > 0) {
    // Catalog capex is per kW of a `durationHours` battery; scale per kWh to the scenario's duration.
    const durationHours = fleet.battery.energyMWh / fleet.battery.powerMW;
    const capexUSDPerKW = (site.battery.capexUSDPerKW / site.battery.durationHours) * durationHours;
    assets.push({ key: 'battery', label: 'Battery', capacityMW: fleet.battery.powerMW, capexUSDPerKW, fixedOMUSDPerKWYear: site.battery.fixedOMUSDPerKWYear, variableOMUSDPerMWh: 0, lifetimeYears: site.battery.lifetimeYears, energyMWh: batteryDischargeMWh, ...(site.battery.source ? { source: site.battery.source } : {}) });
  }
  return assets;
}
