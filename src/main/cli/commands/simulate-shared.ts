import { existsSync } from 'node:fs';
import { issuesToLine } from '../../../api/schemas/format-issues';
import { SiteSchema, type Site } from '../../../api/schemas/site';
import type { ResolvedScenario } from '../../../power-model/scenarios/types';
import { loadBundledSites } from '../../bundled-sites';
import { loadJsonFile } from '../../data/load-folder';
import { loadScenario, ScenarioInputError } from '../../model/scenario-file';
import { CliUsageError } from '../command';

/** A bundled site by id, or a site JSON file. */
export function resolveSiteArg(arg: string): Site {
  if (arg.toLowerCase().endsWith('.json') || existsSync(arg)) {
    const result = loadJsonFile(arg, SiteSchema);
    if (!result.ok) throw new CliUsageError(`${arg}: ${issuesToLine(result.errors)}`);
    return result.value;
  }
  const sites = loadBundledSites();
  const site = sites.find((s) => s.id === arg);
  if (!site) throw new CliUsageError(`--site: unknown site "${arg}" (bundled: ${sites.map((s) => s.id).join(', ')})`);
  return site;
}

/** A built-in scenario id or a scenario file, with input errors as usage errors. */
export function resolveScenarioArg(arg: string): ResolvedScenario {
  try {
    return loadScenario(arg);
  } catch (error) {
    if (error instanceof ScenarioInputError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** Parses --year; a usage error names the flag. */
export function parseYearArg(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined;
  const year = Number(arg);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliUsageError(`--year: must be a whole year 2000–2100, got "${arg}"`);
  return year;
}

export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
