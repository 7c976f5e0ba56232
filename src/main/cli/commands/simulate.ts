import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { HourlySeriesName } from '../../../api/schemas/model';
import { DEFAULT_RATE_IMPACT_METHODS } from '../../../api/schemas/site-rate-impact';
import { FLOW_NAMES } from '../../../power-model/dispatch/types';
import { HOURS_PER_YEAR } from '../../../power-model/hours';
import type { SimulationSummary } from '../../../power-model/simulate';
import { formatSiteRateImpact, plainRateImpact } from '../../rate-impact/cli-report';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices, type CliServices } from '../project-services';
import { permitLines } from './permit-lines';
import { fmt, fmtCostPerMWh, parseYearArg, projectScenarioArg, projectSiteArg, servedText } from './simulate-shared';
import { applyGridFlags, flexibleText, GRID_FLAG_OPTIONS } from './simulate-grid-flags';
import { applyPermitFuelFlags, PERMIT_FUEL_FLAG_OPTIONS } from './simulate-permit-flags';

const USAGE = 'stargrid simulate --site ID|FILE [--scenario NAME|FILE] [--year Y] [--weather FILE] [--load FILE [--load-unit MW|kW]] [--price FILE] [--system-load FILE] [--system-year Y] [--firm-mw N] [--flexible-mw N] [--curtail-cost USD] [--flexible-queue-months M] [--firm-queue-months M] [--hours-per-unit H] [--nox-tons T] [--co-tons T] [--co2-tonnes T] [--scr on|off] [--permit-order chronological|priority] [--pipeline-mmbtu-day N] [--pipeline-mmbtu-hour N] [--gas-service firm|interruptible] [--storage-hours H] [--distillate-hours H] [--distillate-refill-mmbtu-day N] [--json] [--hourly OUT.csv] [--xlsx OUT.xlsx] [--rate-impact] [--project FILE]';

/** Hourly CSV: one row per model hour, every flow named with its unit, from model:simulate's hourly series. */
export function hourlyCsv(hourly: Record<HourlySeriesName, ArrayLike<number>>): string {
  const header = ['hour', 'facilityMW', 'solarAvailableMW', 'gridPriceUSDPerMWh', ...FLOW_NAMES];
  const lines = [header.join(',')];
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const row = [String(h), num(hourly.facilityMW[h]), num(hourly.solarAvailableMW[h]), num(hourly.gridPriceUSDPerMWh[h])];
    for (const name of FLOW_NAMES) row.push(num(hourly[name][h]));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}

function num(v: number | undefined): string {
  return String(Math.round((v ?? 0) * 1e6) / 1e6);
}

function textReport(s: SimulationSummary): string {
  const lines = [
    `${s.siteId} × ${s.scenarioId} (${s.strategy}), year ${s.year}${s.year === s.designYear ? ' (design year)' : ` (design year ${s.designYear})`}; weather: ${s.weatherSource.kind} — ${s.weatherSource.label}`,
    ...(s.unservedFlag ? [`  FLAGGED: ${(s.unservedShare * 100).toFixed(1)}% of the load is unserved`] : []),
    ...s.lateAssets.map((a) =>
      a.inService
        ? `  SCHEDULE: ${a.name} is counted in service in ${s.year} (the design basis), but ordered in the planning year it is online in ${a.earliestYear} at the earliest`
        : `  not in service in ${s.year}: ${a.name} (earliest ${a.earliestYear})`,
    ),
    `  installed IT ${fmt(s.installedItMW)} MW, facility peak ${fmt(s.facilityPeakMW)} MW, energy ${fmt(s.energyMWh)} MWh`,
    `  grid ${fmt(s.gridEnergyMWh)} MWh (peak ${fmt(s.gridPeakMW)} of ${fmt(s.gridImportLimitMW)}${s.flexibleConnection?.inService ? ` firm + ${fmt(s.flexibleConnection.flexibleMW)} flexible` : ''} MW), solar ${fmt(s.solarEnergyMWh)} MWh, thermal ${fmt(s.thermalEnergyMWh)} MWh, battery ${fmt(s.batteryDischargeMWh)} MWh`,
    `  ${servedText(s)}; fuel ${fmt(s.fuelMMBtu)} MMBtu; CO2 ${fmt(s.co2Tonnes)} t (${fmt(s.co2IntensityKgPerMWh)} kg/MWh)`,
    ...permitLines(s),
    `  capex ${fmt(s.capexUSD / 1e6)} MUSD; annual cost ${fmt(s.annualCostUSD / 1e6)} MUSD; NPV ${fmt(s.npvUSD / 1e6)} MUSD`,
    `  cost per MWh served ${fmtCostPerMWh(s.lcoeUSDPerMWh)}${s.lcoeNote ? ` (${s.lcoeNote})` : ''}; per MWh of load with unserved at VOLL ${fmt(s.vollUSDPerMWh)} USD/MWh: ${fmtCostPerMWh(s.costPerMWhLoadUSDPerMWh)} (unserved value ${fmt(s.unservedValueUSD / 1e6)} MUSD/yr)`,
    `  cost lines (MUSD/yr): ${Object.entries(s.annualCostLinesUSDPerYear).map(([k, v]) => `${k.replace(/USDPerYear$|USD$/, '')} ${fmt(v / 1e6, 1)}`).join(', ')}`,
    ...flexibleText(s.flexibleConnection),
    `  time to power: ${s.timeToPower.map((t) => `${t.year} ${fmt(t.shortfallMW)} MW short`).join('; ')}; fully met ${s.firstYearFullyMet ?? 'never in range'}`,
  ];
  return lines.join('\n') + '\n';
}

