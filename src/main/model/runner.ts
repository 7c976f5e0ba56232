import type { Site } from '../../api/schemas/site';
import type { ResolvedScenario } from '../../power-model/scenarios/types';
import { simulateSite, type SimulationResult } from '../../power-model/simulate';
import { createSiteCache, type SiteCache, type SiteModel } from '../../power-model/site-model';
import type { WeatherYear } from '../../power-model/weather/types';
import { loadTechnologies } from '../data/load-technologies';
import { siteModel } from './site-model';
import { engineCatalog, type EngineCatalog } from './technologies';
import { siteWeather } from './weather';

type Prepared = { model: SiteModel; cache: SiteCache };

/**
 * Runs the engine for sites and scenarios, keeping per site the engine model and the
 * weather/solar/load cache, so a second scenario for the same site only redoes dispatch and
 * economics. Weather: the site's TMY3 file, else synthesized (see weather.ts); a caller may pass
 * its own weather year, which gets its own cache.
 */
export class ModelRunner {
  private readonly catalog: EngineCatalog;
  private readonly prepared = new Map<string, Prepared>();

  constructor(catalog: EngineCatalog = engineCatalog(loadTechnologies())) {
    this.catalog = catalog;
  }

  prepare(site: Site, weather?: WeatherYear): Prepared {
    if (weather) return { model: siteModel(site, this.catalog), cache: createSiteCache(weather) };
    let entry = this.prepared.get(site.id);
    if (!entry) {
      entry = { model: siteModel(site, this.catalog), cache: createSiteCache(siteWeather(site)) };
      this.prepared.set(site.id, entry);
    }
    return entry;
  }

  simulate(site: Site, scenario: ResolvedScenario, options: { year?: number; weather?: WeatherYear; formulas?: Readonly<Record<string, string>> } = {}): SimulationResult {
    const { model, cache } = this.prepare(site, options.weather);
    return simulateSite(model, scenario, cache, {
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.formulas === undefined ? {} : { formulas: options.formulas }),
    });
  }
}
