import type { Site } from '../../api/schemas/site';
import type { ResolvedScenario } from '../../power-model/scenarios/types';
import { simulateSite, type SheetEdits, type SimulationResult } from '../../power-model/simulate';
import { createSiteCache, type SiteCache, type SiteModel } from '../../power-model/site-model';
import type { WeatherYear } from '../../power-model/weather/types';
import { loadTechnologies } from '../data/load-technologies';
import type { AttachedSeries } from './attached-series';
import { storedSiteCache, withStoredSystemLoad, type PreparedStore } from './prepared-store';
import { siteModel } from './site-model';
import { engineCatalog, type EngineCatalog } from './technologies';
import { siteWeather } from './weather';

type Prepared = { model: SiteModel; cache: SiteCache };

/**
 * Runs the engine for sites and scenarios, keeping per site the engine model and the
 * weather/solar/load cache, so a second scenario for the same site only redoes dispatch and
 * economics. Weather: the site's attached weather, else its TMY3 file, else synthesized (see
 * weather.ts); a caller may pass its own weather year, which gets its own cache.
 * `attached` holds, by site id, the series attached to it (load, price, weather: see
 * attached-series.ts); they are fixed for the runner's life, so a changed series needs a new runner.
 * With a `store` (the project's prepared-input cache), a new runner reads the site's weather, PV,
 * load and its market's system load from it instead of computing them, and stores what it
 * computes (prepared-store.ts).
 */
export class ModelRunner {
  private readonly catalog: EngineCatalog;
  private readonly attached: ReadonlyMap<string, AttachedSeries>;
  private readonly prepared = new Map<string, Prepared>();
  private readonly store: PreparedStore | undefined;

  constructor(catalog: EngineCatalog = engineCatalog(loadTechnologies()), attached: ReadonlyMap<string, AttachedSeries> = new Map(), store?: PreparedStore) {
    this.catalog = catalog;
    this.attached = attached;
    this.store = store;
  }

  prepare(site: Site, weather?: WeatherYear): Prepared {
    const attached = this.attached.get(site.id) ?? {};
    if (weather) return { model: siteModel(site, this.catalog, attached), cache: createSiteCache(weather) };
    let entry = this.prepared.get(site.id);
    if (!entry) {
      const build = () => siteModel(site, this.catalog, attached);
      const model = this.store ? withStoredSystemLoad(this.store, site, attached.systemLoad !== undefined, build) : build();
      const weather = (): WeatherYear => attached.weather ?? siteWeather(site);
      entry = { model, cache: this.store ? storedSiteCache(this.store, site, model, weather) : createSiteCache(weather()) };
      this.prepared.set(site.id, entry);
    }
    return entry;
  }

  simulate(site: Site, scenario: ResolvedScenario, options: { year?: number; weather?: WeatherYear; formulas?: Readonly<Record<string, string>>; edits?: SheetEdits } = {}): SimulationResult {
    const { model, cache } = this.prepare(site, options.weather);
    return simulateSite(model, scenario, cache, {
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.formulas === undefined ? {} : { formulas: options.formulas }),
      ...(options.edits === undefined ? {} : { edits: options.edits }),
    });
  }
}
