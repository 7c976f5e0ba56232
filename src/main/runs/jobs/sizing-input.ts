import { designYear } from '../../../power-model/basis/design-year';
import { defaultOrderYear } from '../../../power-model/simulate';
import { FINANCE_DEFAULTS } from '../../../power-model/economics/sheet';
import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { firmGridRateUSDPerMWYear } from '../../../power-model/grid/tariff';
import type { ReliabilityTarget, SizingCaps, SizingFuel, SizingInput, SizingPermits, SizingTimeResolution, SizingWorstDay } from '../../../power-model/optimize/types';
import { worstDayEvents } from '../../../power-model/optimize/worst-day-events';
import { FUEL_STORAGE_COST_ESTIMATE } from '../../../power-model/fuel/storage';
import { DUAL_FUEL_LIFETIME_YEARS, distillateFactors, distillateRefillMMBtuPerDay, type DistillateFuel } from '../../../power-model/fuel/distillate';
import { gasDaysFor, type ModelClock } from '../../../power-model/fuel/gas-day';
import { DEFAULT_INTERRUPT_BELOW_C, interruptedHours } from '../../../power-model/fuel/gas-supply';
import type { CommonModeEvents } from '../../../power-model/reliability/common-mode';
import { loadCommonModeEvents } from '../../data/load-common-mode';
import { commonModeFrom } from './reliability';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { ResolvedScenario } from '../../../power-model/scenarios/types';
import { cachedSolarPerMWac } from '../../../power-model/site-model';
import { designDryBulbC, deratingAt, hourlyDerating, type HourlyDerating } from '../../../power-model/thermal/derating';
import { activeFactors } from '../../../power-model/thermal/emissions';
import { ModelRunner } from '../../model/runner';
import { sizingFlexibleOffer, type FlexibleOfferParams } from './flexible-offer';

/**
 * Land use of single-axis tracking PV: 7.9 acres/MWac total area (Ong et al., "Land-Use
 * Requirements for Solar Power Plants in the United States", NREL/TP-6A20-56290, 2013, Table 2).
 */
export const SOLAR_ACRES_PER_MWAC = 7.9;

/**
 * Split of a 4-hour battery's capex per kW into power and energy parts. NREL ATB 2024 publishes
 * the utility battery cost as energy (USD/kWh) and power (USD/kW) components; their ratio for a
 * 4-h system puts about 80% of the cost in the energy part. An estimate until the components are
 * carried in data/technologies.json.
 */
export const BATTERY_ENERGY_SHARE = 0.8;

// One discount rate with the economics sheet (its default), so the LP and the sheet annualize alike.
const CRF_DISCOUNT_RATE = FINANCE_DEFAULTS.discountRate.value;

/**
 * What the requested scenario lets the optimizer build: `grid` false for a scenario without grid
 * (islanded), `behindTheMeter` false for one with nothing behind the meter (grid-only). Any other
 * scenario offers both, every catalogue technology included.
 */
export type ScenarioStructure = { grid: boolean; behindTheMeter: boolean; scenarioId: string };

export function scenarioStructure(scenario: ResolvedScenario): ScenarioStructure {
  const btm = scenario.btm;
  const hasBtm =
    btm.thermal.length > 0 ||
    (btm.solarMWac ?? 0) > 0 ||
    (btm.solarPeakMultiple ?? 0) > 0 ||
    (btm.battery.powerMW ?? 0) > 0 ||
    (btm.battery.powerPeakMultiple ?? 0) > 0;
  return { grid: scenario.grid.importAllowed, behindTheMeter: hasBtm, scenarioId: scenario.id };
}

export type SizingInputParams = {
  /** Model year; default the year the workbench simulates the scenario in (its summary's year). */
  year?: number;
  caps?: SizingCaps;
  reserveUnits?: number;
  time: SizingTimeResolution;
  /** The scenario whose structure the answer keeps (default: everything on offer, the hybrid). */
  scenario?: ResolvedScenario;
  /** A flexible grid offer above the firm limit (flexible-offer.ts). */
  flexible?: FlexibleOfferParams;
  /** Default 'n-plus-k'; 'worst-day' adds the design common-mode events (data/common-mode-events.json). */
  reliabilityTarget?: ReliabilityTarget;
};

/** Why a technology was left out of the offer, for the notes. */
export type OfferNote = string;

