import type { AssumptionRow, AssumptionsResponse } from '../../../api/schemas/assumptions';
import { ApiError } from '../../../api/errors';
import type { AssumptionOverride } from '../../db/assumptions-repo';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import type { OpenProject } from '../project-session';

/** The economics sheet of a site × scenario as table rows: current value, default, edit. */
function rows(model: ModelService, project: OpenProject, siteId: string, scenarioId: string): AssumptionsResponse {
  const edited = model.simulate(project, siteId, scenarioId, undefined);
  const site = model.site(project, siteId);
  const scenario = model.scenario(project, scenarioId);
  // The same run without the project's edits gives each row's default.
  const pristine = model.runnerPlain(site).simulate(site, scenario);
  const defaults = pristine.economicsSheet;
  const overrides = new Map<string, AssumptionOverride>();
  for (const o of project.assumptions.listFor(siteId)) overrides.set(o.name, o);
  const result: AssumptionRow[] = [];
  for (const entry of Object.values(edited.economics.trace)) {
    const input = edited.economicsSheet.inputs.find((i) => i.name === entry.name);
    const formula = edited.economicsSheet.formulas.find((f) => f.name === entry.name);
    const o = overrides.get(entry.name);
    result.push({
      name: entry.name,
      kind: entry.kind,
      description: input?.description ?? formula?.description ?? '',
      unit: entry.unit,
      value: entry.value,
      defaultValue: pristine.economics.values[entry.name] ?? entry.value,
      expr: entry.expr ?? null,
      defaultExpr: defaults.formulas.find((f) => f.name === entry.name)?.expr ?? null,
      dependsOn: entry.dependsOn,
      source: entry.source ?? null,
      estimate: entry.estimate === true,
      override: o ? { scope: o.siteId === null ? 'project' : 'site', value: o.value, expr: o.expr, note: o.note } : null,
    });
  }
  return { siteId, scenarioId, sheetTitle: edited.economicsSheet.title, rows: result };
}

export function registerAssumptionHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('assumptions:get', ({ siteId, scenarioId }) => rows(model, ctx.session.require(), siteId, scenarioId));
  registry.register('assumptions:set', ({ siteId, scenarioId, scope, name, value, expr, note }) => {
    const project = ctx.session.require();
    // Evaluate with the edit first: a bad formula or a unit mismatch is refused, naming the row, and nothing is saved.
    model.simulate(project, siteId, scenarioId, undefined, { name, ...(value !== undefined ? { value } : {}), ...(expr !== undefined ? { expr } : {}) });
    project.assumptions.set({ siteId: scope === 'site' ? siteId : null, name, value: value ?? null, expr: expr ?? null, note: note ?? null });
    return rows(model, project, siteId, scenarioId);
  });
  registry.register('assumptions:reset', ({ siteId, scenarioId, scope, name }) => {
    const project = ctx.session.require();
    const removed = project.assumptions.reset(scope === 'site' ? siteId : null, name ?? null);
    if (name !== undefined && removed === 0) throw new ApiError('not-found', `"${name}" has no ${scope} edit to reset`, 'name');
    return rows(model, project, siteId, scenarioId);
  });
}
