import { dispatchYear } from './dispatch/dispatch';
import { followSchedule } from './dispatch/follow-schedule';
import { allocateFlows, maxSeries, sumSeries } from './dispatch/flows';
import type { DispatchFlows, DispatchSchedule, ThermalBlockTotals } from './dispatch/types';
import { ANNUAL_COST_LINES, buildEconomicsSheet, sheetKey, type EconomicsAsset } from './economics/sheet';
import { checkEconomicsOverrides } from './economics/validate';
import { gridBillQuantities } from './grid/bill';
import { importLimitMW, loadShareOfUpgrade, validateGrid } from './grid/supply';
import type { GridChargeLine } from './grid/tariff';
import { gridChargeSheetInputs, gridYear } from './grid/year-charges';
import { DEFAULT_SYSTEM_YEAR } from './system-load/calendar';
import { HOURS_PER_YEAR } from './hours';
import { sizeFleet, type SizedFleet } from './scenarios/size';
import type { ResolvedScenario } from './scenarios/types';
import { validateScenario } from './scenarios/validate';
import { evaluateSheet } from './sheets/evaluate';
import { withFormulaOverrides } from './sheets/formula-overrides';
import type { Sheet, SheetResult } from './sheets/types';
import { cachedLoad, cachedSolarPerMWac, type SiteCache, type SiteModel } from './site-model';
import { buildThermalFleet, thermalOnlineYear } from './thermal/fleet';
import type { ThermalTechnology } from './thermal/technology';
import { timeToPower, type DemandStep, type SupplyStep, type TimeToPowerYear } from './time-to-power/time-to-power';

/** Years past the last phase that time-to-power looks at. */
const TIME_TO_POWER_TAIL_YEARS = 3;

/** Overrides the hourly kernels also read (the sheet reads every override). */
const ENGINE_OVERRIDES = ['gasPriceUSDPerMMBtu', 'gasCo2KgPerMMBtu', 'gridCarbonKgPerMWh', 'systemLoadYear'] as const;

export type AnnualCostLines = {
  annualizedCapexUSD: number;
  fixedOmUSD: number;
  variableOmUSD: number;
  fuelUSD: number;
  gridEnergyUSD: number;
  demandChargeUSD: number;
  capacityUSD: number;
  transmissionUSD: number;
  standbyUSD: number;
};

/** The summary of one site × scenario × year; every name carries its unit. */
export type SimulationSummary = {
  siteId: string;
  scenarioId: string;
  strategy: string;
  year: number;
  weatherSource: { kind: string; label: string };
  installedItMW: number;
  facilityPeakMW: number;
  energyMWh: number;
  gridEnergyMWh: number;
  solarEnergyMWh: number;
  solarCurtailedMWh: number;
  thermalEnergyMWh: number;
  batteryDischargeMWh: number;
  unservedEnergyMWh: number;
  unservedHours: number;
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
  annualCostLinesUSD: AnnualCostLines;
  /** The grid tariff's charge lines (transmission, capacity, standby) and the quantities they rest on. */
  gridCharges: Omit<GridChargeLine, 'hours'>[];
  /** Where the load's coincident-peak hours come from: the host system load, or the temperature proxy. */
  coincidentPeakSource: string;
  gridPriceSource: string;
  lcoeUSDPerMWh: number;
  npvUSD: number;
  timeToPower: { year: number; demandMW: number; availableMW: number; shortfallMW: number }[];
  firstYearFullyMet: number | null;
};

export type SimulationResult = {
  summary: SimulationSummary;
  facilityMW: Float64Array;
  solarAvailableMW: Float64Array;
  gridPriceUSDPerMWh: Float64Array;
  gridLimitMW: number;
  flows: DispatchFlows;
  /** The economics sheet result: every cost and CO2 figure with its formula and inputs. */
  economics: SheetResult;
  /** The sheet that was evaluated (after formula edits): the Assumptions view shows it. */
  economicsSheet: Sheet;
  timeToPower: TimeToPowerYear[];
  /** The host system's coincident-peak hours of the simulated year (null: no system load; the temperature proxy was used). */
  systemPeaks: ReturnType<typeof gridYear>['system'];
};