/**
 * The LP sizing problem of a site in one year: its hourly facility load, its grid (the POI limit
 * that year, the hourly energy price, demand and capacity charges per MW of contracted grid
 * capacity) unless the scenario has none, and, unless the scenario has nothing behind the meter,
 * every catalogue technology that can be in service that year (ordered in time for the design
 * year, as the scenario's default order year has it: simulate.ts defaultOrderYear).
 */
export function sizingInputWithNotes(
  site: Site,
  technologies: TechnologyFile,
  params: SizingInputParams,
  runner: ModelRunner = new ModelRunner(),
): { input: SizingInput; year: number; structure: ScenarioStructure; notes: OfferNote[] } {
  const { model, cache } = runner.prepare(site);
  const scenario = params.scenario ?? resolveScenario({ id: 'hybrid', name: 'hybrid' });
  const structure = scenarioStructure(scenario);
  const year = params.year ?? runner.simulate(site, scenario).summary.year;
  const reference = runner.simulate(site, resolveScenario({ id: 'grid-only', name: 'grid-only' }), { year });
  const notes: OfferNote[] = [];
  const firstPhaseYear = Math.min(...model.phases.map((p) => p.energizationYear));
  // In service as the engine dispatches a scenario's fleet (simulate.ts): ordered by default in time
  // for the site's design year, so every technology is offered from the design year on.
  const siteDesignYear = designYear(model.phases);
  const onlineYear = (leadTimeYears: number, thermal: boolean): number =>
    thermal
      ? defaultOrderYear(model.planningYear, firstPhaseYear, siteDesignYear, leadTimeYears) + Math.ceil(leadTimeYears)
      : Math.min(model.planningYear + Math.ceil(leadTimeYears), siteDesignYear);
  const late: string[] = [];
  const gasPrice = model.gasPriceUSDPerMMBtu;
  const scrChosen = scenario.permits?.scr === true;
  // The N+k reserve counts thermal MW at the site's hot-day rating (0.4% design dry-bulb, elevation).
  const designTempC = designDryBulbC(cache.weather.dryBulbC);
  const thermal = structure.behindTheMeter
    ? Object.values(model.thermalTechnologies)
        .filter((t) => {
          const online = onlineYear(t.leadTimeYears, true);
          if (online > year) late.push(`${t.id} (online ${online})`);
          return online <= year;
        })
        .map((t) => {
          const file = technologies.technologies.find((x) => x.id === t.id);
          // With SCR (the scenario's permits.scr) where the technology takes it: its factors and its costs.
          const scr = scrChosen && t.emissions?.scr !== undefined ? t.emissions.scr : undefined;
          const factors = activeFactors(t.emissions, scrChosen);
          // Dual fuel: its NOx and CO on distillate (with SCR where chosen), where it can burn it.
          const onDistillate = distillateFactors(t.emissions, scrChosen);
          return {
            technologyId: t.id,
            capexUSDPerKW: t.capexUSDPerKW + (scr?.capexUSDPerKW ?? 0),
            fixedOMUSDPerKWYear: t.fixedOMUSDPerKWYear + (scr?.fixedOMUSDPerKWYear ?? 0),
            variableOMUSDPerMWh: t.variableOMUSDPerMWh + (scr?.variableOMUSDPerMWh ?? 0),
            noxLbPerMMBtu: factors.noxLbPerMMBtu,
            coLbPerMMBtu: factors.coLbPerMMBtu,
            heatRateBtuPerKWh: t.heatRateBtuPerKWh,
            fuelPriceUSDPerMMBtu: gasPrice,
            co2KgPerMMBtu: t.co2KgPerMMBtu,
            unitMW: t.unitSizeMW,
            lifetimeYears: t.lifetimeYears,
            forcedOutageRate: t.forcedOutageRate,
            mttrHours: file?.mttrHours?.value ?? 50,
            gasFired: file?.fuel === 'natural-gas',
            dualFuelCapable: t.emissions?.distillate !== undefined,
            firmFraction: deratingAt(t.derating, designTempC, model.elevationM ?? 0).outputFraction,
            ...derated(hourlyDerating(t.derating, cache.weather.dryBulbC, model.elevationM ?? 0)),
            ...(onDistillate === null ? {} : { distillate: { noxLbPerMMBtu: onDistillate.noxLbPerMMBtu, coLbPerMMBtu: onDistillate.coLbPerMMBtu } }),
          };
        })
    : [];
  const solarTech = model.solar;
  const batteryTech = model.battery;
  const solarOnline = structure.behindTheMeter && onlineYear(solarTech.leadTimeYears, false) <= year;
  const batteryOnline = structure.behindTheMeter && onlineYear(batteryTech.leadTimeYears, false) <= year;
  if (structure.behindTheMeter && !solarOnline) late.push(`solar (online ${onlineYear(solarTech.leadTimeYears, false)})`);
  if (structure.behindTheMeter && !batteryOnline) late.push(`battery (online ${onlineYear(batteryTech.leadTimeYears, false)})`);
  if (late.length > 0) notes.push(`Not offered because it cannot be in service by ${year} (ordered in time for the design year ${siteDesignYear} at the earliest): ${late.join(', ')}.`);
  if (!structure.grid) notes.push(`Scenario "${scenario.id}" has no grid: none is offered.`);
  const deratedIds = thermal.filter((t) => t.outputFractionByHour !== undefined).map((t) => t.technologyId);
  if (deratedIds.length > 0) {
    notes.push(`Thermal output is capped every hour at its ambient- and altitude-derated rating (the weather year's dry-bulb, ${Math.round(model.elevationM ?? 0)} m): ${deratedIds.join(', ')}; the N+k reserve counts units at the ${designTempC.toFixed(1)} °C design temperature. Heat rates stay at their rating in the LP's cost and emissions (its pipeline rows burn the hour's corrected heat rate); the re-check's simulation corrects them hour by hour.`);
  }
  if (!structure.behindTheMeter) notes.push(`Scenario "${scenario.id}" has nothing behind the meter: only the grid is offered.`);
  const grid = model.grid;
  const flexible = sizingFlexibleOffer(params.flexible, { scenario, grid, planningYear: model.planningYear, year, system: reference.systemPeaks, hasGrid: structure.grid && reference.gridLimitMW > 0 }, notes);
  const batteryCapexUSDPerKW = batteryTech.capexUSDPerKW;
  const input: SizingInput = {
    facilityLoadMW: reference.facilityMW,
    discountRate: CRF_DISCOUNT_RATE,
    ...(structure.grid && reference.gridLimitMW > 0
      ? {
          grid: {
            // With a flexible offer, the utility's firm offer when the run gives one (flexible-offer.ts).
            importLimitMW: params.flexible?.firmMW ?? reference.gridLimitMW,
            // The simulation's hourly price: the market's shaped price where the tariff has one (grid/year-charges.ts).
            energyPriceUSDPerMWh: reference.gridPriceUSDPerMWh,
            // USD/kW-month × 12 × 1000 kW/MW + the tariff's firm rate (transmission + capacity price of the year, grid/tariff.ts), else USD/MW-day × 365: the yearly charge per MW of contracted capacity
            capacityChargeUSDPerMWYear: grid.demandChargeUSDPerKWMonth * 12 * 1000 + (grid.tariff ? firmGridRateUSDPerMWYear(grid.tariff, year) : grid.capacityPriceUSDPerMWDay * 365),
            co2KgPerMWh: grid.carbonKgPerMWh,
            ...(flexible === null ? {} : { flexible }),
          },
        }
      : {}),
    thermal,
    ...(solarOnline
      ? {
          solar: {
            capexUSDPerKWac: solarTech.capexUSDPerKW,
            fixedOMUSDPerKWacYear: solarTech.fixedOMUSDPerKWYear,
            lifetimeYears: solarTech.lifetimeYears,
            acresPerMWac: SOLAR_ACRES_PER_MWAC,
            outputMWPerMWac: cachedSolarPerMWac(cache, 'single-axis', solarTech.dcAcRatio),
          },
        }
      : {}),
    ...(batteryOnline
      ? {
          battery: {
            powerCapexUSDPerKW: batteryCapexUSDPerKW * (1 - BATTERY_ENERGY_SHARE),
            energyCapexUSDPerKWh: (batteryCapexUSDPerKW * BATTERY_ENERGY_SHARE) / batteryTech.durationHours,
            fixedOMUSDPerKWYear: batteryTech.fixedOMUSDPerKWYear,
            lifetimeYears: batteryTech.lifetimeYears,
            roundTripEfficiency: batteryTech.roundTripEfficiency,
            socMinPct: 10,
          },
        }
      : {}),
    reserveUnits: params.reserveUnits ?? 1,
    ...(params.caps ? { caps: params.caps } : {}),
    ...permitsAndFuel(scenario, notes, { utcOffsetHours: cache.weather.utcOffsetHours, year }, model.distillate, cache.weather.dryBulbC),
    timeResolution: params.time,
  };
  if (params.reliabilityTarget === 'worst-day') {
    const commonMode = commonModeFrom(cache.weather.dryBulbC, loadCommonModeEvents(), undefined);
    const elevationM = model.elevationM ?? 0;
    input.reliabilityTarget = 'worst-day';
    input.worstDay = worstDayOf(input, commonMode, model.distillate, (id, t) => deratingAt(model.thermalTechnologies[id]?.derating, t, elevationM).outputFraction);
    notes.push(worstDayNote(input.worstDay));
  }
  return { input, year, structure, notes };
}

