import type { HourlySeriesName, SimulateResponse } from '../../api/schemas/model';
import { HOURLY_SERIES_NAMES, MONTHLY_SUPPLY_NAMES } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import { ApiError } from '../../api/errors';
import { monthOfHour } from '../../power-model/hours';
import { BUILT_IN_SCENARIOS, isBuiltInScenarioId, resolveScenario, type ResolvedScenario } from '../../power-model/scenarios/index';
import type { SimulationResult } from '../../power-model/simulate';
import { checkInvariants } from '../../power-model/invariants';
import { loadTechnologies } from '../data/load-technologies';
import { ModelRunner } from '../model/runner';
import { attachedWeather } from '../model/weather';
import { userSystemLoad } from '../data/load-grid-tariffs';
import { utcOffsetHours } from '../../api/site-utc-offset';
import { bytesToFloats, type SiteSeriesRepo } from '../db/site-series-repo';
import type { AttachedSeries } from '../model/attached-series';
import { engineCatalog, type EngineCatalog } from '../model/technologies';
import { foldOverrides } from '../db/assumptions-repo';
import { KERNEL_OVERRIDE_NAMES } from '../../power-model/simulate';
import type { OpenProject } from './project-session';
import { engineRefusal } from './engine-refusal';
import { engineBuildId } from '../model/engine-build';
import { PreparedCache } from './prepared-cache';
import { SummaryCache, type SiteSummaryAnswer } from './summary-cache';

export type ModelServiceOptions = {
  /** The engine build the summary cache keys on; by default `engineBuildId` of this module (tests pass their own). */
  engineBuild?: string;
  /** Rows the project's summary cache keeps at most (see summary-cache-repo.ts). */
  summaryCacheRows?: number;
  /** Bytes the project's prepared-input cache keeps at most (see prepared-cache-repo.ts). */
  preparedCacheBytes?: number;
};

type RunnerEntry = { json: string; seriesStamp: string; db?: OpenProject['db']; runner: ModelRunner };

/**
 * Sites whose prepared weather, solar and load stay in memory. A site's entry is about 1.8 MB, so
 * keeping every site made a portfolio grow by that much per site (1.0 GB at 512 sites, bench
 * portfolio-memory); a site that left comes back from the project's prepared cache
 * (prepared-cache.ts) in tens of milliseconds. Twice the bundled portfolio, so its pages never
 * prepare a site twice.
 */
export const PREPARED_SITES_IN_MEMORY = 16;

/**
 * Runs the engine for the open project. Keeps one runner (and so one weather/solar/load cache per
 * site) for as long as the site is unchanged, for the PREPARED_SITES_IN_MEMORY sites used last; an
 * edited site gets a fresh runner entry.
 */
export class ModelService {
  private catalog: EngineCatalog | null = null;
  /** By site id, least recently used first (a Map keeps insertion order; a use moves the entry to the end). */
  private readonly runners = new Map<string, RunnerEntry>();
  private readonly summaries: SummaryCache;
  private readonly prepared: PreparedCache;
  /** Runs of `simulate` whose summary row is not stored yet: stored when `response` first answers for them. */
  private readonly unsaved = new WeakMap<SimulationResult, { project: OpenProject; key: string; siteId: string }>();
  private build: string | undefined;

  constructor(options: ModelServiceOptions = {}) {
    this.build = options.engineBuild;
    this.summaries = new SummaryCache(options.summaryCacheRows);
    this.prepared = new PreparedCache(options.preparedCacheBytes);
  }

  /**
   * The cached runner while the site's JSON and its attached series (`series.stamp`, which changes
   * on every attach or remove) are unchanged; else a new runner bound to the series now stored,
   * which reads and keeps the site's prepared weather, PV and load in the project file.
   */
  private runnerFor(project: OpenProject, site: Site): ModelRunner {
    const json = JSON.stringify(site);
    const seriesStamp = project.series.stamp(site.id);
    const cached = this.runners.get(site.id);
    if (cached && cached.json === json && cached.seriesStamp === seriesStamp && (cached.db === undefined || cached.db === project.db)) return this.keep(site.id, cached).runner;
    this.catalog ??= engineCatalog(loadTechnologies());
    const attached = seriesStamp === '' ? undefined : attachedFromRepo(project.series, site);
    const store = this.prepared.store(project, () => this.engineBuild(), (siteId) => this.summaries.seriesDigests(project, siteId));
    const runner = new ModelRunner(this.catalog, new Map(attached ? [[site.id, attached]] : []), store);
    return this.keep(site.id, { json, seriesStamp, db: project.db, runner }).runner;
  }

