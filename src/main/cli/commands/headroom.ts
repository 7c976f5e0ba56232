import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { HeadroomSystemResponse } from '../../../api/schemas/headroom';
import type { HeadroomFigures } from '../../../power-model/headroom/types';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../project-services';
import { fmt, parseYearArg } from './simulate-shared';

const USAGE = 'stargrid headroom --ba ERCO|PJM|MISO|EPE|SWPP | --system-load FILE [--ba BA] --curtailment PCT [--year Y] [--curve PCT,PCT,…] [--json]';

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
    if (values.ba === undefined && file === undefined) throw new CliUsageError('--ba or --system-load is required (a shipped system such as ERCO, or a system-load CSV)');
    if (values.curtailment === undefined) throw new CliUsageError('--curtailment is required: the limit as % of the new load\'s energy, such as 0.5');
    const curtailmentPct = parsePct(values.curtailment, '--curtailment');
    const year = parseYearArg(values.year);
    const curvePcts = values.curve === undefined ? undefined : values.curve.split(',').map((p) => parsePct(p, '--curve'));
    let text: string | undefined;
    if (file !== undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliUsageError(`--system-load: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const flags: Record<string, string> = { ba: '--ba', text: '--system-load', curtailmentPct: '--curtailment', year: '--year', curvePcts: '--curve' };
    return withCliServices(undefined, async (svc) => {
      const request = {
        curtailmentPct,
        ...(values.ba !== undefined ? { ba: values.ba } : {}),
        ...(text !== undefined ? { text, fileName: basename(file ?? '') } : {}),
        ...(year !== undefined ? { year } : {}),
        ...(curvePcts !== undefined ? { curvePcts } : {}),
      };
      const response = await svc.call('headroom:system', request).catch((error: unknown) => {
        // The refusal names the request field; say it as the flag the user typed.
        if (error instanceof CliUsageError) {
          // `<field>[.i]: [headroom:system: <field>[.i]: ]<problem>`, as the services word a refusal.
          const m = /^([A-Za-z]+)(?:\.(\d+))?: (?:headroom:system: )?(?:\1(?:\.\d+)?: )?([\s\S]*)$/.exec(error.message);
          const flag = m?.[1] === undefined ? undefined : flags[m[1]];
          if (m && flag !== undefined) throw new CliUsageError(`${flag}${m[2] === undefined ? '' : ` (value ${Number(m[2]) + 1})`}: ${m[3] ?? ''}`);
        }
        throw error;
      });
      io.stdout(values.json === true ? JSON.stringify(response, null, 2) + '\n' : textReport(response, year !== undefined));
      return 0;
    });
  },
};
