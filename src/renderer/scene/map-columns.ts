import { projectLonLat } from './us-map';

/** One site on the portfolio map. `mix`: annual energy by source for the selected scenario. */
export type MapSite = {
  id: string;
  name: string;
  facilityMW: number;
  lon: number;
  lat: number;
  mix: { gridMWh: number; gasMWh: number; solarMWh: number; unservedMWh: number } | null;
};

export const MIX_SOURCES = ['gridMWh', 'gasMWh', 'solarMWh', 'unservedMWh'] as const;
export type MixSource = (typeof MIX_SOURCES)[number];

/** Column height per GW of facility power, map km, and column radius, km. */
export const COLUMN_KM_PER_GW = 90;
export const COLUMN_RADIUS_KM = 22;

export type ColumnSegment = { siteIndex: number; source: MixSource | 'pending'; x: number; z: number; baseKm: number; heightKm: number };

/**
 * Stacked columns: each site's column is facility GW × COLUMN_KM_PER_GW tall, split by the
 * share of each source in its annual energy (grid at the bottom, then gas, solar, unserved).
 * A site whose mix has not arrived is one 'pending' segment.
 */
export function columnSegments(sites: MapSite[]): ColumnSegment[] {
  const out: ColumnSegment[] = [];
  sites.forEach((site, siteIndex) => {
    const p = projectLonLat(site.lon, site.lat);
    const heightKm = (site.facilityMW / 1000) * COLUMN_KM_PER_GW;
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
