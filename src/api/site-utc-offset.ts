import { utcOffsetHoursFor } from '../power-model/site-defaults';
import type { Site } from './schemas/site';

/**
 * A site's local standard time offset from UTC, hours: the engine's rule (its state's zone, else
 * the nearest whole hour of its longitude). One function for the engine's weather (main), the
 * exports' timestamps and the 3D sky (renderer).
 */
export function utcOffsetHours(site: Pick<Site, 'location'>): number {
  return utcOffsetHoursFor(site.location.state, site.location.lon.value);
}
