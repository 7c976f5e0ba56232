import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatZodIssues } from '../../../api/schemas/format-issues';
import { RateImpactInputSchema } from '../../../api/schemas/rate-impact';
import { computeRateImpact, RateImpactInputError, type RateImpactInput, type RateImpactResult } from '../../../power-model/rate-impact/index';
import type { SiteRateImpactMethod } from '../../../api/schemas/site-rate-impact';
import { formatSiteRateImpact } from '../../rate-impact/cli-report';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { parseYearArg, projectScenarioArg, projectSiteArg } from './simulate-shared';

/**
 * Reads and validates a rate-impact input file. Bad JSON, a schema problem or an engine-level
 * input problem becomes one CliUsageError line naming the field.
 */
export function readRateImpactInput(path: string): RateImpactInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(`--input: cannot read ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`--input: ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = RateImpactInputSchema.safeParse(raw);
  if (!parsed.success) {
    const first = formatZodIssues(parsed.error)[0];
    throw new CliUsageError(first ? `${first.path}: ${first.message}` : 'invalid input');
  }
  const { _sources: _ignored, ...input } = parsed.data;
  return input;
}

/** Runs the engine, turning an input the engine refuses into a usage error (exit 2). */
export function runRateImpact(input: RateImpactInput): RateImpactResult {
  try {
    return computeRateImpact(input);
  } catch (error) {
    if (error instanceof RateImpactInputError) throw new CliUsageError(error.message);
    throw error;
  }
}

const fmt = (value: number | null | undefined, digits: number): string => (value === null || value === undefined ? '-' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const musd = (usd: number | null | undefined): string => (usd === null || usd === undefined ? '-' : `${fmt(usd / 1e6, 1)} M USD`);

/** A short readable report: the residential result, the load's side, the market, the allocators. */
export function formatRateImpact(result: RateImpactResult): string {
  const lines: string[] = [];
  const r = result.residential;
  if (result.utilityName) lines.push(`${result.utilityName} (${result.structure})`);
  lines.push('Residential');
  if (r.revenueRequirementChangeUSD !== null) {
    lines.push(
      `  revenue requirement change   ${musd(r.revenueRequirementChangeUSD)}/yr  (cost-based: ${musd(r.costBasedRevenueRequirementChangeUSD)}/yr)`,
      `  rate change                  ${fmt(r.rateChangeCentsPerKWh, 3)} ¢/kWh  (${fmt(r.rateChangePct, 2)} % of ${fmt(r.baselineRateCentsPerKWh, 2)} ¢/kWh)`,
    );
  }
  lines.push(`  typical bill change          ${fmt(r.billChangeUSDPerMonth, 2)} USD/month${r.capacityMarketBillChangeUSDPerMonth !== 0 ? ` (capacity market ${fmt(r.capacityMarketBillChangeUSDPerMonth, 2)})` : ''}`);
  const load = result.largeLoad;
  if (load) {
    lines.push(
      'Large load',
      `  billed demand                ${fmt(load.billedDemandMW, 1)} MW`,
      `  revenue                      ${musd(load.revenueUSD)}/yr`,
      `  cost to serve                ${musd(load.costToServeUSD)}/yr`,
      `  contribution                 ${musd(load.contributionUSD)}/yr`,
    );
  }
  const inc = result.incrementalCost;
  if (inc) {
    lines.push(
      'Incremental cost',
      `  new capacity                 ${fmt(inc.capacityNeedMW, 1)} MW, FCR ${fmt(inc.fixedChargeRatePct, 2)} %/yr`,
      `  capacity (levelized / yr 1)  ${musd(inc.capacityLevelizedUSDPerYear)} / ${musd(inc.capacityFirstYearUSD)}`,
    );
  }
  const market = result.capacityMarket;
  if (market) {
    lines.push(
      'Capacity market',
      `  cost with the load           ${musd(market.costUSD)}/yr${market.costChangeUSD === null ? '' : `  (change ${musd(market.costChangeUSD)}/yr)`}`,
    );
    if (market.residentialBillChangeUSDPerMonth !== null) lines.push(`  residential bill change      ${fmt(market.residentialBillChangeUSDPerMonth, 4)} USD/month per customer`);
  }
  if (result.methodComparison.length > 0) {
    lines.push(`Allocator for ${result.methodComparison[0]?.pool} (residential bill change, large-load share)`);
    for (const m of result.methodComparison) {
      lines.push(`  ${m.method.padEnd(20)} ${fmt(m.residential.billChangeUSDPerMonth, 2).padStart(8)} USD/month  ${fmt(100 * m.largeLoadShare, 1).padStart(5)} %`);
    }
  }
  if (result.series.length > 0) {
    lines.push('Year  load %  bill change USD/month');
    for (const y of result.series) lines.push(`${y.year}  ${fmt(y.loadRampPct, 0).padStart(6)}  ${fmt(y.residential.billChangeUSDPerMonth, 2).padStart(8)}`);
  }
  return lines.join('\n');
}

export const rateImpactCommand: CliCommand = {
  name: 'rate-impact',
  summary: 'Residential rate and bill impact of a large load on its host utility: from a file (--input), or for a site of the project under its scenarios (--site)',
  usage: 'stargrid rate-impact --input FILE [--json] | --site ID [--scenario NAME]… [--method 4CP|12CP|1CP|energy|average-and-excess]… [--year Y] [--json] [--project FILE]',
  async run(argv, io) {
    let values: { input?: string; json?: boolean; site?: string; scenario?: string[]; method?: string[]; year?: string; project?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { input: { type: 'string' }, json: { type: 'boolean' }, site: { type: 'string' }, scenario: { type: 'string', multiple: true }, method: { type: 'string', multiple: true }, year: { type: 'string' }, project: { type: 'string' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    if ((values.input === undefined) === (values.site === undefined)) throw new CliUsageError('give --input FILE (a utility-and-load file) or --site ID (a site of the project)');
    if (values.input !== undefined) {
      const result = runRateImpact(readRateImpactInput(values.input));
      io.stdout(values.json === true ? JSON.stringify(result, null, 2) + '\n' : formatRateImpact(result) + '\n');
      return 0;
    }
    const { site, scenario, method, json } = values;
    const year = parseYearArg(values.year);
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, site ?? '');
      const scenarioIds = scenario === undefined ? undefined : await Promise.all(scenario.map((s) => projectScenarioArg(svc, s, siteId)));
      const request = { siteId, ...(scenarioIds ? { scenarioIds } : {}), ...(method ? { methods: method as SiteRateImpactMethod[] } : {}), ...(year !== undefined ? { year } : {}) };
      const response = await svc.call('rateImpact:site', request, '--site');
      io.stdout(json === true ? JSON.stringify(response, null, 2) + '\n' : formatSiteRateImpact(response));
      return 0;
    });
  },
};
