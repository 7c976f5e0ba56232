import type { Highs } from 'highs';
import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import type { DispatchSchedule } from '../../../power-model/dispatch/types';
import { checkInvariants } from '../../../power-model/invariants';
import { capitalRecoveryFactor } from '../../../power-model/optimize/capital-recovery';
import { dispatchMix, type MixDispatch } from '../../../power-model/optimize/mix-dispatch';
import { checkPromises, type PromiseCheck } from '../../../power-model/optimize/promises';
import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import { simulateReliability } from '../../../power-model/reliability/monte-carlo';
import type { CommonModeEvents } from '../../../power-model/reliability/common-mode';
import type { Estimate, ReliabilityInput, ReliabilityUnit, TierComparison } from '../../../power-model/reliability/types';
import { HOURS_PER_YEAR } from '../../../power-model/hours';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { ScenarioSpec } from '../../../power-model/scenarios/types';
import type { FlexibleReadout } from '../../../power-model/grid/flexible-readout';
import { simulateSite, type SimulationResult } from '../../../power-model/simulate';
import type { ModelRunner } from '../../model/runner';
import { fixForEvents, MAX_EVENT_FIX_STEPS, type EventFix } from './event-fix';
import { sizeTankUp, type TankFix } from './tank-fix';
import { dualFuelTankHours, dualFuelUnitCount, markDualFuelUnits, technologyOfUnit } from './mix-dual-fuel';
import { scenarioFromMix, type ScenarioLimits } from './mix-scenario';
import { BATTERY_RESERVE_PCT, reliabilityInputFrom } from './reliability';
import type { ScenarioStructure } from './sizing-input';

/** Rounds of "add units and dispatch again" when the mix is short of capacity. */
const MAX_CAPACITY_ROUNDS = 3;
/** Rounds of "tighten the CO2 cap by the engine's excess and dispatch again". */
const MAX_TIGHTEN_ROUNDS = 3;
/** Units added one at a time until the Monte Carlo meets the availability target, at most. */
const MAX_RELIABILITY_UNITS = 40;
/** Unserved energy the re-check tolerates as rounding, MWh/yr. */
const UNSERVED_TOLERANCE_MWH = 1e-3;

export type MixRecheck = {
  /** The mix as a scenario (economic dispatch), ready to simulate or save ("use this mix"). */
  scenario: ScenarioSpec;
  /** The engine's simulation of the whole-unit mix following the optimizer's hourly schedule: the figures the answer reports. */
  simulation: {
    year: number;
    dispatch: 'optimized schedule';
    unservedEnergyMWh: number;
    unservedHours: number;
    servedShare: number;
    lcoeUSDPerMWh: number | null;
    annualCostUSD: number;
    co2Tonnes: number;
    gridEnergyMWh: number;
    gridPeakMW: number;
    invariantsOk: boolean;
    /** The CO2 cap the schedule was made under, when it had to be tightened below the cap asked for. */
    tightenedCo2CapTonnes: number | null;
    /** Distillate the dual-fuel units burned when the pipeline fell short, MMBtu; null when the scenario stores none. */
    distillateMMBtu: number | null;
    /** The flexible part as the simulation ran it (grid/flexible-readout.ts); null without one. */
    flexible: { flexibleMW: number; curtailedHours: number; workloadCurtailedMWh: number; workloadCurtailmentCostUSD: number; scheduledWorkloadCurtailedMWh: number } | null;
  };
  /** The same mix under the workbench's economic dispatch (what the saved scenario shows there). */
  economicDispatch: { co2Tonnes: number; unservedEnergyMWh: number; annualCostUSD: number; lcoeUSDPerMWh: number | null };
  monteCarlo: {
    years: number;
    seed: number;
    availability: Estimate;
    nines: number | null;
    lossOfLoadHoursPerYear: Estimate;
    expectedUnservedEnergyMWhPerYear: Estimate;
    tiers: TierComparison[];
    /** Availability asked for (0: none). */
    target: number;
  };
  /**
   * Units added to the LP's rounded mix: for capacity the dispatch lacked, for the availability
   * target, or (the worst-day target) for that target with the common-mode events — those steps,
   * with the dual fuel, battery and grid steps beside them, in `events`.
   */
  added: { technologyId: string; units: number; reason: 'unserved' | 'availability' | 'events'; detail: string }[];
  /** The scenario's distillate tank or gas storage, sized up because the simulation ran it dry (tank-fix.ts); null when it was not. */
  tank: TankFix | null;
  /** The worst-day target's Monte Carlo with the common-mode events and the steps that met it (event-fix.ts); null for 'n-plus-k'. */
  events: EventFix | null;
  /** Whether the saved scenario carries the mix's dual-fuel units (tanks and kits in its cost); false when the mix has none or the site has no distillate figures. */
  dualFuelInScenario: boolean;
  /** Every promise of the answer, kept or not, with by how much. */
  checks: PromiseCheck[];
  /** Cost of the whole-unit mix in the LP's own cost model, USD/yr (what rounding costs over the LP optimum). */
  roundedMixLpCostUSDPerYear: number | null;
};

