import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { HeadroomSystemResponse, HeadroomSystemsResponse } from '../../../api/schemas/headroom';
import type { HeadroomFigures } from '../../../power-model/headroom/types';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { fmt, parseYearArg } from './simulate-shared';

const USAGE =
  'stargrid headroom --ba ERCO|PJM|MISO|EPE|SWPP | --system-load FILE [--ba BA] | --site ID [--project FILE] --curtailment PCT [--year Y] [--curve PCT,PCT,…] [--json]\n' +
  '       stargrid headroom --ba BA,BA,…|all --curtailment PCT,PCT,… [--year Y] [--json]   (a table: several shipped systems and limits in one request)';

/** `0.5` or `0.5%`: a percentage of the new load's potential energy; the range is the channel's to check. */
function parsePct(arg: string, flag: string): number {
  const text = arg.trim().replace(/%$/, '');
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new CliUsageError(`${flag}: must be a percentage such as 0.5 (for 0.5 %), got "${arg}"`);
  return value;
}

function figuresText(f: HeadroomFigures): string[] {
  const pct = (share: number) => `${fmt(share * 100)} %`;
  return [
    `  curtailed ${fmt(f.curtailedHoursPerYear, 1)} h/yr (winter ${fmt(f.winterCurtailedHoursPerYear, 1)}, summer ${fmt(f.summerCurtailedHoursPerYear, 1)}, spring/autumn ${fmt(f.shoulderCurtailedHoursPerYear, 1)}), ${fmt(f.curtailedPctOfPotential, 3)} % of the new load's energy`,
    `  ${fmt(f.eventsPerYear, 1)} events/yr of ${fmt(f.averageEventHours, 1)} h on average (longest ${fmt(f.longestEventHours)} h)`,
    `  in curtailed hours the new load keeps ≥ 50 % of its MW ${pct(f.keepsAtLeast50PctShare)} of the time, ≥ 75 % ${pct(f.keepsAtLeast75PctShare)}, ≥ 90 % ${pct(f.keepsAtLeast90PctShare)}`,
  ];
}

function tableReport(r: HeadroomSystemsResponse, year: number | undefined): string {
  const lines = r.systems.map((s) => {
    const cells = s.atLimits.map((a) => {
      const f = year === undefined ? a.allYears : a.years[0];
      return `${a.curtailmentPct} % → ${fmt(f?.headroomMW ?? Number.NaN)} MW (${fmt(f?.curtailedHoursPerYear ?? Number.NaN, 1)} h/yr)`;
    });
    return `${s.system.name}: ${cells.join(', ')}${s.published ? `; Duke at ${s.published.curtailmentPct} %: ${fmt(s.published.headroomMW)} MW` : ''}`;
  });
  return `headroom ${year === undefined ? 'over all years' : `in ${year}`}\n${lines.join('\n')}\n`;
}

/** The message of a refusal, worded with the flag the user typed (`flags` maps request fields to flags). */
function withFlag(error: unknown, channel: string, flags: Record<string, string>): never {
  if (error instanceof CliUsageError) {
    // `<field>[.i]: [<channel>: <field>[.i]: ]<problem>`, as the services word a refusal.
    const m = new RegExp(`^([A-Za-z]+)(?:\\.(\\d+))?: (?:${channel}: )?(?:\\1(?:\\.\\d+)?: )?([\\s\\S]*)$`).exec(error.message);
    const flag = m?.[1] === undefined ? undefined : flags[m[1]];
    if (m && flag !== undefined) throw new CliUsageError(`${flag}${m[2] === undefined ? '' : ` (value ${Number(m[2]) + 1})`}: ${m[3] ?? ''}`);
  }
  throw error;
}