/**
 * `formulas`: user edits of economics-sheet formulas (name → mathjs expression), applied on top of
 * the built sheet; a bad one is a SheetError naming the formula. `schedule`: an hourly schedule the
 * dispatch follows instead of the strategy's serve order (the optimizer's re-check, followSchedule).
 */
export type SimulationOptions = { year?: number; flows?: DispatchFlows; formulas?: Readonly<Record<string, string>>; schedule?: DispatchSchedule; edits?: SheetEdits };

/**
 * A project's stored assumption edits (input values and formula expressions by sheet name). Unlike
 * scenario `overrides` and `formulas`, which must name something in the sheet, each edit applies
 * where this site × scenario's sheet has that name and is skipped where it has none: a battery
 * capex edit made project-wide does nothing at a site whose scenario has no battery. Edits win over
 * the scenario's overrides.
 */
export type SheetEdits = { values?: Readonly<Record<string, number>>; formulas?: Readonly<Record<string, string>> };

/**
 * Simulates one site under one scenario for one year:
 * 1. sizes the scenario's fleet against the full-build facility peak (scenarios/size.ts);
 * 2. year: given, else the first year with every phase energized and every BTM asset online;
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
  const referencePeakMW = cachedLoad(cache, site, lastPhaseYear).peakFacilityMW;
  const fleet = sizeFleet(scenario, {
    referencePeakMW,
    technologies,
    defaultOrderYear: (tech) => Math.max(site.planningYear, firstPhaseYear - Math.ceil(tech.leadTimeYears)),
    batteryRoundTripEfficiency: site.battery.roundTripEfficiency,
    batteryDefaultDurationHours: site.battery.durationHours,
  });
  const solarOnlineYear = site.planningYear + Math.ceil(site.solar.leadTimeYears);
  const batteryOnlineYear = site.planningYear + Math.ceil(site.battery.leadTimeYears);
  const year =
    options.year ??
    Math.max(
      lastPhaseYear,
      ...fleet.thermal.filter((t) => t.units > 0).map(thermalOnlineYear),
      fleet.solarMWac > 0 ? solarOnlineYear : lastPhaseYear,
      fleet.battery.powerMW > 0 ? batteryOnlineYear : lastPhaseYear,
    );

  const load = cachedLoad(cache, site, year);
  const solarMWac = year >= solarOnlineYear ? fleet.solarMWac : 0;
  const solarAvailableMW = scaled(cachedSolarPerMWac(cache, scenario.btm.solarMounting, site.solar.dcAcRatio), solarMWac);
  const battery = year >= batteryOnlineYear ? fleet.battery : { ...fleet.battery, powerMW: 0, energyMWh: 0 };
  const grid = { ...site.grid, importAllowed: site.grid.importAllowed && scenario.grid.importAllowed };
  if (scenario.grid.connectionYear !== undefined) grid.connectionYear = Math.max(grid.connectionYear ?? 0, scenario.grid.connectionYear);
  if (scenario.grid.importLimitMW !== undefined) grid.poiSchedule = [{ year: 0, mw: scenario.grid.importLimitMW }];
  const gridLimitMW = importLimitMW(grid, year);
  const gridOfYear = gridYear(grid, year, cache.weather.dryBulbC, overrides.systemLoadYear);
  const gridPriceUSDPerMWh = gridOfYear.priceUSDPerMWh;
  const peakShaveCapMW = scenario.grid.peakShaveCapMW ?? (scenario.grid.peakShaveCapFraction ?? 0.8) * load.peakFacilityMW;
  const thermal = buildThermalFleet(fleet.thermal, year, gasPriceUSDPerMMBtu);

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
  };
  const flowsOut = options.flows ?? allocateFlows();
  const { flows, thermalBlocks } = options.schedule === undefined ? dispatchYear(dispatchInput, flowsOut) : followSchedule(dispatchInput, options.schedule, flowsOut);

  const gridImportMW = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) gridImportMW[h] = (flows.gridToLoadMW[h] ?? 0) + (flows.gridToBatteryMW[h] ?? 0);
  const bill = gridBillQuantities(gridImportMW, gridPriceUSDPerMWh, gridOfYear.peakHours, gridLimitMW, grid.minimumDemandFraction);
  const charges = gridChargeSheetInputs(gridImportMW, gridLimitMW, grid, gridOfYear, year, bill.coincidentPeakMW);
  const unservedEnergyMWh = sumSeries(flows.unservedMW);
  const solarEnergyMWh = sumSeries(flows.solarToLoadMW) + sumSeries(flows.solarToBatteryMW);
  const batteryDischargeMWh = sumSeries(flows.batteryToLoadMW);
  const fuelMMBtu = thermalBlocks.reduce((s, b) => s + b.fuelMMBtu, 0);

  const baseSheet = buildEconomicsSheet({
      assets: economicsAssets(fleet, thermalBlocks, technologies, site, solarEnergyMWh, batteryDischargeMWh),
      servedEnergyMWh: load.energyMWh - unservedEnergyMWh,
      fuelMMBtu,
      gridEnergyMWh: bill.energyMWh,
      gridEnergyCostUSD: bill.energyCostUSD,
      billedDemandAvgMW: bill.billedDemandAvgMW,
      coincidentPeakMW: charges.coincidentPeakMW,
      gridCarbonKgPerMWh: site.grid.carbonKgPerMWh,
      demandChargeUSDPerKWMonth: grid.demandChargeUSDPerKWMonth,
      capacityPriceUSDPerMWDay: charges.capacityPriceUSDPerMWDay,
      transmissionDemandMW: charges.transmissionDemandMW,
      transmissionRateUSDPerKWYr: charges.transmissionRateUSDPerKWYr,
      standbyMW: charges.standbyMW,
      standbyRateUSDPerKWYr: charges.standbyRateUSDPerKWYr,
      systemLoadYear: gridOfYear.system?.mapped.systemYear ?? overrides.systemLoadYear ?? DEFAULT_SYSTEM_YEAR,
      transmissionUpgradeUSD: grid.importAllowed ? grid.transmissionUpgradeUSD : 0,
      transmissionShareLoad: loadShareOfUpgrade(grid.upgradePaidBy),
      gasPriceUSDPerMMBtu: site.gasPriceUSDPerMMBtu,
      gasCo2KgPerMMBtu: site.gasCo2KgPerMMBtu,
      sources: { ...site.sources, ...charges.sources },
    });
  const economicsSheet = withFormulaOverrides(baseSheet, { ...applicableFormulas(baseSheet, options.edits?.formulas), ...options.formulas });
  const editedValues = applicableValues(baseSheet, options.edits?.values);
  checkEconomicsOverrides(editedValues);
  const economics = evaluateSheet(economicsSheet, { ...overrides, ...editedValues });
  const v = (name: string): number => economics.values[name] ?? Number.NaN;

  const ttp = timeToPower(
    phaseDemand(site),
    [...thermalSupply(fleet), ...(fleet.battery.powerMW > 0 ? [{ path: 'battery', year: batteryOnlineYear, mw: fleet.battery.powerMW }] : [])],
    firstPhaseYear,
    lastPhaseYear + TIME_TO_POWER_TAIL_YEARS,
    (y) => importLimitMW(grid, y),
  );

  const summary: SimulationSummary = {
    siteId: site.id,
    scenarioId: scenario.id,
    strategy: scenario.strategy,
    year,
    weatherSource: { ...cache.weather.source },
    installedItMW: load.installedItMW,
    facilityPeakMW: load.peakFacilityMW,
    energyMWh: load.energyMWh,
    gridEnergyMWh: bill.energyMWh,
    solarEnergyMWh,
    solarCurtailedMWh: sumSeries(flows.solarCurtailedMW),
    thermalEnergyMWh: sumSeries(flows.thermalToLoadMW),
    batteryDischargeMWh,
    unservedEnergyMWh,
    unservedHours: countPositive(flows.unservedMW),
    fuelMMBtu,
    co2Tonnes: v('co2TonnesPerYr'),
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
    annualCostUSD: v('annualCostUSDPerYr'),
    annualCostLinesUSD: {
      annualizedCapexUSD: v('annualizedCapexUSDPerYr'),
      fixedOmUSD: v('fixedOmUSDPerYr'),
      variableOmUSD: v('variableOmUSDPerYr'),
      fuelUSD: v('fuelUSDPerYr'),
      gridEnergyUSD: v('gridEnergyUSDPerYr'),
      demandChargeUSD: v('demandChargeUSDPerYr'),
      capacityUSD: v('capacityUSDPerYr'),
      transmissionUSD: v('transmissionUSDPerYr'),
      standbyUSD: v('standbyUSDPerYr'),
    },
    gridCharges: charges.lines.map(({ hours: _hours, ...line }) => line),
    coincidentPeakSource: gridOfYear.peakSource,
    gridPriceSource: gridOfYear.priceSource,
    lcoeUSDPerMWh: v('lcoeUSDPerMWh'),
    npvUSD: v('npvUSD'),
    timeToPower: ttp.years.map(({ year: y, demandMW, availableMW, shortfallMW }) => ({ year: y, demandMW, availableMW, shortfallMW })),
    firstYearFullyMet: ttp.firstYearFullyMet,
  };
  return { summary, facilityMW: load.facilityMW, solarAvailableMW, gridPriceUSDPerMWh, gridLimitMW, flows, economics, economicsSheet, timeToPower: ttp.years, systemPeaks: gridOfYear.system };
}

/** Names of the sheet lines that make up annualCostUSD, for checks and display. */
export const COST_LINE_NAMES = ANNUAL_COST_LINES;