/** The sizing problem alone (see `sizingInputWithNotes`); the bench and older callers use it. */
export function sizingInputFrom(site: Site, technologies: TechnologyFile, params: SizingInputParams, runner: ModelRunner = new ModelRunner()): SizingInput {
  return sizingInputWithNotes(site, technologies, params, runner).input;
}

/**
 * The worst-day target's design events (worst-day-events.ts) from the Monte Carlo's common-mode
 * settings on the site's weather, and dual fuel at the site's distillate figures (tanks per MMBtu
 * and the liquid-fuel kit per kW, data/technologies.json `fuel.distillate`, the ones the dispatch
 * costs); the fuel module's estimate only where the site has none.
 */
function worstDayOf(input: SizingInput, commonMode: CommonModeEvents | undefined, distillate: DistillateFuel | undefined, outputFractionAt: (technologyId: string, dryBulbC: number) => number): SizingWorstDay {
  const events =
    commonMode === undefined
      ? []
      : worstDayEvents({ facilityLoadMW: input.facilityLoadMW, commonMode, hasGrid: input.grid !== undefined, technologyIds: input.thermal.map((t) => t.technologyId), outputFractionAt });
  const costs = distillate ?? FUEL_STORAGE_COST_ESTIMATE;
  return { events, dualFuel: { systemUSDPerKW: costs.dualFuelUSDPerKW, tankUSDPerMMBtu: costs.tankUSDPerMMBtu, lifetimeYears: DUAL_FUEL_LIFETIME_YEARS } };
}