  /**
   * The runner for a site, for a run without the project's assumption edits: the one `simulate`
   * last used for this site (with its attached series) while the site is unchanged, else a plain one.
   */
  runnerPlain(site: Site): ModelRunner {
    const json = JSON.stringify(site);
    const cached = this.runners.get(site.id);
    if (cached && cached.json === json) return this.keep(site.id, cached).runner;
    this.catalog ??= engineCatalog(loadTechnologies());
    return this.keep(site.id, { json, seriesStamp: '', runner: new ModelRunner(this.catalog) }).runner;
  }

  /** Makes `entry` the site's runner and the one used last, dropping the site used longest ago beyond PREPARED_SITES_IN_MEMORY. */
  private keep(siteId: string, entry: RunnerEntry): RunnerEntry {
    this.runners.delete(siteId);
    this.runners.set(siteId, entry);
    for (const oldest of this.runners.keys()) {
      if (this.runners.size <= PREPARED_SITES_IN_MEMORY) break;
      this.runners.delete(oldest);
    }
    return entry;
  }

  /** Site ids whose prepared inputs are in memory, least recently used first (for tests). */
  sitesInMemory(): string[] {
    return [...this.runners.keys()];
  }

  catalogue(): EngineCatalog {
    this.catalog ??= engineCatalog(loadTechnologies());
    return this.catalog;
  }

  scenario(project: OpenProject, scenarioId: string): ResolvedScenario {
    if (isBuiltInScenarioId(scenarioId)) return resolveScenario(BUILT_IN_SCENARIOS[scenarioId]);
    const saved = project.scenarios.get(scenarioId);
    if (!saved) throw new ApiError('not-found', `no scenario with id "${scenarioId}"`, 'scenarioId');
    return resolveScenario(saved.scenario);
  }

  site(project: OpenProject, siteId: string): Site {
    const site = project.sites.get(siteId);
    if (!site) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    return site;
  }

  /**
   * One site × scenario with the project's assumption edits applied: input values on top of the
   * scenario's overrides (project-wide, then the site's own), formula edits on the sheet.
   * `extra` applies one more edit, to check it before it is saved.
   */
  simulate(project: OpenProject, siteId: string, scenarioId: string, year: number | undefined, extra?: { name: string; value?: number; expr?: string }): SimulationResult {
    const site = this.site(project, siteId);
    const base = this.scenario(project, scenarioId);
    const result = this.run(project, site, base, year, extra);
    // The same run as `summary` makes (an `extra` edit is not saved, so its run is not the stored inputs').
    const key = extra === undefined ? this.summaryKey(project, site, base, year) : null;
    if (key !== null) this.unsaved.set(result, { project, key, siteId: site.id });
    return result;
  }

  private run(project: OpenProject, site: Site, base: ResolvedScenario, year: number | undefined, extra?: { name: string; value?: number; expr?: string }): SimulationResult {
    try {
      return this.runWithEdits(project, site, base, this.runnerFor(project, site), year, extra);
    } catch (error) {
      throw engineRefusal(error, `${site.id} × ${base.id}`, { site: 'scenarioId', scenarioField: () => 'scenarioId', override: (name) => name });
    }
  }