export { scenarioFromMix, type ScenarioLimits } from './mix-scenario';

export type RecheckOptions = {
  year: number;
  years: number;
  seed: number;
  availabilityTarget: number;
  structure: ScenarioStructure;
  limits?: ScenarioLimits;
  /**
   * The common-mode events the worst-day target must meet the availability target with (its
   * years; the seed is `seed`); only read when the sizing's target is 'worst-day'.
   */
  events?: { years: number; commonMode: (dryBulbC: Float64Array) => CommonModeEvents | undefined; shouldCancel?: () => boolean };
  onProgress?: (fraction: number, message: string) => void;
};

/**
 * Re-checks the optimizer's whole-unit mix so that what the answer reports is what a dispatch of
 * that mix does, in the workbench's year:
 * 1. the least-cost full-year dispatch of the mix under the same caps (`dispatchMix`); while it
 *    leaves energy unserved for want of capacity (not because a CO2 cap binds), whole units of the
 *    cheapest technology per MW no larger than the largest unit built are added (≤ 3 rounds),
 *    each kept only if it serves more (a shortfall a pipeline or permit limit causes is left to
 *    the unserved-energy promise);
 * 2. the engine simulates the mix following that hourly schedule (`followSchedule`); where its
 *    part-load fuel makes CO2 exceed the cap, the schedule is made again under a cap lowered by
 *    the excess (≤ 3 rounds);
 * 3. a seeded Monte Carlo of the mix; while its mean availability is below the target, one unit
 *    of that cheapest technology is added (≤ 40);
 * 4. the worst-day target only: the Monte Carlo with the common-mode events (`options.events`,
 *    same seed), and while its mean availability misses the target the cheapest fix per hour of
 *    lost load removed — a unit, a unit made dual fuel, a battery step, firm grid — is added
 *    (event-fix.ts, ≤ 20 steps); the availability of step 3 is then taken again on the final mix;
 * 5. every promise is checked on those figures (`checkPromises`), kept or broken by how much.
 * The mix is also simulated with the workbench's economic dispatch, the way a saved scenario runs.
 */