function worstDayNote(worstDay: SizingWorstDay): OfferNote {
  const events = worstDay.events.map((e) => `${e.label}: ${Math.round(e.loadMW)} MW of load for ${e.durationHours} h${e.kind === 'gasSupply' ? `, ${Math.round(e.shareOfGasLost * 100)}% of the gas-only MW without fuel` : ', no grid'}`);
  return `Worst-day target: besides the N+k reserve, each design common-mode event is ridden through with the largest unit out (${events.length > 0 ? events.join('; ') : 'no event applies to this site'}). Dual fuel is offered at ${worstDay.dualFuel.systemUSDPerKW} USD/kW plus tanks at ${worstDay.dualFuel.tankUSDPerMMBtu} USD/MMBtu (estimates: data/technologies.json fuel.distillate); a battery counts with the energy for the event's hours.`;
}

/** Every hour's available output per MW built and heat rate per its rating, as the dispatch derates them; nothing without a curve. */
function derated(hourly: HourlyDerating | undefined): { outputFractionByHour?: Float64Array; heatRateFractionByHour?: Float64Array } {
  return hourly === undefined ? {} : { outputFractionByHour: hourly.outputFraction, heatRateFractionByHour: hourly.heatRateFraction };
}

/**
 * The scenario's air permit and firm gas deliverability as LP limits (families/permits.ts, fuel.ts),
 * the daily quantity per NAESB gas day on the site's clock (fuel/gas-day.ts, as the dispatch
 * counts it), and its distillate (dual fuel, families/distillate.ts) at the site's figures
 * (data/technologies.json fuel.distillate); interruptible transport cut on the same cold gas days
 * as the dispatch cuts it (fuel/gas-supply.ts interruptedHours); on-site backup gas at the costs
 * the simulation prices it at (fuel/storage.ts).
 */