/** Scenario overrides that the hourly kernels read as well as the sheet. */
export const KERNEL_OVERRIDE_NAMES = ENGINE_OVERRIDES;

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
      fixedOmUSDPerKWYear: tech.fixedOmUSDPerKWYear,
      variableOmUSDPerMWh: tech.variableOmUSDPerMWh,
      energyMWh,
    });
  }
  if (fleet.solarMWac > 0) {
    assets.push({ key: 'solar', label: 'Solar PV', capacityMW: fleet.solarMWac, capexUSDPerKW: site.solar.capexUSDPerKW, fixedOmUSDPerKWYear: site.solar.fixedOmUSDPerKWYear, variableOmUSDPerMWh: 0, energyMWh: solarEnergyMWh, ...(site.solar.source ? { source: site.solar.source } : {}) });
  }
  if (fleet.battery.powerMW > 0) {
    // Catalog capex is per kW of a `durationHours` battery; scale per kWh to the scenario's duration.
    const durationHours = fleet.battery.energyMWh / fleet.battery.powerMW;
    const capexUSDPerKW = (site.battery.capexUSDPerKW / site.battery.durationHours) * durationHours;
    assets.push({ key: 'battery', label: 'Battery', capacityMW: fleet.battery.powerMW, capexUSDPerKW, fixedOmUSDPerKWYear: site.battery.fixedOmUSDPerKWYear, variableOmUSDPerMWh: 0, energyMWh: batteryDischargeMWh, ...(site.battery.source ? { source: site.battery.source } : {}) });
  }
  return assets;
}

