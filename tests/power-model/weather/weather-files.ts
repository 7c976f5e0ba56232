import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The TMY3 files shipped in data/weather (copies of shared/reference/weather). */
export const referenceWeatherDir = fileURLToPath(new URL('../../../data/weather', import.meta.url));

const fixtureDir = fileURLToPath(new URL('../../fixtures/weather', import.meta.url));

export function tmy3Text(stationId: string): string {
  return readFileSync(`${referenceWeatherDir}/${stationId}TYA.CSV`, 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(`${fixtureDir}/${name}`, 'utf8');
}

/**
 * The same hours written as an EPW file: LOCATION line from the TMY3 station header, seven
 * placeholder header lines, then rows `year,month,day,hour,minute,flags,dryBulb,...` with GHI,
 * DNI, DHI in fields 14–16 and wind in field 22 (EnergyPlus Auxiliary Programs, ch. 2.9).
 */
export function tmy3ToEpw(tmy3: string): string {
  const lines = tmy3.split(/\r?\n/).filter((l) => l.trim() !== '');
  const station = (lines[0] ?? '').split(',');
  const header = (lines[1] ?? '').split(',');
  const at = (name: string): number => header.indexOf(name);
  const c = {
    date: at('Date (MM/DD/YYYY)'),
    time: at('Time (HH:MM)'),
    ghi: at('GHI (W/m^2)'),
    dni: at('DNI (W/m^2)'),
    dhi: at('DHI (W/m^2)'),
    dry: at('Dry-bulb (C)'),
    wind: at('Wspd (m/s)'),
  };
  const out = [
    `LOCATION,${station[1]},${station[2]},USA,TMY3,${station[0]},${station[4]},${station[5]},${station[3]},${station[6]}`,
    'DESIGN CONDITIONS,0',
    'TYPICAL/EXTREME PERIODS,0',
    'GROUND TEMPERATURES,0',
    'HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0',
    'COMMENTS 1,converted from TMY3 in a test',
    'COMMENTS 2,',
    'DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31',
  ];
  for (const line of lines.slice(2)) {
    const f = line.split(',');
    const [m, d, y] = (f[c.date] ?? '').split('/');
    const hour = (f[c.time] ?? '').split(':')[0];
    const row = [y, m, d, hour, '60', 'flags', f[c.dry], '0', '50', '100000', '9999', '9999', '9999', f[c.ghi], f[c.dni], f[c.dhi]];
    row.push('999999', '999999', '999999', '9999', '180', f[c.wind] ?? '0');
    out.push(row.join(','));
  }
  return out.join('\n');
}
