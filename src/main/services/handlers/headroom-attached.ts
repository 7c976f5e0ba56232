import { ApiError } from '../../../api/errors';
import type { AttachedSystemLoad } from '../../../api/schemas/headroom';
import { utcOffsetHours } from '../../../api/site-utc-offset';
import type { SystemLoadSeries } from '../../../power-model/system-load/types';
import { userSystemLoad } from '../../data/load-grid-tariffs';
import type { OpenProject } from '../project-session';

const KIND = 'system-load';

function summaryField<T extends 'firstHourUtc' | 'hours'>(summary: unknown, key: T): (T extends 'hours' ? number : string) | null {
  const value = typeof summary === 'object' && summary !== null ? (summary as Record<string, unknown>)[key] : undefined;
  return (key === 'hours' ? (typeof value === 'number' ? value : null) : typeof value === 'string' ? value : null) as (T extends 'hours' ? number : string) | null;
}

/** The system-load series attached to the project's sites, in the order of the sites, without their values. */
export function attachedSystemLoads(project: OpenProject): AttachedSystemLoad[] {
  return project.sites.list().flatMap((site) =>
    project.series
      .list(site.id)
      .filter((s) => s.kind === KIND)
      .map((s) => ({ siteId: site.id, siteName: site.name, fileName: s.fileName, importedAt: s.importedAt, firstHourUtc: summaryField(s.summary, 'firstHourUtc'), hours: summaryField(s.summary, 'hours') })),
  );
}

/**
 * The system load attached to `siteId`, read as the model reads it (`userSystemLoad`: on the clock
 * of the site's market), with a key that changes when the series is replaced (its import time), so
 * a prepared copy can be kept while it is unchanged.
 */
export function attachedSystemLoad(project: OpenProject, siteId: string): { key: string; read: () => SystemLoadSeries } {
  const site = project.sites.get(siteId);
  if (!site) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
  const stored = project.series.get(siteId, KIND);
  if (!stored) throw new ApiError('not-found', `${site.name} has no host system load attached; attach one with Import → Host system load`, 'siteId');
  const fileName = stored.info.fileName ?? 'system-load.csv';
  return {
    key: `${project.path}\u0000${siteId}\u0000${stored.info.importedAt}`,
    read: () => userSystemLoad(site, stored.body.toString('utf8'), fileName, utcOffsetHours(site)),
  };
}