function textReport(r: HeadroomSystemResponse, oneYear: boolean): string {
  const s = r.servable;
  const lines = [
    `${r.system.name}: ${fmt(r.system.hours)} hours from ${r.system.firstHourUtc.slice(0, 16).replace('T', ' ')} UTC; seasons read in ${r.system.clock}`,
    `  servable level: winter ${fmt(s.winterMW)} MW, summer ${fmt(s.summerMW)} MW, spring/autumn ${fmt(s.shoulderMW)} MW`,
    `  headroom at ${r.curtailmentPct} % curtailment, all years: ${fmt(r.headroomMW)} MW`,
    ...figuresText(r.allYears),
  ];
  if (oneYear) {
    for (const y of r.years) lines.push(`  ${y.year} on its own: ${fmt(y.headroomMW)} MW`, ...figuresText(y).map((l) => `  ${l}`));
  } else if (r.years.length > 0) {
    lines.push(`  by year: ${r.years.map((y) => `${y.year} ${fmt(y.headroomMW)} MW (${fmt(y.curtailedHoursPerYear)} h)`).join(', ')}`);
  }
  if (r.curve.length > 0) lines.push(`  curve: ${r.curve.map((p) => `${p.curtailmentPct} % → ${fmt(p.headroomMW)} MW`).join(', ')}`);
  return lines.join('\n') + '\n';
}

export const headroomCommand: CliCommand = {
  name: 'headroom',
  summary: "Curtailment-enabled headroom of a host system (Duke's method): the new load it can take if that load accepts a curtailment limit.",
  usage: USAGE,
  run: async (argv, io) => {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          ba: { type: 'string' },
          'system-load': { type: 'string' },
          site: { type: 'string' },
          project: { type: 'string' },
          curtailment: { type: 'string' },
          year: { type: 'string' },
          curve: { type: 'string' },
          json: { type: 'boolean' },
        },
      }));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const file = values['system-load'];
    if (values.ba === undefined && file === undefined && values.site === undefined) throw new CliUsageError('--ba, --system-load or --site is required (a shipped system such as ERCO, a system-load CSV, or a site with a system load attached)');
    if (values.curtailment === undefined) throw new CliUsageError('--curtailment is required: the limit as % of the new load\'s energy, such as 0.5');
    const year = parseYearArg(values.year);
    const batch = values.curtailment.includes(',') || (values.ba !== undefined && (values.ba.includes(',') || values.ba === 'all'));
    if (batch) {
      if (file !== undefined || values.site !== undefined || values.curve !== undefined) throw new CliUsageError('a table (several systems or limits) takes shipped systems only: leave out --system-load, --site and --curve');
      const limitsPct = values.curtailment.split(',').map((p) => parsePct(p, '--curtailment'));
      const bas = values.ba === undefined || values.ba === 'all' ? undefined : values.ba.split(',').map((b) => b.trim());
      return withCliServices(values.project, async (svc) => {
        const request = { limitsPct, ...(bas !== undefined ? { bas } : {}), ...(year !== undefined ? { year } : {}) };
        const response = await svc.call('headroom:systems', request).catch((error: unknown) => withFlag(error, 'headroom:systems', { bas: '--ba', limitsPct: '--curtailment', year: '--year' }));
        io.stdout(values.json === true ? JSON.stringify(response, null, 2) + '\n' : tableReport(response, year));
        return 0;
      });
    }
    const curtailmentPct = parsePct(values.curtailment, '--curtailment');
    const curvePcts = values.curve === undefined ? undefined : values.curve.split(',').map((p) => parsePct(p, '--curve'));
    let text: string | undefined;
    if (file !== undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliUsageError(`--system-load: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const flags: Record<string, string> = { ba: '--ba', text: '--system-load', siteId: '--site', curtailmentPct: '--curtailment', year: '--year', curvePcts: '--curve' };
    return withCliServices(values.project, async (svc) => {
      const request = {
        curtailmentPct,
        ...(values.ba !== undefined ? { ba: values.ba } : {}),
        ...(text !== undefined ? { text, fileName: basename(file ?? '') } : {}),
        ...(values.site !== undefined ? { siteId: values.site } : {}),
        ...(year !== undefined ? { year } : {}),
        ...(curvePcts !== undefined ? { curvePcts } : {}),
      };
      const response = await svc.call('headroom:system', request).catch((error: unknown) => withFlag(error, 'headroom:system', flags));
      io.stdout(values.json === true ? JSON.stringify(response, null, 2) + '\n' : textReport(response, year !== undefined));
      return 0;
    });
  },
};
