import { parseArgs } from 'node:util';
import type { Scenario } from '../../../api/schemas/scenario';
import type { SizingCaps } from '../../../power-model/optimize/types';
import { TIER_AVAILABILITY } from '../../../power-model/reliability/tiers';
import type { OptimizeJobResult } from '../../runs/jobs/optimize';
import { scenarioFromMix, type ScenarioLimits } from '../../runs/jobs/recheck-mix';
import type { ScenarioSpec } from '../../../power-model/scenarios/types';
import { CliUsageError, type CliCommand } from '../command';
import { runJobInCli } from '../run-job';
import { withCliServices } from '../project-services';
import { scenarioIdFromName } from './save-mix';
import { parseYearArg, projectScenarioArg, projectSiteArg } from './simulate-shared';

const USAGE =
  'stargrid optimize --site ID|FILE [--scenario NAME|FILE] [--year YYYY] [--objective cost] [--days K [--two-stage]] [--reserve N] [--reliability-target n-plus-k|worst-day] [--availability tier3|tier4|none|FRACTION] [--cap co2Tonnes=T] [--cap gridMW=MW] [--cap landAcres=A] [--cap residentialBillUSDPerMonth=USD] [--flexible-max-mw MW [--firm-offer-mw MW] [--energize-value-usd-per-mw-month USD] [--workload-curtailment-usd-per-mwh USD] [--flexible-queue-months M] [--firm-queue-months M]] [--save-scenario NAME] [--project FILE] [--json]';

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

/** --availability: a tier name, "none" (0: no target) or a fraction in (0, 1). */
export function parseAvailability(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const named: Record<string, number> = { tier3: TIER_AVAILABILITY['Tier III'], tier4: TIER_AVAILABILITY['Tier IV'], none: 0 };
  const key = text.toLowerCase().replace(/[\s_-]/g, '');
  if (named[key] !== undefined) return named[key];
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) throw new CliUsageError(`--availability must be tier3, tier4, none or a fraction between 0 and 1 (e.g. 0.99982), got "${text}"`);
  return value;
}

/** The flexible-offer flags and the job param each sets (api/schemas/runs.ts FlexibleOfferSchema checks the values). */
const FLEXIBLE_FLAGS = {
  'flexible-max-mw': 'maxMW',
  'firm-offer-mw': 'firmMW',
  'energize-value-usd-per-mw-month': 'energizeValueUSDPerMWMonth',
  'workload-curtailment-usd-per-mwh': 'workloadCurtailmentUSDPerMWh',
  'flexible-queue-months': 'flexibleQueueMonths',
  'firm-queue-months': 'firmQueueMonths',
} as const;

/** params.flexible from the flags; undefined without --flexible-max-mw (the others then refused: they would be ignored). */
export function parseFlexibleFlags(values: Record<string, unknown>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [flag, param] of Object.entries(FLEXIBLE_FLAGS)) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new CliUsageError(`--${flag} must be a number, got "${text}"`);
    out[param] = value;
  }
  if (Object.keys(out).length === 0) return undefined;
  if (out.maxMW === undefined) throw new CliUsageError(`--${Object.keys(FLEXIBLE_FLAGS).filter((f) => values[f] !== undefined).join(', --')} need(s) --flexible-max-mw MW: the flexible offer they describe`);
  return out;
}

/** The flexible answer and its frontier as text lines. */
export function flexibleLines(r: OptimizeJobResult): string[] {
  const f = r.flexible;
  if (f === undefined) return [];
  const mw = (x: number) => Math.round(x).toLocaleString('en-US');
  const sim = r.recheck?.simulation.flexible;
  const lines = [
    `flexible grid: ${mw(f.flexibleMW)} of ${mw(f.offerMW)} MW offered on ${mw(f.firmMW)} MW firm, ${f.monthsEarlier} months earlier (credit ${(f.energizeCreditUSDPerYear / 1e6).toFixed(1)} MUSD/yr); cut ${f.curtailedHours} h, workload curtailed ${f.workloadCurtailedMWh.toFixed(1)} MWh in the LP${sim ? `, ${sim.workloadCurtailedMWh.toFixed(1)} MWh in the re-check (${sim.curtailedHours} h cut)` : ''}`,
    'frontier: flexible MW | firm MW | on-site MW | cost MUSD/yr | hours cut | workload MWh | months earlier',
  ];
  for (const c of f.frontier) {
    lines.push(`  ${mw(c.flexibleMW)} | ${mw(c.firmMW)} | ${mw(c.onsiteMW)} | ${c.costUSDPerYear === null ? c.status : (c.costUSDPerYear / 1e6).toFixed(2)} | ${c.curtailedHours} | ${c.workloadCurtailedMWh.toFixed(1)} | ${c.monthsEarlier}`);
  }
  return lines;
}

