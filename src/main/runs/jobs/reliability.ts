import { availableParallelism } from 'node:os';
import type { Site } from '../../../api/schemas/site';
import type { CommonModeFile, CommonModeParams, MitigationParams } from '../../../api/schemas/common-mode';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { triggerHours, type CommonModeEvents } from '../../../power-model/reliability/common-mode';
import { mitigationDesigns, redundancyDesigns, type Design } from '../../../power-model/reliability/designs';
import { casesFromTallies, type RedundancyCase } from '../../../power-model/reliability/redundancy';
import { simulateSinglePass, type CaseTally } from '../../../power-model/reliability/single-pass';
import type { GridOutageStatistics, ReliabilityInput, ReliabilityUnit } from '../../../power-model/reliability/types';
import { loadCommonModeEvents } from '../../data/load-common-mode';
import { validateReliabilityInput } from '../../../power-model/reliability/validate';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { SimulationResult } from '../../../power-model/simulate';
import { loadTechnologies } from '../../data/load-technologies';
import { jobFormulas, jobRunner } from '../job-runner';
import { JobCancelled, type JobFunction } from '../types';
import { simulateInThreads } from './reliability-threads';

/**
 * Grid outage statistics when a site gives none: 1 event a year of 4 h mean. U.S. customers saw
 * about 1.4 interruptions and 2–5 h a year in 2022 excluding major events (EIA, "U.S. electricity
 * customers averaged five and one-half hours of power interruptions in 2022",
 * https://www.eia.gov/todayinenergy/detail.php?id=61303); a transmission-connected campus sees fewer
 * events than a distribution customer, so we take 1 a year. An estimate; the site may override it.
 */
export const DEFAULT_GRID_OUTAGE: GridOutageStatistics & { source: string } = {
  eventsPerYear: 1,
  meanDurationHours: 4,
  source: 'assumption from EIA 2022 SAIFI/SAIDI (https://www.eia.gov/todayinenergy/detail.php?id=61303)',
};

/** Battery reserve the Monte Carlo never uses, percent: the engine's dispatch keeps the same floor. */
export const BATTERY_RESERVE_PCT = 10;
/**
 * Below this many years a run stays on one thread: a helper's share would take less time than
 * handing it the run's input (helpers are kept warm between runs, and one still loading is not waited for).
 */
const YEARS_PER_EXTRA_THREAD = 1000;
/** The N+k designs compared: N, N+1, N+2. */
const EXTRA_UNITS = [0, 1, 2] as const;
/** Default battery mitigation: this share of the peak load, for MITIGATION_BATTERY_HOURS (an assumption to compare against; the run may set it). */
const MITIGATION_BATTERY_SHARE_OF_PEAK = 0.25;
const MITIGATION_BATTERY_HOURS = 4;

/**
 * The simulated fleet as Monte Carlo units: one per thermal unit, FOR and MTTR per technology, its
 * capacity each hour derated as the dispatch derated it (the technology's ambient and altitude curve
 * at that hour's dry-bulb and the site's elevation).
 */
export function reliabilityInputFrom(
  site: Site,
  result: SimulationResult,
  technologies: TechnologyFile,
  years: number,
  seed: number,
  commonMode?: CommonModeEvents,
  gridBackupMW = 0,
): ReliabilityInput {
  const units: ReliabilityUnit[] = [];
  for (const block of result.summary.thermal) {
    const tech = technologies.technologies.find((t) => t.id === block.technologyId);
    if (!tech) throw new Error(`technology "${block.technologyId}" is not in data/technologies.json`);
    const unitMW = block.units > 0 ? block.capacityMW / block.units : 0;
    for (let i = 0; i < block.units; i++) {
      const fraction = result.thermalOutputFraction[block.technologyId];
      units.push({
        id: `${block.technologyId}-${i + 1}`,
        capacityMW: unitMW,
        forcedOutageRate: tech.forcedOutageRate.value,
        mttrHours: tech.mttrHours?.value ?? 50,
        gasFired: tech.fuel === 'natural-gas',
        ...(fraction ? { hourlyCapacityFraction: fraction } : {}),
      });
    }
  }
  const battery = technologies.technologies.find((t) => t.category === 'battery');
  const events = site.grid.outageEventsPerYear?.value;
  const hours = site.grid.outageMeanHours?.value;
  const gridOutage: GridOutageStatistics = {
    eventsPerYear: events ?? DEFAULT_GRID_OUTAGE.eventsPerYear,
    meanDurationHours: Math.max(1, hours ?? DEFAULT_GRID_OUTAGE.meanDurationHours),
  };
  return {
    facilityLoadMW: result.facilityMW,
    solarAvailableMW: result.solarAvailableMW,
    gridImportLimitMW: result.gridLimitMW,
    ...(result.gridLimitMW > 0 || gridBackupMW > 0 ? { gridOutage } : {}),
    ...(commonMode ? { commonMode } : {}),
    units,
    ...(result.summary.batteryPowerMW > 0
      ? { battery: { powerMW: result.summary.batteryPowerMW, energyMWh: result.summary.batteryEnergyMWh, roundTripEfficiency: battery?.roundTripEfficiency?.value ?? 0.85, socMinPct: BATTERY_RESERVE_PCT } }
      : {}),
    years,
    seed,
  };
}

