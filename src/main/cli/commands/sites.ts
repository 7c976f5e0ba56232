import { parseArgs } from 'node:util';
import type { Site } from '../../../api/schemas/site';
import { loadSites } from '../../data/load-sites';
import { capacityTotals, DEFAULT_PORTFOLIO_SITE_SET, sitesInSet, siteSetLabel, type PortfolioSiteSet } from '../../../power-model/portfolio/site-set';
import { summarizeSite } from '../../services/site-summary';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { parseSiteSetArg } from './simulate-shared';

export type PortfolioRow = {
  id: string;
  name: string;
  stargate: boolean;
  state: string;
  gridOperator: string;
  itMW: number;
  facilityMW: number;
  /** The basis the phases were published in; the other column is derived with the design PUE. */
  publishedBasis: 'IT' | 'facility' | 'mixed';
  firstEnergizationYear: number | null;
  lastEnergizationYear: number | null;
  supplyPlan: string;
};

export type PortfolioTotals = { sites: number; label: string; itMW: number; facilityMW: number };

export type PortfolioTable = {
  dataAsOf: string;
  basis: string;
  /** The set the rows and `total` cover (`--sites`, default stargate). */
  siteSet: PortfolioSiteSet;
  rows: PortfolioRow[];
  total: PortfolioTotals;
};

/** Grid draw and the non-cancelled on-site plans, in one line: `grid 1200 MW + gas-ct-aeroderivative 360.5 MW`. */
export function supplyPlan(site: Site): string {
  const parts: string[] = [];
  const poiMW = Math.max(0, ...site.grid.poi.map((p) => p.mw.value));
  parts.push(site.grid.poi.length === 0 ? 'off-grid' : `grid ${round(poiMW)} MW`);
  for (const plan of site.onsite) {
    if (plan.status === 'cancelled') continue;
    parts.push(plan.capacityMW === undefined ? `${plan.technology} (size not given)` : `${plan.technology} ${round(plan.capacityMW.value)} MW`);
  }
  return parts.join(' + ');
}

/** One row per site of the set (cancelled phases left out) and the set's total, named. */
export function portfolioTable(allSites: Site[], set: PortfolioSiteSet = DEFAULT_PORTFOLIO_SITE_SET): PortfolioTable {
  const sites = sitesInSet(allSites, set);
  const rows = sites.map((site): PortfolioRow => {
    const summary = summarizeSite(site);
    const bases = new Set(site.phases.filter((p) => p.status !== 'cancelled').map((p) => p.basis));
    return {
      id: site.id,
      name: site.name,
      stargate: site.stargate,
      state: site.location.state,
      gridOperator: site.gridOperator,
      itMW: summary.itMW,
      facilityMW: summary.facilityMW,
      publishedBasis: bases.size > 1 ? 'mixed' : bases.has('IT') ? 'IT' : 'facility',
      firstEnergizationYear: summary.firstYear,
      lastEnergizationYear: summary.lastYear,
      supplyPlan: supplyPlan(site),
    };
  });
  const capacity = capacityTotals(rows);
  const dates = sites.map((s) => s.dataAsOf).sort();
  return {
    dataAsOf: dates[dates.length - 1] ?? '',
    basis: 'Phases are published as IT or facility MW; the other basis is derived with each site\'s design PUE (facility = IT × PUE). Cancelled phases are excluded.',
    siteSet: set,
    rows,
    total: { sites: capacity.siteCount, label: siteSetLabel(set, capacity.siteCount), itMW: capacity.itMW, facilityMW: capacity.facilityMW },
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function formatTable(table: PortfolioTable): string {
  const header = ['id', 'state', 'grid', 'IT MW', 'facility MW', 'basis', 'first', 'last', 'supply plan'];
  const body = table.rows.map((r) => [
    r.stargate ? r.id : `${r.id}*`,
    r.state,
    r.gridOperator,
    r.itMW.toFixed(0),
    r.facilityMW.toFixed(0),
    r.publishedBasis,
    String(r.firstEnergizationYear ?? '-'),
    String(r.lastEnergizationYear ?? '-'),
    r.supplyPlan,
  ]);
  const t = table.total;
  const all = [header, ...body, ['total', '', '', t.itMW.toFixed(0), t.facilityMW.toFixed(0), '', '', '', t.label]];
  const numeric = new Set([3, 4]);
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === row.length - 1 ? cell : numeric.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ');
  return [
    ...all.slice(0, 1 + body.length).map(line),
    '-'.repeat(widths.reduce((s, w) => s + w + 2, 0)),
    ...all.slice(1 + body.length).map(line),
    '',
    ...(table.rows.some((r) => !r.stargate) ? ['* not branded Stargate.'] : []),
    `Total over ${table.total.label}${table.siteSet === 'stargate' ? ' (--sites all adds the related sites)' : ''}.`,
    table.basis,
    `Data as of ${table.dataAsOf}.`,
  ].join('\n');
}

export const sitesCommand: CliCommand = {
  name: 'sites',
  summary: 'List the sites of the project (the bundled portfolio without --project): capacity by basis, energization years, supply plan, totals',
  usage: 'stargrid sites [--sites stargate|all] [--json] [--project FILE | --dir FOLDER]',
  async run(argv, io) {
    let values: { json?: boolean; dir?: string; project?: string; sites?: string };
    try {
      ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, dir: { type: 'string' }, project: { type: 'string' }, sites: { type: 'string' } }, strict: true, allowPositionals: false }));
    } catch (e) {
      throw new CliUsageError((e as Error).message);
    }
    if (values.dir !== undefined && values.project !== undefined) throw new CliUsageError('--dir and --project: give one (a folder of site files, or a project)');
    const siteSet = parseSiteSetArg(values.sites) ?? DEFAULT_PORTFOLIO_SITE_SET;
    const print = (sites: Site[]) => {
      const table = portfolioTable(sites, siteSet);
      io.stdout(values.json === true ? JSON.stringify(table, null, 2) + '\n' : formatTable(table) + '\n');
    };
    if (values.dir !== undefined) {
      // A folder of site files is read as files (each error with its path), not as a project.
      const { sites, errors } = loadSites(values.dir);
      for (const e of errors) io.stderr(`stargrid sites: ${e.file}: ${e.path}: ${e.message}\n`);
      print(sites);
      return errors.length > 0 ? 1 : 0;
    }
    return withCliServices(values.project, async (svc) => {
      const { sites: listed } = await svc.call('sites:list', {});
      const sites: Site[] = [];
      for (const { id } of listed) sites.push((await svc.call('sites:get', { id })).site);
      print(sites);
      return 0;
    });
  },
};