const pct = (x: number) => `${(x * 100).toFixed(4)}%`;

export const optimizeCommand: CliCommand = {
  name: 'optimize',
  summary: 'Least-cost supply mix for a site by linear programming (HiGHS), with optional caps, re-checked hour by hour and in the Monte Carlo',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        site: { type: 'string' },
        scenario: { type: 'string' },
        year: { type: 'string' },
        objective: { type: 'string' },
        days: { type: 'string' },
        'two-stage': { type: 'boolean' },
        reserve: { type: 'string' },
        'reliability-target': { type: 'string' },
        availability: { type: 'string' },
        cap: { type: 'string', multiple: true },
        ...Object.fromEntries(Object.keys(FLEXIBLE_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
        'save-scenario': { type: 'string' },
        project: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (!values.site) throw new CliUsageError(`--site is required (${USAGE})`);
    if (values.objective !== undefined && values.objective !== 'cost') throw new CliUsageError(`--objective: only "cost" (least annualized cost) is supported, got "${values.objective}"`);
    const saveAs = values['save-scenario'];
    if (saveAs !== undefined && values.project === undefined) throw new CliUsageError('--save-scenario needs --project FILE: the project to save the scenario in');
    const scenarioId = saveAs === undefined ? undefined : scenarioIdFromName(saveAs);
    const [siteArg, scenarioArg] = [values.site, values.scenario];
    const params: Record<string, unknown> = { caps: parseCaps(values.cap ?? []) };
    const year = parseYearArg(values.year);
    if (year !== undefined) params.year = year;
    const availability = parseAvailability(values.availability);
    if (availability !== undefined) params.availabilityTarget = availability;
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
    const flexible = parseFlexibleFlags(values as Record<string, unknown>);
    if (flexible !== undefined) params.flexible = flexible;
    const target = values['reliability-target'];
    if (target !== undefined) {
      if (target !== 'n-plus-k' && target !== 'worst-day') throw new CliUsageError(`--reliability-target must be n-plus-k (the N+k reserve) or worst-day (also ride through the common-mode events), got "${target}"`);
      params.reliabilityTarget = target;
    }
    return withCliServices(values.project, async (svc) => {
      const site = { id: await projectSiteArg(svc, siteArg) };
      // Default: everything on offer (the hybrid's structure: grid and every behind-the-meter technology).
      const scenario = { id: await projectScenarioArg(svc, scenarioArg ?? 'hybrid', site.id) };
      const state = await runJobInCli(svc, { kind: 'optimize', siteId: site.id, scenarioId: scenario.id, params }, io, values.json === true);
      if (state.status !== 'done') throw new Error(state.status === 'cancelled' ? 'cancelled' : (state.error ?? 'failed'));
      const r = state.result as OptimizeJobResult;
      let saved: { id: string; created: boolean } | null = null;
      if (saveAs !== undefined && scenarioId !== undefined && values.project !== undefined) {
        if (r.mix === null) throw new CliUsageError(`--save-scenario: the optimization ended "${r.status}" without a mix to save`);
        // "Use this mix": saved through scenarios:save, as the app does (same checks and refusals).
        const out = await svc.call('scenarios:save', { scenario: scenarioFromMix(r.mix, { id: scenarioId, name: saveAs, description: mixDescription(r), ...limitsOf(r.recheck?.scenario) }) as Scenario, siteId: site.id }, '--save-scenario');
        saved = { id: out.scenario.id, created: out.created };
      }
      const exitCode = r.status === 'optimal' ? 0 : 3;
      if (values.json) {
        io.stdout(JSON.stringify(saved === null ? r : { ...r, savedScenario: saved }, null, 2) + '\n');
        return exitCode;
      }
      io.stdout(`${site.id} (${r.year}, scenario ${r.structure.scenarioId}): ${r.status}; solve ${r.solveTimeMs.toFixed(0)} ms (${r.lp.columns} columns × ${r.lp.rows} rows, ${r.lp.modelledHours} h)\n`);
      if (r.mix) {
        io.stdout(`  grid ${r.mix.gridImportMW.toFixed(0)} MW; solar ${r.mix.solarMWac.toFixed(0)} MWac; battery ${r.mix.batteryMW.toFixed(0)} MW / ${r.mix.batteryMWh.toFixed(0)} MWh\n`);
        for (const t of r.mix.thermal.filter((x) => x.units > 0)) io.stdout(`  ${t.technologyId}: ${t.units} × ${t.unitMW} MW (LP ${t.lpCapacityMW.toFixed(1)} MW)\n`);
      }
      if (r.recheck) {
        const { simulation: sim, monteCarlo: mc } = r.recheck;
        io.stdout(`  dispatch of this mix (${sim.year}, following the optimized schedule): ${(sim.annualCostUSD / 1e6).toFixed(1)} MUSD/yr, LCOE ${sim.lcoeUSDPerMWh === null ? 'undefined (nothing served)' : `${sim.lcoeUSDPerMWh.toFixed(1)} USD/MWh`}, CO2 ${Math.round(sim.co2Tonnes).toLocaleString('en-US')} t, unserved ${sim.unservedEnergyMWh.toFixed(1)} MWh (${sim.unservedHours} h)\n`);
        io.stdout(`  Monte Carlo ${mc.years} yr: availability ${pct(mc.availability.mean)} [${pct(mc.availability.low95)}–${pct(mc.availability.high95)}]${mc.target > 0 ? `, target ${pct(mc.target)}` : ''}\n`);
        for (const c of r.recheck.checks) io.stdout(`  ${c.met === true ? 'kept' : c.met === false ? 'NOT MET' : 'NOT EVALUATED'}: ${c.message}\n`);
      }
      if (r.flexible) for (const line of flexibleLines(r)) io.stdout(`  ${line}\n`);
      for (const line of worstDayLines(r)) io.stdout(`  ${line}\n`);
      if (r.objectiveUSDPerYear !== null) io.stdout(`  LP optimum (continuous mix): ${(r.objectiveUSDPerYear / 1e6).toFixed(1)} MUSD/yr\n`);
      if (r.status === 'optimal' || r.status === 'notMet') io.stdout(`  ${boundLine(r)}\n`);
      for (const inf of r.infeasibilities) io.stdout(`  cannot meet ${inf.constraint}: ${inf.message}\n`);
      for (const note of r.notes) io.stdout(`  note: ${note}\n`);
      if (saved !== null) io.stdout(`  saved as scenario "${saved.id}" of ${site.id} in ${values.project ?? ''} (${saved.created ? 'new' : 'replaced'})\n`);
      return exitCode;
    });
  },
};

/** The worst-day answer against the N+k one, as a small table: cost and hours lost a year with and without common-mode events. */
export function worstDayLines(r: OptimizeJobResult): string[] {
  const w = r.worstDay;
  if (w === null) return [];
  const a = w.added;
  const lines = [
    `worst-day target: ${w.events.length === 0 ? 'no common-mode event applies' : w.events.map((e) => e.label).join('; ')}`,
    `  added against N+k (re-checked mixes): ${a.thermalMW.toFixed(0)} MW of units, ${a.dualFuelMW.toFixed(0)} MW dual fuel, battery ${a.batteryMW.toFixed(0)} MW / ${a.batteryMWh.toFixed(0)} MWh, ${(a.costUSDPerYear / 1e6).toFixed(1)} MUSD/yr`,
  ];
  const check = w.check;
  if (check === null) return [...lines, `  no comparison: the N+k sizing ended "${w.nPlusKStatus}"`];
  lines.push(`  Monte Carlo ${check.years} yr, seed ${check.seed}:   LP MUSD/yr   re-checked MUSD/yr   h/yr lost without events   with events`);
  for (const row of check.rows) {
    const name = row.target === 'n-plus-k' ? 'N+k (on paper)   ' : 'worst day (firm) ';
    lines.push(`  ${name}${(row.lpCostUSDPerYear / 1e6).toFixed(1).padStart(12)}${(row.costUSDPerYear / 1e6).toFixed(1).padStart(20)}${row.lossOfLoadHoursPerYear.withoutEvents.mean.toFixed(2).padStart(26)}${row.lossOfLoadHoursPerYear.withEvents.mean.toFixed(2).padStart(14)}`);
  }
  const fix = r.recheck?.events;
  if (fix !== undefined && fix !== null) {
    const verdict = fix.met ? 'met' : `NOT MET (${fix.stoppedBecause ?? 'target missed'})`;
    lines.push(`  with the events: ${fix.before.lossOfLoadHoursPerYear.mean.toFixed(2)} h/yr lost before, ${fix.after.lossOfLoadHoursPerYear.mean.toFixed(2)} after ${fix.steps.length} fix step${fix.steps.length === 1 ? '' : 's'} (target ${fix.lossOfLoadHoursTarget.toFixed(2)} h/yr): ${verdict}`);
    fix.steps.forEach((step, i) => lines.push(`    ${i + 1}. ${step.detail}`));
  }
  return lines;
}

/** The description a saved mix carries: where it came from and what its re-check found. */
export function mixDescription(r: OptimizeJobResult): string {
  const sim = r.recheck?.simulation;
  const caps = Object.entries(r.recheck === null ? {} : Object.fromEntries(r.recheck.checks.map((c) => [c.promise, c.met]))).map(([k, v]) => `${k} ${v === true ? 'kept' : v === false ? 'not met' : 'not evaluated'}`);
  return `Least-cost mix from the optimizer (${r.year}, status ${r.status})${sim ? `: re-checked at ${Math.round(sim.co2Tonnes).toLocaleString('en-US')} t CO2 and ${sim.unservedEnergyMWh.toFixed(1)} MWh unserved following the optimizer's schedule` : ''}${caps.length > 0 ? `; ${caps.join(', ')}` : ''}. Saved with economic dispatch.`;
}

/** What is proven about the cost, in one line: the bound and the whole-unit mix's gap to it, or that there is none. */
export function boundLine(r: OptimizeJobResult): string {
  const lower = r.bound.lowerBoundUSDPerYear;
  const rounded = r.recheck?.roundedMixLpCostUSDPerYear ?? null;
  if (lower === null) return `no proven lower bound: the answer is ${r.bound.scope}`;
  const gap = rounded === null ? '' : `; the whole-unit mix costs ${(rounded / 1e6).toFixed(1)} MUSD/yr in that model, ${((rounded - lower) / 1e6).toFixed(1)} MUSD/yr (${lower > 0 ? (((rounded - lower) / lower) * 100).toFixed(2) : '—'}%) above it`;
  return `proven lower bound ${(lower / 1e6).toFixed(1)} MUSD/yr (${r.bound.scope})${gap}`;
}

/** The air permit and gas deliverability the re-checked mix ran under, kept in the saved scenario. */
function limitsOf(scenario: ScenarioSpec | undefined): ScenarioLimits {
  const grid = scenario?.grid;
  // The flexible part's own fields (its MW comes from the mix).
  const flexible =
    grid?.flexibleMW === undefined
      ? {}
      : { flexible: { ...(grid.workloadCurtailmentUSDPerMWh === undefined ? {} : { workloadCurtailmentUSDPerMWh: grid.workloadCurtailmentUSDPerMWh }), ...(grid.flexibleQueueMonths === undefined ? {} : { flexibleQueueMonths: grid.flexibleQueueMonths }), ...(grid.flexibleCurtailmentHours === undefined ? {} : { flexibleCurtailmentHours: grid.flexibleCurtailmentHours }) } };
  return { ...(scenario?.permits === undefined ? {} : { permits: scenario.permits }), ...(scenario?.fuel === undefined ? {} : { fuel: scenario.fuel }), ...flexible };
}
