import { billChangeColour } from './bill-colour';
import { projectLonLat } from './us-map';

/**
 * A typical household's monthly bill change for a site under the selected scenario (4CP), USD;
 * `usdPerMonth` null when the engine gives no figure, `note` when it could not run.
 */
export type SiteBill = { usdPerMonth: number | null; estimate: boolean; note?: string };

/**
 * One site on the portfolio map, for the selected scenario. `mix`: annual energy by source;
 * `bill`: the residential bill change. Either is null until it arrives.
 */
export type MapSite = {
  id: string;
  name: string;
  facilityMW: number;
  lon: number;
  lat: number;
  mix: { gridMWh: number; gasMWh: number; solarMWh: number; unservedMWh: number } | null;
  bill: SiteBill | null;
};

/** What the columns are coloured by. */
export type MapColouring = 'mix' | 'bill';

export const MIX_SOURCES = ['gridMWh', 'gasMWh', 'solarMWh', 'unservedMWh'] as const;
export type MixSource = (typeof MIX_SOURCES)[number];

/** Column height per GW of facility power, map km, and column radius, km. */
export const COLUMN_KM_PER_GW = 90;
export const COLUMN_RADIUS_KM = 22;

/** A column or a stacked part of one; `colour` is set for bill segments, whose colour varies per site. */
export type ColumnSegment = { siteIndex: number; source: MixSource | 'pending' | 'bill'; x: number; z: number; baseKm: number; heightKm: number; colour?: string };

/** Column height of a site, map km: facility GW × COLUMN_KM_PER_GW, whatever the colouring. */
export function columnHeightKm(site: MapSite): number {
  return (site.facilityMW / 1000) * COLUMN_KM_PER_GW;
}

/**
 * Stacked columns: each site's column is facility GW × COLUMN_KM_PER_GW tall, split by the
 * share of each source in its annual energy (grid at the bottom, then gas, solar, unserved).
 * A site whose mix has not arrived is one 'pending' segment.
 */
export function columnSegments(sites: MapSite[]): ColumnSegment[] {
  const out: ColumnSegment[] = [];
  sites.forEach((site, siteIndex) => {
    const p = projectLonLat(site.lon, site.lat);
    const heightKm = columnHeightKm(site);
    if (!site.mix) {
      out.push({ siteIndex, source: 'pending', x: p.x, z: p.z, baseKm: 0, heightKm });
      return;
    }
    const mix = site.mix;
    const total = MIX_SOURCES.reduce((s, k) => s + Math.max(0, mix[k]), 0);
    let base = 0;
    for (const source of MIX_SOURCES) {
      const share = total > 0 ? Math.max(0, mix[source]) / total : 0;
      if (share <= 0) continue;
      out.push({ siteIndex, source, x: p.x, z: p.z, baseKm: base, heightKm: share * heightKm });
      base += share * heightKm;
    }
  });
  return out;
}

/**
 * One whole column per site coloured by its residential bill change (billChangeColour); a site
 * whose figure has not arrived is a 'pending' column. Heights as in columnSegments.
 */
export function billColumnSegments(sites: MapSite[]): ColumnSegment[] {
  return sites.map((site, siteIndex) => {
    const p = projectLonLat(site.lon, site.lat);
    const base = { siteIndex, x: p.x, z: p.z, baseKm: 0, heightKm: columnHeightKm(site) };
    return site.bill ? { ...base, source: 'bill', colour: billChangeColour(site.bill.usdPerMonth) } : { ...base, source: 'pending' };
  });
}

/** Where a site's map label hangs: just above the top of its column, map km. */
export function mapLabelAnchor(site: MapSite): [number, number, number] {
  const p = projectLonLat(site.lon, site.lat);
  return [p.x, columnHeightKm(site) + 10, p.z];
}

/** A site's column as an upright extent, map km: what map labels keep off. */
export function mapColumnExtent(site: MapSite): { base: [number, number, number]; top: [number, number, number]; radius: number } {
  const p = projectLonLat(site.lon, site.lat);
  return { base: [p.x, 0, p.z], top: [p.x, columnHeightKm(site), p.z], radius: COLUMN_RADIUS_KM };
}
