import { parseArgs } from 'node:util';
import type { SizingCaps, SizingResult } from '../../../power-model/optimize/types';
import type { MixRecheck } from '../../runs/jobs/recheck-mix';
import { CliUsageError, type CliCommand } from '../command';
import { runJobInCli } from '../run-job';
import { resolveSiteArg } from './simulate-shared';

const USAGE = 'stargrid optimize --site ID|FILE [--objective cost] [--days K [--two-stage]] [--reserve N] [--cap co2Tonnes=T] [--cap gridMW=MW] [--cap landAcres=A] [--cap residentialBillUSDPerMonth=USD] [--json]';

const CAP_NAMES: Record<string, keyof SizingCaps> = {
  co2Tonnes: 'co2TonnesPerYear',
  co2TonnesPerYear: 'co2TonnesPerYear',
  gridMW: 'gridMW',
  landAcres: 'landAcres',
  residentialBillUSDPerMonth: 'residentialBillUSDPerMonth',
};

export function parseCaps(items: string[]): SizingCaps {
  const caps: SizingCaps = {};
  for (const item of items) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(-?[0-9.eE+]+)$/.exec(item);
    const key = match ? CAP_NAMES[match[1] ?? ''] : undefined;
    if (!match || !key) throw new CliUsageError(`--cap must be NAME=NUMBER with NAME one of ${Object.keys(CAP_NAMES).join(', ')}; got "${item}"`);
    const value = Number(match[2]);
    if (!Number.isFinite(value) || (key !== 'residentialBillUSDPerMonth' && value < 0)) throw new CliUsageError(`--cap ${match[1]} must be a number ≥ 0, got "${match[2]}"`);
    caps[key] = value;
  }
  return caps;
}

export const optimizeCommand: CliCommand = {
  name: 'optimize',
  summary: 'Least-cost supply mix for a site by linear programming (HiGHS), with optional caps',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { site: { type: 'string' }, objective: { type: 'string' }, days: { type: 'string' }, 'two-stage': { type: 'boolean' }, reserve: { type: 'string' }, cap: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    });
    if (!values.site) throw new CliUsageError(`--site is required (${USAGE})`);
    if (values.objective !== undefined && values.objective !== 'cost') throw new CliUsageError(`--objective: only "cost" (least annualized cost) is supported, got "${values.objective}"`);
    const site = resolveSiteArg(values.site);
    const params: Record<string, unknown> = { caps: parseCaps(values.cap ?? []) };
    if (values.days !== undefined) {
      const days = Number(values.days);
      if (!Number.isInteger(days) || days < 1 || days > 365) throw new CliUsageError(`--days must be a whole number 1–365, got "${values.days}"`);
      params.representativeDays = days;
    }
    if (values['two-stage'] === true) {
      if (params.representativeDays === undefined) throw new CliUsageError('--two-stage needs --days K: the representative days the first stage sizes on');
      params.twoStage = true;
    }
    if (values.reserve !== undefined) {
      const reserve = Number(values.reserve);
      if (!Number.isInteger(reserve) || reserve < 0 || reserve > 4) throw new CliUsageError(`--reserve must be 0–4 (N+k), got "${values.reserve}"`);
      params.reserveUnits = reserve;
    }
    const state = await runJobInCli({ kind: 'optimize', site, scenario: { id: 'grid-only', name: 'grid-only' }, params }, 'grid-only', io, values.json === true);
    if (state.status !== 'done') throw new Error(state.status === 'cancelled' ? 'cancelled' : (state.error ?? 'failed'));
    const r = state.result as SizingResult & { recheck: MixRecheck | null };
    if (values.json) {
      io.stdout(JSON.stringify(r, null, 2) + '\n');
      return r.status === 'optimal' ? 0 : 3;
    }
    io.stdout(`${site.id}: ${r.status}; solve ${r.solveTimeMs.toFixed(0)} ms (${r.lp.columns} columns × ${r.lp.rows} rows, ${r.lp.modelledHours} h)\n`);
    if (r.mix) {
      io.stdout(`  grid ${r.mix.gridImportMW.toFixed(0)} MW; solar ${r.mix.solarMWac.toFixed(0)} MWac; battery ${r.mix.batteryMW.toFixed(0)} MW / ${r.mix.batteryMWh.toFixed(0)} MWh\n`);
      for (const t of r.mix.thermal) io.stdout(`  ${t.technologyId}: ${t.units} × ${t.unitMW} MW (LP ${t.lpCapacityMW.toFixed(1)} MW, rounded up)\n`);
      io.stdout(`  annualized cost ${((r.objectiveUSDPerYear ?? 0) / 1e6).toFixed(1)} MUSD/yr\n`);
    }
    if (r.recheck) {
      const { simulation: sim, monteCarlo: mc } = r.recheck;
      const pct = (x: number) => `${(x * 100).toFixed(4)}%`;
      io.stdout(`  re-check: simulation ${sim.year} unserved ${sim.unservedEnergyMWh.toFixed(1)} MWh, LCOE ${sim.lcoeUSDPerMWh === null ? 'undefined (nothing served)' : sim.lcoeUSDPerMWh.toFixed(1) + ' USD/MWh'}, CO2 ${Math.round(sim.co2Tonnes)} t; `);
      io.stdout(`Monte Carlo ${mc.years} yr availability ${pct(mc.availability.mean)} [${pct(mc.availability.low95)}–${pct(mc.availability.high95)}]\n`);
    }
    for (const inf of r.infeasibilities) io.stdout(`  cannot meet ${inf.constraint}: ${inf.message}\n`);
    for (const note of r.notes) io.stdout(`  note: ${note}\n`);
    return r.status === 'optimal' ? 0 : 3;
  },
};