  /**
   * One site × scenario as `simulate` runs it, answered without hourly series: the portfolio's
   * row. Read through the project's summary cache (issue 14): a restart answers from the stored
   * row without preparing weather or running the engine; a run is stored once made. The key
   * covers every input (summary-key.ts), so an edit anywhere gives a fresh run; a cache that
   * cannot be read or written only costs that run.
   */
  summary(project: OpenProject, siteId: string, scenarioId: string, year: number | undefined): SiteSummaryAnswer {
    const site = this.site(project, siteId);
    const base = this.scenario(project, scenarioId);
    const key = this.summaryKey(project, site, base, year);
    const cached = key === null ? null : this.summaries.read(project, key);
    if (cached) return cached;
    const answer: SiteSummaryAnswer = { ...this.response(this.run(project, site, base, year), false), hourly: null };
    if (key !== null) this.summaries.write(project, key, site.id, answer);
    return answer;
  }

  /** The stored answer of `summary` when the project's cache has it, else null; runs nothing (and needs no sheet engine). */
  cachedSummary(project: OpenProject, siteId: string, scenarioId: string, year: number | undefined): SiteSummaryAnswer | null {
    const site = this.site(project, siteId);
    const key = this.summaryKey(project, site, this.scenario(project, scenarioId), year);
    return key === null ? null : this.summaries.read(project, key);
  }

  private summaryKey(project: OpenProject, site: Site, scenario: ResolvedScenario, year: number | undefined): string | null {
    try {
      return this.summaries.key(project, this.engineBuild(), site, scenario, year);
    } catch {
      // An input the key cannot read (a weather file gone) is for the engine to report when it runs.
      return null;
    }
  }

  /** The id of this engine build (code, package versions, bundled data), hashed on first use. */
  engineBuild(): string {
    this.build ??= engineBuildId(import.meta.url);
    return this.build;
  }

  /**
   * Runs `scenario` on `site` with the project's assumption edits for the site (and `extra`), on
   * `runner`. Engine refusals are thrown as the engine throws them; callers name the field.
   * A stored edit of an input this run's sheet does not have (a battery's capex in a scenario
   * without a battery) applies where the input exists and is left out here; the scenario's own
   * overrides and `extra` must name inputs of the sheet.
   */
  runWithEdits(project: OpenProject, site: Site, scenario: ResolvedScenario, runner: ModelRunner, year?: number, extra?: { name: string; value?: number; expr?: string }): SimulationResult {
    const { values, formulas } = foldOverrides(project.assumptions.listFor(site.id));
    if (extra?.value !== undefined) {
      values[extra.name] = extra.value;
      delete formulas[extra.name];
    } else if (extra?.expr !== undefined) {
      formulas[extra.name] = extra.expr;
      delete values[extra.name];
    }
    // The stored edits apply where this site × scenario's sheet has their names (SheetEdits); the
    // edit being checked (`extra`) must name something in it, so it goes in strictly.
    const strictValues: Record<string, number> = {};
    const strictFormulas: Record<string, string> = {};
    if (extra?.value !== undefined) strictValues[extra.name] = extra.value;
    if (extra?.expr !== undefined) strictFormulas[extra.name] = extra.expr;
    // Overrides the hourly kernels read (the gas price orders the dispatch) reach them as scenario overrides.
    for (const name of KERNEL_OVERRIDE_NAMES) if (values[name] !== undefined && strictValues[name] === undefined) strictValues[name] = values[name];
    const withEdits = { ...scenario, overrides: { ...scenario.overrides, ...strictValues } };
    const result = runner.simulate(site, withEdits, { ...(year === undefined ? {} : { year }), formulas: strictFormulas, edits: { values, formulas } });
    // The engine passes a scenario's override of an asset the scenario lacks over quietly (a scenario
    // file may price a battery it does not build); an edit made in this very sheet must name one of its lines.
    if (extra !== undefined && !result.economicsSheet.inputs.some((i) => i.name === extra.name) && !result.economicsSheet.formulas.some((f) => f.name === extra.name)) {
      throw new ApiError('invalid-request', `${site.id} × ${scenario.id}: "${extra.name}" is not a line of this sheet (pick a scenario that has it, e.g. one with that asset)`, extra.name);
    }
    return result;
  }

  /** The cached runner of a stored site (see runnerFor). */
  projectRunner(project: OpenProject, site: Site): ModelRunner {
    return this.runnerFor(project, site);
  }

