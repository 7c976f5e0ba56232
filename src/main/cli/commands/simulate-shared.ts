import { existsSync } from 'node:fs';
import { issuesToLine } from '../../../api/schemas/format-issues';
import { SiteSchema, type Site } from '../../../api/schemas/site';
import type { ServedBasis } from '../../../power-model/basis/served';
import { isPortfolioSiteSet, PORTFOLIO_SITE_SETS, type PortfolioSiteSet } from '../../../power-model/portfolio/site-set';
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
