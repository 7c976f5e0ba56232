import type { Site } from './schemas/site';

/** Local standard time offset by state (hours from UTC) for the bundled states. */
const UTC_OFFSET_BY_STATE: Readonly<Record<string, number>> = { TX: -6, NM: -7, OH: -5, MI: -5, WI: -6 };

/**
 * A site's local standard time offset from UTC, hours: by state for the bundled states, else the
 * nearest whole hour of its longitude. One function for the engine's weather (main), the exports'
 * timestamps and the 3D sky (renderer).
 */
export function utcOffsetHours(site: Pick<Site, 'location'>): number {
  return UTC_OFFSET_BY_STATE[site.location.state] ?? Math.round(site.location.lon.value / 15);
}
