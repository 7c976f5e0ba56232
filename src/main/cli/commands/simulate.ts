import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FLOW_NAMES } from '../../../power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../../power-model/hours';
import { checkInvariants } from '../../../power-model/invariants';
import { SheetError } from '../../../power-model/sheets/types';
import type { SimulationResult } from '../../../power-model/simulate';
import { DEFAULT_RATE_IMPACT_METHODS } from '../../../api/schemas/site-rate-impact';
import { RateImpactInputError } from '../../../power-model/rate-impact/index';
import { bundledHostUtility } from '../../data/load-host-utilities';
import { importLoadCsv } from '../../import/load-csv';
import { importPriceCsv } from '../../import/price-csv';
import type { AttachedSeries } from '../../model/attached-series';
import { ModelRunner } from '../../model/runner';
import { formatSiteRateImpact, plainRateImpact } from '../../rate-impact/cli-report';
import { siteRateImpact } from '../../rate-impact/site-rate-impact';
import { systemPeakHours } from '../../rate-impact/system-peak-hours';
import { weatherFromFile } from '../../model/weather';
import { CliUsageError, type CliCommand } from '../command';
import type { Site } from '../../../api/schemas/site';
import type { ResolvedScenario } from '../../../power-model/scenarios/index';
import { siteWorkbook } from '../../export/export-service';
import { ModelService } from '../../services/model-service';
import { fmt, fmtCostPerMWh, parseYearArg, resolveScenarioArg, resolveSiteArg, servedText } from './simulate-shared';

const USAGE = 'stargrid simulate --site ID|FILE [--scenario NAME|FILE] [--year Y] [--weather FILE] [--load FILE [--load-unit MW|kW]] [--price FILE] [--json] [--hourly OUT.csv] [--xlsx OUT.xlsx] [--rate-impact]';

/** Hourly CSV: one row per model hour, every flow named with its unit. */
export function hourlyCsv(result: SimulationResult): string {
  const header = ['hour', 'facilityMW', 'solarAvailableMW', 'gridPriceUSDPerMWh', ...FLOW_NAMES];
  const lines = [header.join(',')];
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const row = [String(h), num(result.facilityMW[h]), num(result.solarAvailableMW[h]), num(result.gridPriceUSDPerMWh[h])];
    for (const name of FLOW_NAMES) row.push(num(result.flows[name][h]));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}

function num(v: number | undefined): string {
  return String(Math.round((v ?? 0) * 1e6) / 1e6);
}

function textReport(r: SimulationResult): string {
  const s = r.summary;
  const lines = [
    `${s.siteId} × ${s.scenarioId} (${s.strategy}), year ${s.year}${s.year === s.designYear ? ' (design year)' : ` (design year ${s.designYear})`}; weather: ${s.weatherSource.kind} — ${s.weatherSource.label}`,
    ...(s.unservedFlag ? [`  FLAGGED: ${(s.unservedShare * 100).toFixed(1)}% of the load is unserved`] : []),
    ...s.lateAssets.map((a) =>
      a.inService
        ? `  SCHEDULE: ${a.name} is counted in service in ${s.year} (the design basis), but ordered in the planning year it is online in ${a.earliestYear} at the earliest`
        : `  not in service in ${s.year}: ${a.name} (earliest ${a.earliestYear})`,
    ),
    `  installed IT ${fmt(s.installedItMW)} MW, facility peak ${fmt(s.facilityPeakMW)} MW, energy ${fmt(s.energyMWh)} MWh`,
    `  grid ${fmt(s.gridEnergyMWh)} MWh (peak ${fmt(s.gridPeakMW)} of ${fmt(s.gridImportLimitMW)} MW), solar ${fmt(s.solarEnergyMWh)} MWh, thermal ${fmt(s.thermalEnergyMWh)} MWh, battery ${fmt(s.batteryDischargeMWh)} MWh`,
    `  ${servedText(s)}; fuel ${fmt(s.fuelMMBtu)} MMBtu; CO2 ${fmt(s.co2Tonnes)} t (${fmt(s.co2IntensityKgPerMWh)} kg/MWh)`,
    `  capex ${fmt(s.capexUSD / 1e6)} MUSD; annual cost ${fmt(s.annualCostUSD / 1e6)} MUSD; NPV ${fmt(s.npvUSD / 1e6)} MUSD`,
    `  cost per MWh served ${fmtCostPerMWh(s.lcoeUSDPerMWh)}${s.lcoeNote ? ` (${s.lcoeNote})` : ''}; per MWh of load with unserved at VOLL ${fmt(s.vollUSDPerMWh)} USD/MWh: ${fmtCostPerMWh(s.costPerMWhLoadUSDPerMWh)} (unserved value ${fmt(s.unservedValueUSD / 1e6)} MUSD/yr)`,
    `  cost lines (MUSD/yr): ${Object.entries(s.annualCostLinesUSDPerYear).map(([k, v]) => `${k.replace(/USD$/, '')} ${fmt(v / 1e6, 1)}`).join(', ')}`,
    `  time to power: ${s.timeToPower.map((t) => `${t.year} ${fmt(t.shortfallMW)} MW short`).join('; ')}; fully met ${s.firstYearFullyMet ?? 'never in range'}`,
  ];
  return lines.join('\n') + '\n';
}

/**
 * `--load` and `--price` files read by the same importers as `import:load|price`, as series
 * attached to the site for this run (see model/attached-series.ts for how each is used).
 */