/**
 * The common-mode events of a run: data/common-mode-events.json with the run's overrides field by
 * field, triggered by the site's hourly dry-bulb; undefined when the run turns them off.
 */
export function commonModeFrom(dryBulbC: Float64Array, file: CommonModeFile, params: CommonModeParams | undefined): CommonModeEvents | undefined {
  if (params?.enabled === false) return undefined;
  const g = file.gasSupply;
  const w = file.gridWeather;
  return {
    dryBulbC,
    gasSupply: {
      eventsPerYear: g.eventsPerYear.value,
      meanDurationHours: g.meanDurationHours.value,
      shareOfGasUnitsAffected: g.shareOfGasUnitsAffected.value,
      coldestHoursFraction: g.coldestHoursFraction.value,
      ...withoutUndefined(params?.gasSupply),
    },
    gridWeather: {
      eventsPerYear: w.eventsPerYear.value,
      meanDurationHours: w.meanDurationHours.value,
      coldestHoursFraction: w.coldestHoursFraction.value,
      hottestHoursFraction: w.hottestHoursFraction.value,
      ...withoutUndefined(params?.gridWeather),
    },
  };
}

function withoutUndefined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The designs a run compares: with common-mode events, N, N+1, N+2 without and with them, then N
 * with dual fuel, with a battery (default a quarter of the peak load for 4 h) and with a grid backup
 * (default the peak load); without them, N, N+1, N+2.
 */
export function designsFor(input: ReliabilityInput, mitigations: MitigationParams | undefined): Design[] {
  if (input.commonMode === undefined) return redundancyDesigns(EXTRA_UNITS);
  const peakMW = input.facilityLoadMW.reduce((max, mw) => Math.max(max, mw), 0);
  const batteryMW = mitigations?.batteryMW ?? MITIGATION_BATTERY_SHARE_OF_PEAK * peakMW;
  const batteryMWh = mitigations?.batteryMWh ?? batteryMW * MITIGATION_BATTERY_HOURS;
  return mitigationDesigns(input, {
    extraUnits: EXTRA_UNITS.filter((k) => k > 0),
    dualFuel: mitigations?.dualFuel ?? true,
    addedBattery: { powerMW: batteryMW, energyMWh: batteryMWh, roundTripEfficiency: input.battery?.roundTripEfficiency ?? 0.85, socMinPct: BATTERY_RESERVE_PCT },
    gridBackupMW: gridBackupFor(input.facilityLoadMW, mitigations),
  });
}

function gridBackupFor(facilityLoadMW: Float64Array, mitigations: MitigationParams | undefined): number {
  return mitigations?.gridBackupMW ?? facilityLoadMW.reduce((max, mw) => Math.max(max, mw), 0);
}

/** What the run reports about its common-mode events: the settings used and where they come from. */
export type CommonModeSummary = {
  gasSupply: NonNullable<CommonModeEvents['gasSupply']> & { triggerHours: number };
  gridWeather: NonNullable<CommonModeEvents['gridWeather']> & { triggerHours: number };
  references: CommonModeFile['references'];
};

