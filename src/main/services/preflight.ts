import type { Site } from '../../api/schemas/site';
import { BUILT_IN_SCENARIOS, BUILT_IN_SCENARIO_IDS, resolveScenario, type ResolvedScenario } from '../../power-model/scenarios/index';
import type { AttachedSeries } from '../model/attached-series';
import type { ModelRunner } from '../model/runner';
import { DEFAULT_RATE_IMPACT_SCENARIOS, SITE_RATE_IMPACT_METHODS } from '../../api/schemas/site-rate-impact';
import { bundledHostUtility } from '../data/load-host-utilities';
import type { ScenarioRun } from '../rate-impact/site-rate-impact';
import { systemPeakHours } from '../rate-impact/system-peak-hours';
import { editedHostUtility } from './handlers/host-utility';
import { rateImpactOfRuns } from './handlers/rate-impact';
import { engineRefusal, type RefusalPaths } from './engine-refusal';
import { attachedFromRepo, type ModelService } from './model-service';
import type { OpenProject } from './project-session';

/**
 * Checks before a write (issue 12: what the engine would refuse is refused when it is entered).
 * Each check runs the engine the way a later run will — the site model, the load, the dispatch
 * and the economics sheet, with the project's assumption edits — on the state the write would
 * leave, and throws the first refusal as `invalid-request` naming the field. Nothing is written
 * by a check; the handler writes only after it passes.
 */

/** Every scenario that runs on `siteId`: the built-ins, then the project's scenarios for it or for every site. */
export function scenariosForSite(project: OpenProject, siteId: string): ResolvedScenario[] {
  const saved = project.scenarios.list(siteId).map(({ scenario }) => resolveScenario(scenario));
  return [...BUILT_IN_SCENARIO_IDS.map((id) => resolveScenario(BUILT_IN_SCENARIOS[id])), ...saved];
}

/**
 * A site as it would be saved (new or edited), with `attached` series (default: those stored for
 * its id), run under every scenario that applies to it. Refusals point at `path`. Returns the
 * runner, which the caller hands to `model.adopt` once the write is done.
 */
export function checkSite(model: ModelService, project: OpenProject, site: Site, path: string, attached?: AttachedSeries): ModelRunner {
  const series = attached ?? (project.sites.exists(site.id) ? attachedFromRepo(project.series, site) : undefined);
  const runner = model.trialRunner(site, series);
  const paths: RefusalPaths = { site: path, scenarioField: () => path, override: () => path };
  const runs = new Map<string, ScenarioRun>();
  for (const scenario of scenariosForSite(project, site.id)) {
    try {
      runs.set(scenario.id, { scenarioId: scenario.id, scenarioName: scenario.name, result: model.runWithEdits(project, site, scenario, runner) });
    } catch (error) {
      throw engineRefusal(error, `${site.id} × ${scenario.id}`, paths);
    }
  }
  // Rate impact runs on what the site draws from the grid: run it as Rate impact will.
  const bundled = bundledHostUtility(site.id);
  const host = bundled !== null && project.sites.exists(site.id) ? editedHostUtility(project, site.id) : bundled;
  if (host !== null) {
    const impactRuns = DEFAULT_RATE_IMPACT_SCENARIOS.map((id) => runs.get(id)).filter((r): r is ScenarioRun => r !== undefined);
    rateImpactOfRuns(site.id, host, impactRuns, systemPeakHours(runner.prepare(site).cache.weather.dryBulbC), [...SITE_RATE_IMPACT_METHODS], () => path);
  }
  return runner;
}

/**
 * A scenario as it would be saved, run on the site it belongs to or, for a scenario of every
 * site, on each site of the project. Its own fields are named under `path`
 * (`scenario.overrides.gasPriceUSDPerMMBtu`, `scenario.btm.thermal.0.technology`).
 */
export function checkScenario(model: ModelService, project: OpenProject, scenario: ResolvedScenario, siteId: string | null, path: string): void {
  const sites = siteId === null ? project.sites.list() : [model.site(project, siteId)];
  const paths: RefusalPaths = { site: path, scenarioField: (field) => `${path}.${field}`, override: (name) => `${path}.overrides.${name}` };
  for (const site of sites) {
    try {
      model.runWithEdits(project, site, scenario, model.projectRunner(project, site));
    } catch (error) {
      throw engineRefusal(error, `${site.id} × ${scenario.id}`, paths);
    }
  }
}