export function recheckMix(
  highs: Highs,
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  lpInput: SizingInput,
  lpMix: SizedMix,
  options: RecheckOptions,
): { mix: SizedMix; recheck: MixRecheck; eventInput: ReliabilityInput | null } {
  const { model, cache } = runner.prepare(site);
  // Dual fuel goes into the scenario with tanks for the longest design gas event, where the site has distillate figures to cost it.
  const tankHours = model.distillate === undefined ? 0 : dualFuelTankHours(lpInput);
  // Both change only where a tank is sized up (step 0).
  let input = lpInput;
  let limits: ScenarioLimits = { ...options.limits, ...(tankHours > 0 ? { dualFuelHours: tankHours } : {}) };
  const simulateUnder = (mix: SizedMix, schedule: DispatchSchedule, under: ScenarioLimits): SimulationResult =>
    simulateSite(model, resolveScenario(scenarioFromMix(mix, under)), cache, { year: options.year, schedule });
  const simulate = (mix: SizedMix, schedule: DispatchSchedule): SimulationResult => simulateUnder(mix, schedule, limits);
  const capTonnes = input.caps?.co2TonnesPerYear;
  let mix = lpMix;
  const added: MixRecheck['added'] = [];

  options.onProgress?.(0, 'dispatching the whole-unit mix over the full year under the caps');
  let dispatched: MixDispatch = dispatchMix(highs, input, mix);
  // Step 0: a tank (distillate or gas storage) the dispatch or the simulation runs dry is sized up
  // to the year's deepest draw-down (tank-fix.ts) before any unit is added: more units would only
  // bring a bigger tank with them, at the price of the units.
  let tank: TankFix | null = null;
  if (dispatched.schedule !== null) {
    const first = simulate(mix, dispatched.schedule);
    if (Math.max(first.summary.unservedEnergyMWh, dispatched.annual?.unservedEnergyMWh ?? 0) > UNSERVED_TOLERANCE_MWH) {
      options.onProgress?.(0.1, 'the mix is short of fuel: sizing its tank up to the year’s deepest draw-down');
      const sized = sizeTankUp({ highs, input, mix, limits, simulate: (m, schedule, under) => simulateUnder(m, schedule, under).summary, before: first.summary });
      if (sized !== null) {
        input = sized.input;
        limits = sized.limits;
        dispatched = sized.dispatched;
        tank = sized.fix;
      }
    }
  }
  for (let round = 0; round < MAX_CAPACITY_ROUNDS && dispatched.annual !== null; round++) {
    const unservedMWh = dispatched.annual.unservedEnergyMWh;
    const co2Binds = capTonnes !== undefined && dispatched.annual.co2Tonnes >= capTonnes * (1 - 1e-6) - 1e-6;
    if (unservedMWh <= UNSERVED_TOLERANCE_MWH || co2Binds) break;
    const fix = cheapestUnits(input, mix, dispatched.worstUnservedMW);
    if (fix === null) break;
    const next = dispatchMix(highs, input, fix.mix);
    // Units that serve nothing more mean the shortfall is not capacity but a limit on running it
    // (a pipeline cut or quantity, a permit): keep the mix, and let the unserved-energy promise
    // report it, rather than add units that only cost.
    if (next.annual !== null && next.annual.unservedEnergyMWh >= unservedMWh - UNSERVED_TOLERANCE_MWH) break;
    added.push({ technologyId: fix.technologyId, units: fix.units, reason: 'unserved', detail: `the full-year dispatch left ${unservedMWh.toFixed(1)} MWh unserved for want of capacity` });
    mix = fix.mix;
    dispatched = next;
  }
  if (dispatched.schedule === null) throw new Error(`the full-year dispatch of the optimized mix stopped with status ${dispatched.status}`);

  options.onProgress?.(0.3, 'simulating the mix hour by hour on the optimized schedule');
  let result = simulate(mix, dispatched.schedule);
  let tightened: number | null = null;
  for (let round = 0; capTonnes !== undefined && round < MAX_TIGHTEN_ROUNDS; round++) {
    const excess = result.summary.co2Tonnes - capTonnes;
    if (excess <= 1e-6 * Math.max(1, capTonnes)) break;
    const nextCap = Math.max(0, (tightened ?? capTonnes) - excess);
    const again = dispatchMix(highs, input, mix, { co2TonnesPerYear: nextCap });
    if (again.schedule === null) break;
    tightened = nextCap;
    dispatched = again;
    result = simulate(mix, again.schedule);
  }
  const schedule = dispatched.schedule;
  if (schedule === null) throw new Error('the dispatch schedule of the optimized mix is missing');

  options.onProgress?.(0.5, `Monte Carlo of the mix, ${options.years} years`);
  // A flexible part counts as available in the Monte Carlo, as time-to-power counts it: its cut
  // hours are ridden through by agreement (on-site supply or workload curtailment at its price).
  const withFlexible = (r: SimulationResult): SimulationResult => ({ ...r, gridLimitMW: r.gridLimitMW + (r.summary.flexibleConnection?.inService === true ? r.summary.flexibleConnection.flexibleMW : 0) });
  const monteCarloOf = (r: SimulationResult) => simulateReliability(reliabilityInputFrom(site, withFlexible(r), technologies, options.years, options.seed));
  let reliability = monteCarloOf(result);
  for (let n = 0; options.availabilityTarget > 0 && reliability.availability.mean < options.availabilityTarget && n < MAX_RELIABILITY_UNITS; n++) {
    const fix = cheapestUnits(input, mix, 0);
    if (fix === null) break;
    const before = reliability.availability.mean;
    const last = added.at(-1);
    if (last !== undefined && last.reason === 'availability' && last.technologyId === fix.technologyId) {
      last.units += 1;
      last.detail = `Monte Carlo availability below the target ${pctText(options.availabilityTarget)}`;
    } else {
      added.push({ technologyId: fix.technologyId, units: 1, reason: 'availability', detail: `Monte Carlo availability ${pctText(before)} below the target ${pctText(options.availabilityTarget)}` });
    }
    mix = fix.mix;
    result = simulate(mix, schedule);
    options.onProgress?.(0.5 + 0.4 * ((n + 1) / MAX_RELIABILITY_UNITS), `availability ${pctText(before)} below ${pctText(options.availabilityTarget)}: one more ${fix.technologyId}`);
    reliability = monteCarloOf(result);
  }

  let events: EventFix | null = null;
  let eventInput: ReliabilityInput | null = null;
  const commonMode = options.events !== undefined && input.reliabilityTarget === 'worst-day' && options.availabilityTarget > 0 ? options.events.commonMode(result.dryBulbC) : undefined;
  if (options.events !== undefined && commonMode !== undefined) {
    options.onProgress?.(0.75, `Monte Carlo with the common-mode events, ${options.events.years} years`);
    const base = markDualFuelUnits(reliabilityInputFrom(site, withFlexible(result), technologies, options.events.years, options.seed, commonMode), mix).input;
    const fixed = fixForEvents(mix, base, {
      sizing: input,
      target: options.availabilityTarget,
      unitOf: (technologyId) => newUnitOf(technologyId, base, input, technologies),
      gridLimitMW: input.grid === undefined || mix.gridImportMW <= 1e-6 ? 0 : input.grid.importLimitMW,
      batterySocMinPct: BATTERY_RESERVE_PCT,
      onStep: (step, i) => options.onProgress?.(0.75 + 0.2 * ((i + 1) / MAX_EVENT_FIX_STEPS), `with the events ${step.lossOfLoadHoursBefore.toFixed(2)} h/yr lost: ${step.detail.split(':')[0]}`),
      ...(options.events.shouldCancel ? { shouldCancel: options.events.shouldCancel } : {}),
    });
    events = fixed.fix;
    eventInput = fixed.input;
    for (const step of fixed.fix.steps) {
      if (step.kind !== 'unit' || step.technologyId === null) continue;
      const last = added.at(-1);
      if (last !== undefined && last.reason === 'events' && last.technologyId === step.technologyId) last.units += 1;
      else added.push({ technologyId: step.technologyId, units: 1, reason: 'events', detail: `the Monte Carlo with the common-mode events lost ${step.lossOfLoadHoursBefore.toFixed(2)} h/yr, above the target's ${fixed.fix.lossOfLoadHoursTarget.toFixed(2)} h/yr; a unit was the cheapest fix per hour removed` });
    }
    if (fixed.fix.steps.length > 0) {
      mix = fixed.mix;
      result = simulate(mix, schedule);
      reliability = monteCarloOf(result);
    }
  }

  const economic = runner.simulate(site, resolveScenario(scenarioFromMix(mix, limits)), { year: options.year }).summary;
  const s = result.summary;
  const checks = checkPromises(
    input,
    mix,
    { co2Tonnes: s.co2Tonnes, unservedEnergyMWh: s.unservedEnergyMWh, gridPeakMW: s.gridPeakMW, availability: reliability.availability.mean, availabilityTarget: options.availabilityTarget },
    options.structure,
  );
  if (events !== null) {
    const actual = events.after.availability.mean;
    const excess = Math.max(0, events.target - actual);
    checks.push({
      promise: 'availabilityWithEvents',
      limit: events.target,
      actual,
      met: events.met,
      excess,
      unit: 'availability',
      message: `Monte Carlo availability with the common-mode events ${pctText(actual)} (${events.after.lossOfLoadHoursPerYear.mean.toFixed(2)} h/yr lost, ${events.years} years) ${events.met ? 'meets' : 'is below'} the target ${pctText(events.target)}${events.steps.length > 0 ? ` after ${events.steps.length} fix step${events.steps.length === 1 ? '' : 's'}` : ''}`,
    });
  }
  return {
    mix,
    recheck: {
      scenario: scenarioFromMix(mix, limits),
      simulation: {
        year: s.year,
        dispatch: 'optimized schedule',
        unservedEnergyMWh: s.unservedEnergyMWh,
        unservedHours: s.unservedHours,
        servedShare: s.energyMWh > 0 ? 1 - s.unservedEnergyMWh / s.energyMWh : 1,
        lcoeUSDPerMWh: s.lcoeUSDPerMWh,
        annualCostUSD: s.annualCostUSD,
        co2Tonnes: s.co2Tonnes,
        gridEnergyMWh: s.gridEnergyMWh,
        gridPeakMW: s.gridPeakMW,
        invariantsOk: checkInvariants(result).ok,
        tightenedCo2CapTonnes: tightened,
        distillateMMBtu: s.gasSupply?.distillate?.burnedMMBtu ?? null,
        flexible: flexibleOf(s.flexibleConnection, dispatched.annual?.workloadCurtailedMWh ?? 0),
      },
      economicDispatch: { co2Tonnes: economic.co2Tonnes, unservedEnergyMWh: economic.unservedEnergyMWh, annualCostUSD: economic.annualCostUSD, lcoeUSDPerMWh: economic.lcoeUSDPerMWh },
      monteCarlo: {
        years: options.years,
        seed: options.seed,
        availability: reliability.availability,
        nines: reliability.nines,
        lossOfLoadHoursPerYear: reliability.lossOfLoadHoursPerYear,
        expectedUnservedEnergyMWhPerYear: reliability.expectedUnservedEnergyMWhPerYear,
        tiers: reliability.tiers,
        target: options.availabilityTarget,
      },
      added,
      tank,
      events,
      dualFuelInScenario: tankHours > 0 && mix.thermal.some((t) => t.units > 0 && dualFuelUnitCount(t) > 0),
      checks,
      roundedMixLpCostUSDPerYear: dispatched.costUSDPerYear,
    },
    eventInput,
  };
}