function attachedFromFiles(values: { load?: string; 'load-unit'?: string; price?: string }, siteId: string): AttachedSeries {
  const attached: AttachedSeries = {};
  const unit = values['load-unit'];
  if (unit !== undefined && unit !== 'MW' && unit !== 'kW') throw new CliUsageError(`--load-unit must be MW or kW, got "${unit}"`);
  if (unit !== undefined && values.load === undefined) throw new CliUsageError('--load-unit needs --load FILE');
  try {
    if (values.load !== undefined) attached.loadMW = importLoadCsv(readFileSync(values.load, 'utf8'), { file: values.load, ...(unit ? { unit } : {}) }).loadMW;
  } catch (error) {
    throw new CliUsageError(`--load for ${siteId}: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    if (values.price !== undefined) attached.priceUSDPerMWh = importPriceCsv(readFileSync(values.price, 'utf8'), { file: values.price }).priceUSDPerMWh;
  } catch (error) {
    throw new CliUsageError(`--price for ${siteId}: ${(error as Error).message.split('\n')[0]}`);
  }
  return attached;
}

/**
 * `--xlsx FILE`: the same workbook as the `export:workbook` channel (src/main/export), with the
 * rate impact of this scenario when the site has host-utility data (`--rate-impact`'s, or made here).
 */
async function writeWorkbook(file: string, site: Site, scenario: ResolvedScenario, result: SimulationResult, computed: ReturnType<typeof siteRateImpact> | null, weather: { dryBulbC: Float64Array }): Promise<void> {
  let rateImpact: ReturnType<typeof siteRateImpact> | string = computed ?? `no host-utility data for site "${site.id}"`;
  const host = computed ? null : bundledHostUtility(site.id);
  if (host) {
    try {
      rateImpact = siteRateImpact(host, [{ scenarioId: scenario.id, scenarioName: scenario.name, result }], systemPeakHours(weather.dryBulbC), DEFAULT_RATE_IMPACT_METHODS);
    } catch (error) {
      rateImpact = error instanceof Error ? error.message : String(error);
    }
  }
  const { bytes } = await siteWorkbook({ site, scenarioName: scenario.name, result: new ModelService().response(result, true), rateImpact });
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    throw new CliUsageError(`--xlsx: cannot write ${file}: ${(error as Error).message}`);
  }
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'Simulate one site under one scenario for a year, hour by hour: flows, cost, fuel, CO2, time-to-power.',
  usage: USAGE,
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          site: { type: 'string' },
          scenario: { type: 'string' },
          year: { type: 'string' },
          weather: { type: 'string' },
          load: { type: 'string' },
          'load-unit': { type: 'string' },
          price: { type: 'string' },
          json: { type: 'boolean' },
          hourly: { type: 'string' },
          xlsx: { type: 'string' },
          'rate-impact': { type: 'boolean' },
        },
      }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    if (values.site === undefined) throw new CliUsageError('--site is required (a bundled site id or a site JSON file)');
    const site = resolveSiteArg(values.site);
    const scenario = resolveScenarioArg(values.scenario ?? 'grid-only');
    const year = parseYearArg(values.year);
    let weather;
    if (values.weather !== undefined) {
      try {
        weather = weatherFromFile(values.weather, site);
      } catch (error) {
        throw new CliUsageError(`--weather: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const attached = attachedFromFiles(values, site.id);
    let result: SimulationResult;
    const runner = new ModelRunner(undefined, new Map([[site.id, attached]]));
    try {
      result = runner.simulate(site, scenario, { ...(year !== undefined ? { year } : {}), ...(weather ? { weather } : {}) });
    } catch (error) {
      if (error instanceof Error && /^attached (load|price)/.test(error.message)) throw new CliUsageError(`--${error.message.startsWith('attached load') ? 'load' : 'price'}: ${error.message}`);
      if (error instanceof SheetError && error.inputName !== undefined && error.inputName in scenario.overrides) throw new CliUsageError(`scenario "${scenario.id}" overrides: ${error.message}`);
      throw error;
    }
    if (values.hourly !== undefined) writeFileSync(values.hourly, hourlyCsv(result));
    const invariants = checkInvariants(result);
    let rateImpact: ReturnType<typeof siteRateImpact> | null = null;
    if (values['rate-impact'] === true) {
      const host = bundledHostUtility(site.id);
      if (!host) throw new CliUsageError(`--rate-impact: no host-utility data for site "${site.id}" (data/rate-impact/${site.id}.json)`);
      const peaks = systemPeakHours((weather ?? runner.prepare(site).cache.weather).dryBulbC);
      try {
        rateImpact = siteRateImpact(host, [{ scenarioId: scenario.id, scenarioName: scenario.name, result }], peaks, DEFAULT_RATE_IMPACT_METHODS);
      } catch (error) {
        if (error instanceof RateImpactInputError) throw new CliUsageError(`--rate-impact: ${error.message}`);
        throw error;
      }
    }
    if (values.xlsx !== undefined) await writeWorkbook(values.xlsx, site, scenario, result, rateImpact, weather ?? runner.prepare(site).cache.weather);
    if (values.json === true) {
      io.stdout(JSON.stringify({ ...result.summary, invariants, trace: result.economics.trace, ...(rateImpact ? { rateImpact: plainRateImpact(rateImpact) } : {}) }, null, 2) + '\n');
    } else {
      io.stdout(textReport(result));
      if (rateImpact) io.stdout(formatSiteRateImpact(rateImpact));
      io.stdout(`  invariants: ${invariants.ok ? 'hold' : 'VIOLATED ' + JSON.stringify(invariants)}\n`);
      if (values.hourly !== undefined) io.stdout(`  hourly flows written to ${values.hourly}\n`);
      if (values.xlsx !== undefined) io.stdout(`  workbook written to ${values.xlsx}\n`);
    }
    return invariants.ok ? 0 : 1;
  },
};
