import { readFileSync } from 'node:fs';
import { issuesToLine, formatZodIssues } from '../../api/schemas/format-issues';
import { ScenarioSchema } from '../../api/schemas/scenario';
import { BUILT_IN_SCENARIO_IDS, type ResolvedScenario } from '../../power-model/scenarios/types';
import { builtInScenarios, isBuiltInScenarioId, resolveScenario } from '../../power-model/scenarios/resolve';
import { BUILT_IN_SCENARIOS } from '../../power-model/scenarios/built-in';

/** Thrown for a scenario name or file that cannot be used; the message names the field. */
export class ScenarioInputError extends Error {
  override name = 'ScenarioInputError';
}

/** Parses a scenario object (from a file or a project) and merges its base. */
export function parseScenario(value: unknown, label: string): ResolvedScenario {
  const parsed = ScenarioSchema.safeParse(value);
  if (!parsed.success) throw new ScenarioInputError(`${label}: ${issuesToLine(formatZodIssues(parsed.error))}`);
  return resolveScenario(parsed.data);
}

/**
 * A built-in scenario by id, or a user scenario JSON file (which may override any built-in
 * through `base`).
 */
export function loadScenario(nameOrFile: string): ResolvedScenario {
  if (isBuiltInScenarioId(nameOrFile)) return resolveScenario(BUILT_IN_SCENARIOS[nameOrFile]);
  if (!nameOrFile.toLowerCase().endsWith('.json')) {
    throw new ScenarioInputError(`--scenario: "${nameOrFile}" is neither a built-in scenario (${BUILT_IN_SCENARIO_IDS.join(', ')}) nor a .json file`);
  }
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch (error) {
    throw new ScenarioInputError(`--scenario: cannot read ${nameOrFile}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioInputError(`${nameOrFile}: not valid JSON: ${(error as Error).message}`);
  }
  return parseScenario(value, nameOrFile);
}

export { builtInScenarios };