/** The text of a file named by `flag`, or a usage error naming the flag and the site. */
function fileText(path: string, flag: string, siteId: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(`${flag} for ${siteId}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * `--load`, `--price` and `--weather` files attached to the site in the temporary project by the
 * same `import:*` handlers as the import dialog (so the same checks, e.g. a load against the
 * site's IT capacity), replacing the built-in inputs for this run.
 */
async function attachFiles(svc: CliServices, values: { load?: string; 'load-unit'?: string; price?: string; weather?: string; 'system-load'?: string }, siteId: string): Promise<void> {
  const unit = values['load-unit'];
  if (unit !== undefined && unit !== 'MW' && unit !== 'kW') throw new CliUsageError(`--load-unit must be MW or kW, got "${unit}"`);
  if (unit !== undefined && values.load === undefined) throw new CliUsageError('--load-unit needs --load FILE');
  const given = (['load', 'price', 'weather', 'system-load'] as const).filter((k) => values[k] !== undefined);
  if (given.length > 0 && !svc.temporary) throw new CliUsageError(`--${given[0]}: with --project the run uses the series attached in the project (import them in the app); leave out --project to try a file`);
  if (values.load !== undefined) await svc.call('import:load', { text: fileText(values.load, '--load', siteId), fileName: basename(values.load), attachTo: siteId, ...(unit ? { unit } : {}) }, `--load for ${siteId}`);
  if (values.price !== undefined) await svc.call('import:price', { text: fileText(values.price, '--price', siteId), fileName: basename(values.price), attachTo: siteId }, `--price for ${siteId}`);
  if (values.weather !== undefined) await svc.call('import:weather', { text: fileText(values.weather, '--weather', siteId), fileName: basename(values.weather), attachTo: siteId }, `--weather for ${siteId}`);
  const system = values['system-load'];
  if (system !== undefined) await svc.call('import:systemLoad', { text: fileText(system, '--system-load', siteId), fileName: basename(system), attachTo: siteId }, `--system-load for ${siteId}`);
}

/**
 * `--system-year Y`: the calendar year of the host system's load whose peaks the grid charges
 * read, set as the site's `systemLoadYear` assumption in the temporary project through
 * `assumptions:set` (which runs the site with it first, so a year the series lacks is refused).
 */
async function setSystemYear(svc: CliServices, arg: string | undefined, siteId: string, scenarioId: string): Promise<void> {
  if (arg === undefined) return;
  const year = Number(arg);
  if (!/^\d{4}$/.test(arg) || !Number.isInteger(year)) throw new CliUsageError(`--system-year: must be a whole year such as 2019, got "${arg}"`);
  if (!svc.temporary) throw new CliUsageError('--system-year: with --project set the site\'s systemLoadYear assumption in the project (Assumptions in the app); leave out --project to try a year');
  await svc.call('assumptions:set', { siteId, scenarioId, scope: 'site', name: 'systemLoadYear', value: year }, '--system-year');
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
          'system-load': { type: 'string' },
          'system-year': { type: 'string' },
          json: { type: 'boolean' },
          hourly: { type: 'string' },
          xlsx: { type: 'string' },
          'rate-impact': { type: 'boolean' },
          project: { type: 'string' },
          ...GRID_FLAG_OPTIONS,
          ...PERMIT_FUEL_FLAG_OPTIONS,
        },
      }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    if (values.site === undefined) throw new CliUsageError('--site is required (a bundled site id or a site JSON file)');
    const year = parseYearArg(values.year);
    const site = values.site;
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, site);
      const gridId = await applyGridFlags(svc, values, await projectScenarioArg(svc, values.scenario ?? 'grid-only', siteId), siteId);
      const scenarioId = await applyPermitFuelFlags(svc, values, gridId, siteId);
      await attachFiles(svc, values, siteId);
      await setSystemYear(svc, values['system-year'], siteId, scenarioId);
      const response = await svc.call('model:simulate', { siteId, scenarioId, hourly: values.hourly !== undefined, ...(year !== undefined ? { year } : {}) }, '--scenario');
      if (values.hourly !== undefined && response.hourly) writeFileSync(values.hourly, hourlyCsv(response.hourly));
      const rateImpact = values['rate-impact'] === true ? await svc.call('rateImpact:site', { siteId, scenarioIds: [scenarioId], methods: DEFAULT_RATE_IMPACT_METHODS, ...(year !== undefined ? { year } : {}) }, '--rate-impact') : null;
      if (values.xlsx !== undefined) {
        // The same workbook as the export:workbook channel (src/main/export).
        const workbook = await svc.call('export:workbook', { siteId, scenarioId, ...(year !== undefined ? { year } : {}) }, '--xlsx');
        try {
          writeFileSync(values.xlsx, Buffer.from(workbook.base64, 'base64'));
        } catch (error) {
          throw new CliUsageError(`--xlsx: cannot write ${values.xlsx}: ${(error as Error).message}`);
        }
      }
      const { invariants } = response;
      if (values.json === true) {
        io.stdout(JSON.stringify({ ...response, ...(rateImpact ? { rateImpact: plainRateImpact(rateImpact) } : {}) }, null, 2) + '\n');
      } else {
        io.stdout(textReport(response.summary));
        if (rateImpact) io.stdout(formatSiteRateImpact(rateImpact));
        io.stdout(`  invariants: ${invariants.ok ? 'hold' : 'VIOLATED ' + JSON.stringify(invariants)}\n`);
        if (values.hourly !== undefined) io.stdout(`  hourly flows written to ${values.hourly}\n`);
        if (values.xlsx !== undefined) io.stdout(`  workbook written to ${values.xlsx}\n`);
      }
      return invariants.ok ? 0 : 1;
    });
  },
};