/**
 * A new unit of a technology for the events loop: a copy of one already in the fleet (the same
 * hourly derating array, so the Monte Carlo keeps one group), or built from the catalog and the
 * sizing's hourly derating; gas-only (a dual-fuel unit is a separate step).
 */
function newUnitOf(technologyId: string, input: ReliabilityInput, sizing: SizingInput, technologies: TechnologyFile): ReliabilityUnit | null {
  const tech = technologies.technologies.find((t) => t.id === technologyId);
  const sized = sizing.thermal.find((t) => t.technologyId === technologyId);
  if (tech === undefined || sized === undefined) return null;
  const gasFired = tech.fuel === 'natural-gas';
  const like = input.units.find((u) => technologyOfUnit(u) === technologyId);
  if (like !== undefined) return { ...like, gasFired };
  const fraction = sized.outputFractionByHour;
  return {
    id: `${technologyId}-1`,
    capacityMW: sized.unitMW,
    forcedOutageRate: tech.forcedOutageRate.value,
    mttrHours: tech.mttrHours?.value ?? 50,
    gasFired,
    ...(fraction !== undefined && fraction.length === HOURS_PER_YEAR ? { hourlyCapacityFraction: fraction } : {}),
  };
}

function cheapestUnits(input: SizingInput, mix: SizedMix, shortMW: number): { mix: SizedMix; technologyId: string; units: number } | null {
  const largestBuiltMW = mix.thermal.reduce((max, t) => (t.units > 0 ? Math.max(max, t.unitMW) : max), 0);
  const perMW = (t: SizingInput['thermal'][number]): number => t.capexUSDPerKW * capitalRecoveryFactor(input.discountRate, t.lifetimeYears) + t.fixedOMUSDPerKWYear;
  const candidates = input.thermal.filter((t) => largestBuiltMW === 0 || t.unitMW <= largestBuiltMW).sort((a, b) => perMW(a) - perMW(b));
  const technology = candidates[0];
  if (technology === undefined) return null;
  const units = Math.max(1, Math.ceil(shortMW / (technology.unitMW * (1 - (technology.forcedOutageRate ?? 0))) - 1e-9));
  const has = mix.thermal.some((t) => t.technologyId === technology.technologyId);
  const thermal = has
    ? mix.thermal.map((t) => (t.technologyId === technology.technologyId ? { ...t, units: t.units + units, capacityMW: (t.units + units) * t.unitMW } : t))
    : [...mix.thermal, { technologyId: technology.technologyId, units, unitMW: technology.unitMW, capacityMW: units * technology.unitMW, lpCapacityMW: 0 }];
  return { mix: { ...mix, thermal }, technologyId: technology.technologyId, units };
}

/** The simulation's flexible readout beside what the schedule it followed curtailed (the LP's full-year dispatch of the mix). */
function flexibleOf(readout: FlexibleReadout | null, scheduledWorkloadCurtailedMWh: number): MixRecheck['simulation']['flexible'] {
  if (readout === null || !readout.inService) return null;
  return { flexibleMW: readout.flexibleMW, curtailedHours: readout.curtailedHours, workloadCurtailedMWh: readout.workloadCurtailedMWh, workloadCurtailmentCostUSD: readout.workloadCurtailmentCostUSD, scheduledWorkloadCurtailedMWh };
}

function pctText(value: number): string {
  return `${(value * 100).toFixed(4)}%`;
}
