import { availableParallelism } from 'node:os';
import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { casesFromTallies, mergeTallies, type RedundancyCase } from '../../../power-model/reliability/redundancy';
import { simulateSinglePass, type CaseTally } from '../../../power-model/reliability/single-pass';
import type { GridOutageStatistics, ReliabilityInput, ReliabilityUnit } from '../../../power-model/reliability/types';
import { validateReliabilityInput } from '../../../power-model/reliability/validate';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { SimulationResult } from '../../../power-model/simulate';
import { loadTechnologies } from '../../data/load-technologies';
import { jobFormulas, jobRunner } from '../job-runner';
import { JobCancelled, type JobFunction } from '../types';
import { runInWorkers } from './worker-chunks';

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
const BATTERY_RESERVE_PCT = 10;
/** Below this many years a run stays on one thread: starting workers would cost more than it saves. */
const YEARS_PER_EXTRA_THREAD = 2000;
/** The designs compared: N, N+1, N+2. */
const EXTRA_UNITS = [0, 1, 2] as const;

/**
 * The simulated fleet as Monte Carlo units: one per thermal unit, FOR and MTTR per technology, its
 * capacity each hour derated as the dispatch derated it (the technology's ambient and altitude curve
 * at that hour's dry-bulb and the site's elevation).
 */
export function reliabilityInputFrom(site: Site, result: SimulationResult, technologies: TechnologyFile, years: number, seed: number): ReliabilityInput {
  const units: ReliabilityUnit[] = [];
  for (const block of result.summary.thermal) {
    const tech = technologies.technologies.find((t) => t.id === block.technologyId);
    if (!tech) throw new Error(`technology "${block.technologyId}" is not in data/technologies.json`);
    const unitMW = block.units > 0 ? block.capacityMW / block.units : 0;
    for (let i = 0; i < block.units; i++) {
      const fraction = result.thermalOutputFraction[block.technologyId];
      units.push({ id: `${block.technologyId}-${i + 1}`, capacityMW: unitMW, forcedOutageRate: tech.forcedOutageRate.value, mttrHours: tech.mttrHours?.value ?? 50, ...(fraction ? { hourlyCapacityFraction: fraction } : {}) });
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
    ...(result.gridLimitMW > 0 ? { gridOutage } : {}),
    units,
    ...(result.summary.batteryPowerMW > 0
      ? { battery: { powerMW: result.summary.batteryPowerMW, energyMWh: result.summary.batteryEnergyMWh, roundTripEfficiency: battery?.roundTripEfficiency?.value ?? 0.85, socMinPct: BATTERY_RESERVE_PCT } }
      : {}),
    years,
    seed,
  };
}

/** What the reliability job returns. */
export type ReliabilityJobResult = {
  siteId: string;
  scenarioId: string;
  year: number;
  years: number;
  seed: number;
  /** Null for a scenario without grid: no grid outages, no ride-through. */
  gridOutage: GridOutageStatistics | null;
  gridOutageSource: string | null;
  units: number;
  threads: number;
  elapsedMs: number;
  cases: RedundancyCase[];
};

/**
 * Monte Carlo reliability of a site × scenario for the design as simulated and with one and two
 * more of its largest unit (N, N+1, N+2), all from the same draws in one pass
 * (`simulateSinglePass`), the years split across worker threads (`threads`, else one per core and at
 * most one per 2,000 years) whose tallies are added: each design's availability, loss-of-load hours and
 * unserved energy with their intervals, the distribution of annual loss-of-load hours, the unit
 * failures it rides through, the Tier III/IV verdicts, and — with a grid — grid-outage ride-through.
 */
export const reliabilityJob: JobFunction = async (request, ctx) => {
  const started = Date.now();
  const years = typeof request.params.years === 'number' ? request.params.years : 1000;
  const seed = typeof request.params.seed === 'number' ? request.params.seed : 1;
  const scenario = resolveScenario(request.scenario);
  const result = jobRunner(request).simulate(request.site, scenario, jobFormulas(request));
  const input = reliabilityInputFrom(request.site, result, loadTechnologies(), years, seed);
  validateReliabilityInput(input);
  const chunk = request.params.yearChunk as { firstYear: number; years: number } | undefined;
  if (chunk !== undefined) {
    // A worker's share: its tallies only.
    const pass = simulateSinglePass({ ...input, years: chunk.years, firstYear: chunk.firstYear, extraUnits: EXTRA_UNITS, onProgress: (f) => ctx.progress(f), shouldCancel: () => ctx.shouldCancel() });
    if (pass.cancelled) throw new JobCancelled();
    return pass.tallies;
  }
  // Threads asked for are used (one year each at least); otherwise one per core, one per 2,000 years.
  const threads =
    typeof request.params.threads === 'number'
      ? Math.max(1, Math.min(request.params.threads, years))
      : Math.max(1, Math.min(availableParallelism(), Math.floor(years / YEARS_PER_EXTRA_THREAD)));
  let tallies: CaseTally[];
  if (threads === 1) {
    const pass = simulateSinglePass({
      ...input,
      extraUnits: EXTRA_UNITS,
      onProgress: (fraction) => ctx.progress(fraction, `Monte Carlo: ${years} years of N, N+1 and N+2 from the same draws`),
      shouldCancel: () => ctx.shouldCancel(),
    });
    if (ctx.shouldCancel() || pass.cancelled) throw new JobCancelled();
    tallies = pass.tallies;
  } else {
    const size = Math.ceil(years / threads);
    const chunks = Array.from({ length: threads }, (_, i) => ({ firstYear: i * size, years: Math.min(size, years - i * size) })).filter((c) => c.years > 0);
    const parts = await runInWorkers<CaseTally[]>(request, chunks.map((c) => ({ yearChunk: c })), chunks.map((c) => c.years), ctx, (f) => `Monte Carlo: ${Math.round(f * years)}/${years} years on ${chunks.length} threads`);
    tallies = mergeTallies(parts);
  }
  return {
    siteId: request.site.id,
    scenarioId: scenario.id,
    year: result.summary.year,
    years,
    seed,
    gridOutage: input.gridOutage ?? null,
    gridOutageSource: input.gridOutage === undefined ? null : request.site.grid.outageEventsPerYear ? 'site data' : DEFAULT_GRID_OUTAGE.source,
    units: input.units.length,
    threads,
    elapsedMs: Date.now() - started,
    cases: casesFromTallies(input, tallies, false),
  } satisfies ReliabilityJobResult;
};