  /**
   * Keeps `runner` (built by `trialRunner` for what has just been saved) as the site's cached
   * runner, so the first run after a write does not prepare the site's weather and load again.
   */
  adopt(project: OpenProject, site: Site, runner: ModelRunner): void {
    this.keep(site.id, { json: JSON.stringify(site), seriesStamp: project.series.stamp(site.id), runner });
  }

  /** A fresh runner for a site or series that is not saved yet, so a check runs as a later run would; not cached. */
  trialRunner(site: Site, attached: AttachedSeries | undefined): ModelRunner {
    return new ModelRunner(this.catalogue(), new Map(attached ? [[site.id, attached]] : []));
  }

  response(result: SimulationResult, withHourly: boolean): SimulateResponse {
    const catalog = this.catalogue();
    const s = result.summary;
    const thermal = s.thermal.map((block) => {
      const tech = catalog.thermal[block.technologyId];
      return {
        technologyId: block.technologyId,
        name: tech?.name ?? block.technologyId,
        kind: tech?.kind ?? 'unknown',
        units: block.units,
        unitMW: block.units > 0 ? block.capacityMW / block.units : tech?.unitSizeMW ?? 0,
        capacityMW: block.capacityMW,
      };
    });
    let hourly: SimulateResponse['hourly'] = null;
    if (withHourly) {
      const series: Partial<Record<HourlySeriesName, Float64Array>> = {};
      for (const name of HOURLY_SERIES_NAMES) {
        const values = name === 'facilityMW' || name === 'solarAvailableMW' || name === 'gridPriceUSDPerMWh' ? result[name] : result.flows[name];
        // A copy: the engine's flow buffers are reused by the next simulation of this site.
        series[name] = Float64Array.from(values);
      }
      hourly = series as Record<HourlySeriesName, Float64Array>;
    }
    const monthlyEnergyMWh = Object.fromEntries(MONTHLY_SUPPLY_NAMES.map((name) => [name, monthlySums(result.flows[name])])) as SimulateResponse['monthlyEnergyMWh'];
    const answer: SimulateResponse = {
      summary: s,
      fleet: { thermal, solarMWac: s.solarMWac, batteryPowerMW: s.batteryPowerMW, batteryEnergyMWh: s.batteryEnergyMWh, gridImportLimitMW: s.gridImportLimitMW },
      hourly,
      monthlyEnergyMWh,
      invariants: checkInvariants(result),
    };
    // A run of `simulate` (with hourly series, say) also stores the summary row `summary` would,
    // so the portfolio row of this site × scenario is then read from the project (issue 14).
    const unsaved = this.unsaved.get(result);
    if (unsaved) {
      this.unsaved.delete(result);
      this.summaries.write(unsaved.project, unsaved.key, unsaved.siteId, { ...answer, hourly: null });
    }
    return answer;
  }
}

/** Σ of an hourly MW series by calendar month (MW × 1 h = MWh), 12 values. */
function monthlySums(values: ArrayLike<number>): number[] {
  const months = new Array<number>(12).fill(0);
  for (let h = 0; h < values.length; h++) {
    const m = monthOfHour(h);
    months[m] = (months[m] ?? 0) + (values[h] ?? 0);
  }
  return months;
}

/** The series stored for `site`, decoded (weather text re-parsed at the site); `undefined` when none. */
export function attachedFromRepo(repo: SiteSeriesRepo, site: Site): AttachedSeries | undefined {
  const attached: AttachedSeries = {};
  const load = repo.get(site.id, 'load');
  if (load) attached.loadMW = bytesToFloats(load.body);
  const price = repo.get(site.id, 'price');
  if (price) attached.priceUSDPerMWh = bytesToFloats(price.body);
  const weather = repo.get(site.id, 'weather');
  if (weather) attached.weather = attachedWeather(weather.body.toString('utf8'), site, weather.info.fileName);
  // The host system's load is kept as its text and read at the site's market clock now (the site may have moved).
  const system = repo.get(site.id, 'system-load');
  if (system) attached.systemLoad = userSystemLoad(site, system.body.toString('utf8'), system.info.fileName ?? 'system-load.csv', utcOffsetHours(site));
  return load || price || weather || system ? attached : undefined;
}
