import type { ScenarioSpec } from '../../../power-model/scenarios/types';
import { createNodeContext } from '../../app-context';
import { createServices } from '../../services/index';
import { CliUsageError } from '../command';
import { cliProjectPath } from '../project-services';

/** "My mix 2" → "my-mix-2": a scenario id from the name the user gave. */
export function scenarioIdFromName(name: string): string {
  const id = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  if (id === '') throw new CliUsageError(`--save-scenario: "${name}" has no letters or digits to make a scenario id from`);
  return id;
}

/**
 * "Use this mix": saves the optimizer's mix as a scenario of the site in the project file, through
 * the same `scenarios:save` service the app calls (so the same validation and the same refusals:
 * a built-in id, a site the project does not hold). Returns the saved id and whether it was new.
 */
export async function saveMixScenario(projectPath: string, siteId: string, scenario: ScenarioSpec): Promise<{ id: string; created: boolean }> {
  const ctx = createNodeContext('web');
  try {
    try {
      ctx.session.open(cliProjectPath(projectPath));
    } catch (error) {
      throw new CliUsageError(`--project: ${error instanceof Error ? error.message : String(error)}`);
    }
    const registry = createServices(ctx);
    const saved = await registry.dispatch('scenarios:save', { scenario, siteId });
    if (!saved.ok) throw new CliUsageError(`--save-scenario: ${saved.error.path ? `${saved.error.path}: ` : ''}${saved.error.message}`);
    const value = saved.value as { scenario: ScenarioSpec; created: boolean };
    return { id: value.scenario.id, created: value.created };
  } finally {
    ctx.session.close();
  }
}
