import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { compareRedundancy } from '../../../power-model/reliability/redundancy';
import type { GridOutageStatistics, ReliabilityInput, ReliabilityUnit } from '../../../power-model/reliability/types';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { SimulationResult } from '../../../power-model/simulate';
import { loadTechnologies } from '../../data/load-technologies';
import { jobFormulas, jobRunner } from '../job-runner';
import { JobCancelled, type JobFunction } from '../types';

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

/** The simulated fleet as Monte Carlo units: one per thermal unit, FOR and MTTR per technology. */
export function reliabilityInputFrom(site: Site, result: SimulationResult, technologies: TechnologyFile, years: number, seed: number): ReliabilityInput {
  const units: ReliabilityUnit[] = [];
  for (const block of result.summary.thermal) {
    const tech = technologies.technologies.find((t) => t.id === block.technologyId);
    if (!tech) throw new Error(`technology "${block.technologyId}" is not in data/technologies.json`);
    const unitMW = block.units > 0 ? block.capacityMW / block.units : 0;
    for (let i = 0; i < block.units; i++) {
      units.push({ id: `${block.technologyId}-${i + 1}`, capacityMW: unitMW, forcedOutageRate: tech.forcedOutageRate.value, mttrHours: tech.mttrHours?.value ?? 50 });
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

/**
 * Monte Carlo availability of a site × scenario, for the design as simulated and with one and two
 * more of its largest unit (N, N+1, N+2), each with its confidence interval and the Tier III/IV verdicts.
 */
export const reliabilityJob: JobFunction = async (request, ctx) => {
  const years = typeof request.params.years === 'number' ? request.params.years : 1000;
  const seed = typeof request.params.seed === 'number' ? request.params.seed : 1;
  const scenario = resolveScenario(request.scenario);
  const result = jobRunner(request).simulate(request.site, scenario, jobFormulas(request));
  const input = reliabilityInputFrom(request.site, result, loadTechnologies(), years, seed);
  const cases = compareRedundancy({
    ...input,
    onProgress: (fraction) => ctx.progress(fraction, `Monte Carlo: ${years} years each for N, N+1, N+2`),
    shouldCancel: () => ctx.shouldCancel(),
  });
  if (ctx.shouldCancel() || cases.some((c) => c.result.cancelled)) throw new JobCancelled();
  return {
    siteId: request.site.id,
    scenarioId: scenario.id,
    years,
    seed,
    gridOutage: input.gridOutage ?? null,
    gridOutageSource: request.site.grid.outageEventsPerYear ? 'site data' : DEFAULT_GRID_OUTAGE.source,
    units: input.units.length,
    cases,
  };
};
