import { parseArgs } from 'node:util';
import type { FirmCapacityResponse } from '../../../api/schemas/firm-capacity';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { fmt, parseYearArg, projectScenarioArg, projectSiteArg } from './simulate-shared';

const USAGE = 'stargrid firm-capacity --site ID|FILE --scenario NAME|FILE [--year Y] [--reserve K] [--json] [--project FILE]';

/** The waterfall as text, one step a line, each with what it takes off. */
export function firmCapacityText(r: FirmCapacityResponse): string {
  const lines = [
    `${r.siteId} × ${r.scenarioId} (${r.year}): firm on-site capacity on the hot day`,
    `  nameplate ${fmt(r.nameplateMW, 1)} MW`,
    `  at ${fmt(r.designTempC, 1)} °C (0.4% design dry-bulb): −${fmt(r.ambientLossMW, 1)} MW → ${fmt(r.deratedMW, 1)} MW`,
    `  at ${fmt(r.elevationM)} m elevation: −${fmt(r.altitudeLossMW, 1)} MW → ${fmt(r.altitudeDeratedMW, 1)} MW`,
    `  N+${r.reserveUnits}: largest unit(s) out: −${fmt(r.largestUnitsMW, 1)} MW → ${fmt(r.reserveFirmMW, 1)} MW`,
    ...limitLines(r),
    `  firm ${fmt(r.firmMW, 1)} MW`,
    ...r.blocks.map((b) => `    ${b.name}: ${b.units} × ${fmt(b.unitMW, 1)} MW, ${(b.ambientFraction * 100).toFixed(1)}% at the design temperature, ${(b.altitudeFraction * 100).toFixed(1)}% at the elevation → ${fmt(b.deratedUnitMW, 2)} MW each`),
    `  grid import limit ${fmt(r.gridImportLimitMW, 1)} MW`,
    `  smallest margin: hour ${r.smallestMargin.hour} at ${fmt(r.smallestMargin.dryBulbC, 1)} °C, firm supply ${fmt(r.smallestMargin.firmSupplyMW, 1)} MW − load ${fmt(r.smallestMargin.loadMW, 1)} MW = ${fmt(r.smallestMargin.marginMW, 1)} MW`,
    `  elevation: ${r.elevationSource}`,
    `  not counted yet: ${r.notCounted.join('; ')}`,
  ];
  return lines.join('\n') + '\n';
}

/** The fuel and permit steps, when the scenario sets such limits. */
function limitLines(r: FirmCapacityResponse): string[] {
  const l = r.limits;
  const lines: string[] = [];
  if (l.fuelMMBtuPerHour !== null) lines.push(`  fuel on hand through the design day (${fmt(l.fuelMMBtuPerHour, 0)} MMBtu/h): −${fmt(l.pipelineLossMW, 1)} MW → ${fmt(l.pipelineFirmMW, 1)} MW`);
  if (l.permitBinding !== null || l.permitLossMW > 0) lines.push(`  permits over the ${fmt(l.needHours)} h a year the campus needs the fleet (${fmt(l.needMWh, 0)} MWh)${l.permitBinding === null ? '' : `, ${l.permitBinding} binding`}: −${fmt(l.permitLossMW, 1)} MW → ${fmt(l.permitFirmMW, 1)} MW`);
  return lines;
}

export const firmCapacityCommand: CliCommand = {
  name: 'firm-capacity',
  summary: 'Firm on-site MW of a site × scenario on its hot day: nameplate → ambient → altitude → N+k → fuel → permits → firm, and the tightest hour.',
  usage: USAGE,
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { site: { type: 'string' }, scenario: { type: 'string' }, year: { type: 'string' }, reserve: { type: 'string' }, json: { type: 'boolean' }, project: { type: 'string' } } }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    if (values.site === undefined) throw new CliUsageError(`--site is required (${USAGE})`);
    if (values.scenario === undefined) throw new CliUsageError(`--scenario is required (${USAGE})`);
    const year = parseYearArg(values.year);
    const reserve = values.reserve;
    if (reserve !== undefined && !/^[0-4]$/.test(reserve)) throw new CliUsageError(`--reserve must be a whole number 0–4, got "${reserve}"`);
    const [siteArg, scenarioArg] = [values.site, values.scenario];
    return withCliServices(values.project, async (svc) => {
      const siteId = await projectSiteArg(svc, siteArg);
      const scenarioId = await projectScenarioArg(svc, scenarioArg, siteId);
      const response = await svc.call('firm:capacity', { siteId, scenarioId, ...(year !== undefined ? { year } : {}), ...(reserve !== undefined ? { reserveUnits: Number(reserve) } : {}) }, '--scenario');
      io.stdout(values.json === true ? JSON.stringify(response, null, 2) + '\n' : firmCapacityText(response));
      return 0;
    });
  },
};
