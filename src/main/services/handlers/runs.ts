import { ApiError } from '../../../api/errors';
import { BUILT_IN_SCENARIOS, isBuiltInScenarioId } from '../../../power-model/scenarios/index';
import type { ScenarioSpec } from '../../../power-model/scenarios/types';
import { foldOverrides } from '../../db/assumptions-repo';
import { RunManager } from '../../runs/run-manager';
import { attachedFromRepo, type ModelService } from '../model-service';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

/**
 * Long runs: queued here, worked in threads, polled for progress, cancelled on request. A run
 * holds its project's file until it ends, so its result lands in that file whatever is open by
 * then; status and cancel see only the runs of the open project.
 */
export function registerRunHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService, manager: RunManager = new RunManager()): RunManager {
  registry.register('runs:list', ({ siteId, limit }) => ({ runs: ctx.session.require().runs.list(siteId, limit) }));
  registry.register('runs:start', ({ kind, siteId, scenarioId, params }) => {
    const project = ctx.session.require();
    const site = project.sites.get(siteId);
    if (!site) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    let scenario: ScenarioSpec;
    if (isBuiltInScenarioId(scenarioId)) scenario = BUILT_IN_SCENARIOS[scenarioId];
    else {
      const saved = project.scenarios.get(scenarioId);
      if (!saved) throw new ApiError('not-found', `no scenario with id "${scenarioId}"`, 'scenarioId');
      scenario = saved.scenario;
    }
    // A run sees what the workbench sees: the project's assumption edits and the attached series.
    // Stored edits apply where this site × scenario's sheet has their names (a project-wide battery
    // capex edit does nothing where there is no battery): the workbench's own run says which.
    const sheet = model.simulate(project, siteId, scenarioId, params.year).economicsSheet;
    const names = new Set([...sheet.inputs.map((i) => i.name), ...sheet.formulas.map((f) => f.name)]);
    const stored = foldOverrides(project.assumptions.listFor(siteId));
    const values = Object.fromEntries(Object.entries(stored.values).filter(([name]) => names.has(name)));
    const formulas = Object.fromEntries(Object.entries(stored.formulas).filter(([name]) => names.has(name)));
    const attached = attachedFromRepo(project.series, site);
    const withEdits: ScenarioSpec = { ...scenario, overrides: { ...scenario.overrides, ...values } };
    const owner = { projectPath: project.path, history: project.readOnly ? null : project.runs, release: ctx.session.retain(project) };
    return manager.start({ kind, site, scenario: withEdits, params, formulas, ...(attached ? { attached } : {}) }, scenarioId, owner);
  });
  registry.register('runs:status', ({ runId }) => {
    const state = manager.status(runId, ctx.session.get()?.path ?? null);
    if (!state) throw new ApiError('not-found', `no run ${runId} in the open project`, 'runId');
    return state;
  });
  registry.register('runs:cancel', ({ runId }) => ({ cancelling: manager.cancel(runId, ctx.session.get()?.path ?? null) }));
  return manager;
}