function permitsAndFuel(scenario: ResolvedScenario, notes: OfferNote[], clock: ModelClock, distillate: DistillateFuel | undefined, dryBulbC: Float64Array): { permits?: SizingPermits; fuel?: SizingFuel } {
  const out: { permits?: SizingPermits; fuel?: SizingFuel } = {};
  const p = scenario.permits;
  if (p !== undefined) {
    const permits: SizingPermits = {
      ...(p.hoursPerUnit === undefined ? {} : { hoursPerUnit: p.hoursPerUnit }),
      ...(p.noxTonsPerYear === undefined ? {} : { noxTonsPerYear: p.noxTonsPerYear }),
      ...(p.coTonsPerYear === undefined ? {} : { coTonsPerYear: p.coTonsPerYear }),
      ...(p.co2TonnesPerYear === undefined ? {} : { co2TonnesPerYear: p.co2TonnesPerYear }),
    };
    if (Object.keys(permits).length > 0) out.permits = permits;
  }
  const f = scenario.fuel;
  const distHours = f?.distillateHoursAtFullLoad ?? 0;
  const dual = distHours > 0 && distillate !== undefined;
  const interruptible = f?.service === 'interruptible';
  const storageHours = f?.storageHoursAtFullLoad ?? 0;
  if (f !== undefined && (f.pipelineMMBtuPerDay !== undefined || f.pipelineMMBtuPerHour !== undefined || dual || interruptible || storageHours > 0)) {
    out.fuel = {
      ...(storageHours > 0
        ? {
            storage: {
              hoursAtFullLoad: storageHours,
              refillMMBtuPerDay: f.storageRefillMMBtuPerDay ?? 0,
              tankUSDPerMMBtu: FUEL_STORAGE_COST_ESTIMATE.tankUSDPerMMBtu,
              systemUSDPerKW: FUEL_STORAGE_COST_ESTIMATE.dualFuelUSDPerKW,
              lifetimeYears: FUEL_STORAGE_COST_ESTIMATE.lifetimeYears,
            },
          }
        : {}),
      ...(interruptible ? { pipelineCutHours: interruptedHours(gasDaysFor(clock), dryBulbC, f.interruptBelowC ?? DEFAULT_INTERRUPT_BELOW_C).hours } : {}),
      ...(f.pipelineMMBtuPerHour === undefined ? {} : { pipelineMMBtuPerHour: f.pipelineMMBtuPerHour }),
      ...(f.pipelineMMBtuPerDay === undefined ? {} : { pipelineMMBtuPerDay: f.pipelineMMBtuPerDay }),
      clock,
      ...(dual
        ? {
            distillate: {
              tankHoursAtFullLoad: distHours,
              refillMMBtuPerDay: distillateRefillMMBtuPerDay(distillate, f.distillateRefillMMBtuPerDay),
              priceUSDPerMMBtu: distillate.priceUSDPerMMBtu,
              co2KgPerMMBtu: distillate.co2KgPerMMBtu,
              tankUSDPerMMBtu: distillate.tankUSDPerMMBtu,
              dualFuelUSDPerKW: distillate.dualFuelUSDPerKW,
              lifetimeYears: DUAL_FUEL_LIFETIME_YEARS,
            },
          }
        : {}),
    };
    if (interruptible) {
      const cutDays = interruptedHours(gasDaysFor(clock), dryBulbC, f.interruptBelowC ?? DEFAULT_INTERRUPT_BELOW_C).days;
      notes.push(`Interruptible transport: the LP plans no pipeline gas on the ${cutDays} gas day${cutDays === 1 ? '' : 's'} of the year whose coldest hour is below ${f.interruptBelowC ?? DEFAULT_INTERRUPT_BELOW_C} °C, the dispatch's rule.`);
    }
    if (storageHours > 0) {
      notes.push(`On-site backup gas: ${storageHours} h of the fleet built at full load, drawn where the pipeline cannot deliver and refilled by truck at ${Math.round(f.storageRefillMMBtuPerDay ?? 0).toLocaleString('en-US')} MMBtu a gas day; its tank and system are priced on the thermal MW (${FUEL_STORAGE_COST_ESTIMATE.note}).`);
    }
    if (dual) notes.push(`Dual fuel: distillate may replace pipeline gas where the pipeline binds, from a tank of ${distHours} h at full load of the dual-fuel MW built (refilled by truck at ${Math.round(out.fuel.distillate?.refillMMBtuPerDay ?? 0).toLocaleString('en-US')} MMBtu a gas day), at ${distillate.priceUSDPerMMBtu} USD/MMBtu and its own NOx, CO and CO2; the tank and liquid-fuel kit are priced on the MW that can burn it.`);
  }
  return out;
}
