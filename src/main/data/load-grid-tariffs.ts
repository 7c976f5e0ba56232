import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatZodIssues } from '../../api/schemas/format-issues';
import { GridTariffsFileSchema, type GridTariffsFile, type MarketTariffFile, type TariffFigureFile } from '../../api/schemas/grid-tariffs';
import type { Site } from '../../api/schemas/site';
import type { GridTariff, TariffFigure } from '../../power-model/grid/tariff';
import { BALANCING_AUTHORITY_CLOCKS, type SystemLoadSeries } from '../../power-model/system-load/types';
import { parseSystemLoadCsv, systemLoadSeries } from '../import/system-load-csv';
import { dataDir } from '../paths';

const SYSTEM_LOAD_SOURCE = 'EIA Cleaned Hourly Electricity Demand Data v1.4 (Ruggles, Farnham & Wongel, Zenodo, https://doi.org/10.5281/zenodo.3517196, 2020), CC BY 4.0; data/system-load/README.md lists our changes';

let tariffs: GridTariffsFile | null = null;
const seriesCache = new Map<string, SystemLoadSeries>();

/** `data/grid-tariffs.json`, validated once; a bad file is an error naming the field. */
export function bundledGridTariffs(file: string = join(dataDir(), 'grid-tariffs.json')): GridTariffsFile {
  if (tariffs) return tariffs;
  const parsed = GridTariffsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = formatZodIssues(parsed.error)[0];
    throw new Error(`data/grid-tariffs.json: ${first ? `${first.path}: ${first.message}` : 'invalid'}`);
  }
  tariffs = parsed.data;
  return tariffs;
}

/** The shipped hourly load of a balancing authority (`data/system-load/<BA>.csv.gz`), parsed once per process; null when none is shipped. */
export function bundledSystemLoad(ba: string): SystemLoadSeries | null {
  const cached = seriesCache.get(ba);
  if (cached) return cached;
  const clock = BALANCING_AUTHORITY_CLOCKS[ba];
  if (!clock) return null;
  let text: string;
  try {
    text = gunzipSync(readFileSync(join(dataDir(), 'system-load', `${ba}.csv.gz`))).toString('utf8');
  } catch {
    return null;
  }
  const series = systemLoadSeries(parseSystemLoadCsv(text, `data/system-load/${ba}.csv.gz`), { id: ba, name: ba, clock, source: SYSTEM_LOAD_SOURCE });
  seriesCache.set(ba, series);
  return series;
}

/** The shipped load of `ba` when this process has it already (parsed or remembered), else undefined; parses nothing. */
export function heldBundledSystemLoad(ba: string): SystemLoadSeries | undefined {
  return seriesCache.get(ba);
}

/**
 * Gives this process the parsed shipped load of `ba` (read back from a project's prepared-input
 * cache, src/main/model/prepared-store.ts), so `bundledSystemLoad` does not parse the file again.
 */
export function rememberBundledSystemLoad(ba: string, series: SystemLoadSeries): void {
  seriesCache.set(ba, series);
}

/** The market tariff of a site: its grid operator's entry in data/grid-tariffs.json, or null. */
export function siteMarketTariff(site: Site): MarketTariffFile | null {
  return bundledGridTariffs().markets[site.gridOperator] ?? null;
}

function figure(f: TariffFigureFile): TariffFigure {
  const source = `${f.source}${f.year === undefined ? '' : ` (${f.year})`}${f.assumption === undefined ? '' : `; ${f.assumption}`}`;
  return { value: f.value, source, ...(f.assumption === undefined ? {} : { estimate: true }) };
}

/**
 * The engine's tariff of a market. `withEnergyShape`: false when the site has its own energy
 * price (a tariff price, or an attached hourly series), which the market shape must not replace.
 */
export function engineGridTariff(market: string, file: MarketTariffFile, withEnergyShape: boolean): GridTariff {
  const tariff: GridTariff = { market };
  if (file.transmission) tariff.transmission = { rule: file.transmission.rule, rateUSDPerKWYear: figure(file.transmission.rateUSDPerKWYear) };
  const cap = file.capacity;
  if (cap?.rule === 'seasonal') {
    const [a, b, c, d] = cap.seasonalUSDPerMWDay;
    tariff.capacity = { rule: 'seasonal', planningYear: cap.year, seasonalUSDPerMWDay: [figure(a), figure(b), figure(c), figure(d)] };
  } else if (cap) {
    tariff.capacity = { rule: cap.rule, pricesByDeliveryYear: cap.pricesByDeliveryYear.map((p) => ({ startYear: p.year, priceUSDPerMWDay: figure(p.priceUSDPerMWDay) })) };
  }
  if (file.standby) tariff.standby = { shareOfFirmRate: figure(file.standby.shareOfFirmRate) };
  if (file.energyShape && withEnergyShape) tariff.energyShape = { meanUSDPerMWh: figure(file.energyShape.meanUSDPerMWh), exponent: figure(file.energyShape.exponent) };
  return tariff;
}

/**
 * The grid fields a site's model gets from its market: the tariff (transmission, capacity,
 * standby, energy shape) and the host system load — the user's imported one when attached, else
 * the shipped load of the market's balancing authority. Nothing for a market not in the file.
 */
export function siteGridTariff(site: Site, options: { ownEnergyPrice: boolean; attachedSystemLoad?: SystemLoadSeries; siteUtcOffsetHours: number }): { tariff?: GridTariff; systemLoad?: { series: SystemLoadSeries; siteUtcOffsetHours: number } } {
  const market = siteMarketTariff(site);
  const series = options.attachedSystemLoad ?? (market ? bundledSystemLoad(market.systemLoad) : null);
  return {
    ...(market ? { tariff: engineGridTariff(site.gridOperator, market, !options.ownEnergyPrice) } : {}),
    ...(series ? { systemLoad: { series, siteUtcOffsetHours: options.siteUtcOffsetHours } } : {}),
  };
}

/**
 * A user's system load for a site: the parsed file on the clock of the site's market (its
 * balancing authority's, e.g. ERCOT's Central Prevailing Time), or, for a market not in
 * data/grid-tariffs.json, the site's local standard time with US daylight saving.
 */
export function userSystemLoad(site: Site, text: string, fileName: string, siteUtcOffsetHours: number): SystemLoadSeries {
  const ba = siteMarketTariff(site)?.systemLoad;
  const clock = (ba ? BALANCING_AUTHORITY_CLOCKS[ba] : undefined) ?? { standardUtcOffsetHours: siteUtcOffsetHours, daylightSaving: true, label: `UTC${siteUtcOffsetHours} with US daylight saving (the site's clock)` };
  return systemLoadSeries(parseSystemLoadCsv(text, fileName), { id: fileName, name: fileName, clock, source: `user file ${fileName}` });
}