/** What the reliability job returns. */
export type ReliabilityJobResult = {
  siteId: string;
  scenarioId: string;
  year: number;
  years: number;
  seed: number;
  /** The scenario's grid import limit, MW (0: islanded; a grid backup design may still add one). */
  gridImportLimitMW: number;
  /** Null when no design has a grid (no grid in the scenario and no grid backup compared). */
  gridOutage: GridOutageStatistics | null;
  gridOutageSource: string | null;
  units: number;
  threads: number;
  elapsedMs: number;
  /** Null when the run turned the common-mode events off. */
  commonMode: CommonModeSummary | null;
  cases: RedundancyCase[];
};

/**
 * Monte Carlo reliability of a site × scenario for the design as simulated and with one and two
 * more of its largest unit (N, N+1, N+2), all from the same draws in one pass
 * (`simulateSinglePass`), the years split across worker threads (`threads`, else one per core and at
 * most one per 1,000 years; reliability-threads.ts) whose tallies are added: each design's availability, loss-of-load hours and
 * unserved energy with their intervals, the distribution of annual loss-of-load hours, the unit
 * failures it rides through, the Tier III/IV verdicts, and — with a grid — grid-outage ride-through.
 */
export const reliabilityJob: JobFunction = async (request, ctx) => {
  const started = Date.now();
  const years = typeof request.params.years === 'number' ? request.params.years : 1000;
  const seed = typeof request.params.seed === 'number' ? request.params.seed : 1;
  const scenario = resolveScenario(request.scenario);
  const result = jobRunner(request).simulate(request.site, scenario, jobFormulas(request));
  const commonModeParams = request.params.commonMode as CommonModeParams | undefined;
  const mitigations = request.params.mitigations as MitigationParams | undefined;
  const file = loadCommonModeEvents();
  const commonMode = commonModeFrom(result.dryBulbC, file, commonModeParams);
  const input = reliabilityInputFrom(request.site, result, loadTechnologies(), years, seed, commonMode, commonMode ? gridBackupFor(result.facilityMW, mitigations) : 0);
  validateReliabilityInput(input);
  const designs = designsFor(input, mitigations);
  const what = commonMode ? `${designs.length} designs with and without common-mode events` : 'N, N+1 and N+2';
  // Threads asked for are used (one year each at least); otherwise one per core, one per 1,000 years.
  const threads =
    typeof request.params.threads === 'number'
      ? Math.max(1, Math.min(request.params.threads, years))
      : Math.max(1, Math.min(availableParallelism(), Math.floor(years / YEARS_PER_EXTRA_THREAD)));
  let tallies: CaseTally[];
  if (threads === 1) {
    const pass = simulateSinglePass({
      ...input,
      designs,
      onProgress: (fraction) => ctx.progress(fraction, `Monte Carlo: ${years} years of ${what} from the same draws`),
      shouldCancel: () => ctx.shouldCancel(),
    });
    if (ctx.shouldCancel() || pass.cancelled) throw new JobCancelled();
    tallies = pass.tallies;
  } else {
    tallies = await simulateInThreads(input, designs, threads, ctx, (done) => `Monte Carlo: ${done}/${years} years of ${what} on ${threads} threads`);
  }
  return {
    siteId: request.site.id,
    scenarioId: scenario.id,
    year: result.summary.year,
    years,
    seed,
    gridImportLimitMW: input.gridImportLimitMW,
    gridOutage: input.gridOutage ?? null,
    gridOutageSource: input.gridOutage === undefined ? null : request.site.grid.outageEventsPerYear ? 'site data' : DEFAULT_GRID_OUTAGE.source,
    units: input.units.length,
    threads,
    elapsedMs: Date.now() - started,
    commonMode:
      commonMode?.gasSupply && commonMode.gridWeather
        ? {
            gasSupply: { ...commonMode.gasSupply, triggerHours: triggerHours(commonMode.dryBulbC, commonMode.gasSupply).length },
            gridWeather: { ...commonMode.gridWeather, triggerHours: triggerHours(commonMode.dryBulbC, commonMode.gridWeather).length },
            references: file.references,
          }
        : null,
    cases: casesFromTallies(input, tallies, false),
  } satisfies ReliabilityJobResult;
};
