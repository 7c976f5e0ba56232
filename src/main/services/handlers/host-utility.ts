import { ApiError } from '../../../api/errors';
import type { HostUtilityFile } from '../../../api/schemas/host-utility';
import type { HostUtilityResponse } from '../../../api/schemas/host-utility-edit';
import { bundledHostUtility } from '../../data/load-host-utilities';
import { hostUtilityFields, HostUtilityEditError, mergeHostUtility, type HostUtilityEdit } from '../../rate-impact/host-utility-edits';
import type { ServiceContext } from '../context';
import type { HandlerRegistry } from '../registry';
import type { OpenProject } from '../project-session';
import type { ModelService } from '../model-service';
import { DEFAULT_RATE_IMPACT_SCENARIOS, SITE_RATE_IMPACT_METHODS } from '../../../api/schemas/site-rate-impact';
import { computeSiteRateImpact } from './rate-impact';

/** The site's bundled host-utility file; not-found (path `siteId`) when the project has no such site or the site no file. */
function bundledFor(project: OpenProject, siteId: string): HostUtilityFile {
  if (!project.sites.exists(siteId)) throw new ApiError('not-found', `no site "${siteId}" in this project`, 'siteId');
  const host = bundledHostUtility(siteId);
  if (!host) throw new ApiError('not-found', `no host-utility data for site "${siteId}" (data/rate-impact/${siteId}.json)`, 'siteId');
  return host;
}

function editsFor(project: OpenProject, siteId: string): HostUtilityEdit[] {
  return project.hostUtility.listFor(siteId).map((o) => ({ path: o.path, value: o.value, note: o.note }));
}

function merge(bundled: HostUtilityFile, edits: HostUtilityEdit[]): HostUtilityFile {
  try {
    return mergeHostUtility(bundled, edits);
  } catch (error) {
    if (error instanceof HostUtilityEditError) throw new ApiError('invalid-request', error.message, error.path);
    throw error;
  }
}

/** The host-utility description the rate impact of `siteId` uses: the bundled file with the project's edits merged in. */
export function editedHostUtility(project: OpenProject, siteId: string): HostUtilityFile {
  return merge(bundledFor(project, siteId), editsFor(project, siteId));
}

function describe(project: OpenProject, siteId: string): HostUtilityResponse {
  const bundled = bundledFor(project, siteId);
  const edits = editsFor(project, siteId);
  const merged = merge(bundled, edits);
  return { siteId, bundled, edits, merged, fields: hostUtilityFields(bundled, merged, edits) };
}

/**
 * `hostUtility:get|set|reset` (GitHub issues 5 and 7): the user's edits of a site's host-utility
 * numbers, kept in the project file. `set` merges the edit with the others, validates the
 * merged file and runs the site's rate impact on it before saving, so a refused edit leaves
 * nothing behind and Rate impact never meets a file it refuses.
 */
export function registerHostUtilityHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('hostUtility:get', ({ siteId }) => describe(ctx.session.require(), siteId));
  registry.register('hostUtility:set', ({ siteId, path, value, note }) => {
    const project = ctx.session.require();
    const others = editsFor(project, siteId).filter((e) => e.path !== path);
    const merged = merge(bundledFor(project, siteId), [...others, { path, value, note: note ?? null }]);
    // Run the site's rate impact on the merged file as Rate impact will (default scenarios, every allocator): a refusal saves nothing.
    computeSiteRateImpact(model, project, { siteId, scenarioIds: DEFAULT_RATE_IMPACT_SCENARIOS, methods: [...SITE_RATE_IMPACT_METHODS] }, merged, (field) => field || path);
    project.hostUtility.set({ siteId, path, value, note: note ?? null });
    return describe(project, siteId);
  });
  registry.register('hostUtility:reset', ({ siteId, path }) => {
    const project = ctx.session.require();
    bundledFor(project, siteId);
    const removed = project.hostUtility.reset(siteId, path ?? null);
    if (path !== undefined && removed === 0) throw new ApiError('not-found', `${path}: has no edit to reset`, 'path');
    return describe(project, siteId);
  });
}