function phaseDemand(site: SiteModel): DemandStep[] {
  // Facility MW of a phase at its design PUE: the firm capacity it asks the supply to provide.
  const designPue = site.load.pue.designPue;
  return site.phases.map((p) => ({ name: p.name, year: p.energizationYear, facilityMW: p.itMW * designPue }));
}

function thermalSupply(fleet: SizedFleet): SupplyStep[] {
  return fleet.thermal
    .filter((t) => t.units > 0)
    .map((t) => ({ path: t.technology.id, year: thermalOnlineYear(t), mw: t.units * t.technology.unitSizeMW * (1 - t.technology.forcedOutageRate) }));
}

/** The edited values whose names are inputs of `sheet` (see SheetEdits). */
function applicableValues(sheet: Sheet, values: Readonly<Record<string, number>> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!values) return out;
  const inputs = new Set(sheet.inputs.map((i) => i.name));
  for (const [name, value] of Object.entries(values)) if (inputs.has(name)) out[name] = value;
  return out;
}

/** The edited formulas whose names are formulas of `sheet` (see SheetEdits). */
function applicableFormulas(sheet: Sheet, formulas: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!formulas) return out;
  const known = new Set(sheet.formulas.map((f) => f.name));
  for (const [name, expr] of Object.entries(formulas)) if (known.has(name)) out[name] = expr;
  return out;
}
