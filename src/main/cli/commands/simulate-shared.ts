import { existsSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../../api/schemas/scenario';
import { issuesToLine } from '../../../api/schemas/format-issues';
import { SiteSchema, type Site } from '../../../api/schemas/site';
import { BUILT_IN_SCENARIO_IDS, type ResolvedScenario } from '../../../power-model/scenarios/types';
import type { ServedBasis } from '../../../power-model/basis/served';
import { isPortfolioSiteSet, PORTFOLIO_SITE_SETS, type PortfolioSiteSet } from '../../../power-model/portfolio/site-set';
import { loadBundledSites } from '../../bundled-sites';
import { loadJsonFile } from '../../data/load-folder';
import { loadScenario, ScenarioInputError } from '../../model/scenario-file';
import { CliUsageError } from '../command';
import type { CliServices } from '../project-services';

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

/**
 * `--site ID|FILE` as a site of the project the command works on: an id it holds, or a site file
 * saved into the temporary project through `sites:save` (its schema and the engine's checks).
 */
export async function projectSiteArg(svc: CliServices, arg: string): Promise<string> {
  if (arg.toLowerCase().endsWith('.json') || existsSync(arg)) {
    if (!svc.temporary) throw new CliUsageError(`--site: with --project give the id of a site in the project, not a file (${arg})`);
    const site = resolveSiteArg(arg);
    await svc.call('sites:save', { site }, `--site ${arg}`);
    return site.id;
  }
  const listed = await svc.call('sites:list', {});
  if (!listed.sites.some((s) => s.id === arg)) throw new CliUsageError(`--site: unknown site "${arg}" (in the project: ${listed.sites.map((s) => s.id).join(', ')})`);
  return arg;
}

/**
 * `--scenario NAME|FILE` as a scenario id the project knows: a built-in or saved id, or a
 * scenario file saved into the temporary project (for `siteId`, or for every site) through
 * `scenarios:save`, which checks it against the engine.
 */
export async function projectScenarioArg(svc: CliServices, arg: string, siteId: string | null): Promise<string> {
  if (arg.toLowerCase().endsWith('.json') || existsSync(arg)) {
    if (!svc.temporary) throw new CliUsageError(`--scenario: with --project give the id of a scenario in the project, not a file (${arg})`);
    // The file's own errors first (read, JSON, schema), then saved as written so `base` stays a base.
    const { id } = resolveScenarioArg(arg);
    await svc.call('scenarios:save', { scenario: JSON.parse(readFileSync(arg, 'utf8')) as Scenario, siteId }, `--scenario ${arg}`);
    return id;
  }
  const known = await svc.call('scenarios:list', siteId === null ? {} : { siteId });
  if (!known.scenarios.some((s) => s.id === arg)) throw new CliUsageError(`--scenario: "${arg}" is neither a built-in scenario (${BUILT_IN_SCENARIO_IDS.join(', ')}), a scenario of the project nor a file`);
  return arg;
}

/** Parses --sites; a usage error names the flag and the choices. */
export function parseSiteSetArg(arg: string | undefined): PortfolioSiteSet | undefined {
  if (arg === undefined) return undefined;
  if (!isPortfolioSiteSet(arg)) throw new CliUsageError(`--sites: must be one of ${PORTFOLIO_SITE_SETS.join(', ')}, got "${arg}"`);
  return arg;
}

/** A cost per MWh, or why there is none (nothing served). */
export function fmtCostPerMWh(value: number | null): string {
  return value === null ? 'undefined' : `${fmt(value, 1)} USD/MWh`;
}

/** "served 71.2%, unserved 2,656,256 MWh in 5,738 h (FLAGGED > 0.1%)". */
export function servedText(b: ServedBasis): string {
  return `served ${(b.servedShare * 100).toFixed(1)}%, unserved ${fmt(b.unservedEnergyMWh)} MWh in ${b.unservedHours} h${b.unservedFlag ? ' (FLAGGED: more than 0.1% unserved)' : ''}`;
}
