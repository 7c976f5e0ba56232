import { capitalRecoveryFactor } from '../../../power-model/optimize/capital-recovery';
import { dualFuelUSDPerMWYear } from '../../../power-model/optimize/families/worst-day';
import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import { WITH_EVENTS } from '../../../power-model/reliability/designs';
import type { EventFix, EventFixKind, EventFixStep } from '../../../api/worst-day-results';
import { summarizeTally } from '../../../power-model/reliability/monte-carlo';
import { simulateSinglePass } from '../../../power-model/reliability/single-pass';
import type { ReliabilityBattery, ReliabilityInput, ReliabilityUnit } from '../../../power-model/reliability/types';
import { HOURS_PER_YEAR } from '../../../power-model/hours';
import { dualFuelUnitCount, technologyOfUnit } from './mix-dual-fuel';

/** Fix steps the events loop takes at most: each is one Monte Carlo pass per candidate, so the loop stays bounded in time. */
export const MAX_EVENT_FIX_STEPS = 20;
/** A battery step lasts this many hours when the mix has no battery to take its duration from (the catalog's 4 h battery). */
const BATTERY_STEP_HOURS = 4;

export type { EventFix, EventFixKind, EventFixStep } from '../../../api/worst-day-results';

export type EventFixOptions = {
  sizing: SizingInput;
  target: number;
  /** A new unit of a technology as the Monte Carlo draws it (rated MW, FOR, MTTR, hourly derating, fuel); null = not offered. */
  unitOf: (technologyId: string) => ReliabilityUnit | null;
  /** The site's firm grid limit, MW, up to which a grid step may raise the mix's grid; 0 where no grid exists. */
  gridLimitMW: number;
  /** Battery reserve the Monte Carlo keeps, percent (reliability.ts). */
  batterySocMinPct: number;
  maxSteps?: number;
  onStep?: (step: EventFixStep, index: number) => void;
  shouldCancel?: () => boolean;
};

type Candidate = { kind: EventFixKind; technologyId: string | null; mw: number; mwh: number; costUSDPerYear: number; mix: SizedMix; input: ReliabilityInput };
type Measured = Candidate & { lossOfLoadHours: number; unservedMWh: number };

/**
 * Adds to a mix, one step at a time, the cheapest fix for the load it loses with the common-mode
 * events until the Monte Carlo with them meets the availability target (at most `maxSteps`). The
 * candidates each step: one more unit of each technology the mix may build (no larger than its
 * largest unit, so the N+k reserve the LP sized still covers the largest unit), one more unit made
 * dual fuel of each technology that has a gas-only unit left, a battery step (the largest unit's
 * MW for the mix's battery duration, else 4 h), and — where a grid exists — that many MW more of
 * firm grid. Each is priced as the LP prices it, annualized (capital recovery + fixed O&M; dual
 * fuel at `dualFuelUSDPerMWYear`; grid at its capacity charge), and measured on the same draws as
 * the mix: same seed, the events on their own streams, a new unit appended after the fleet so every
 * existing unit keeps its stream. Every candidate only raises some hour's margin, so it never loses
 * more than the mix. The one with the least cost per hour of lost load removed is taken; when no
 * candidate removes a whole hour, the least cost per MWh of unserved energy removed; when none
 * removes anything, the loop stops.
 *
 * Greedy, because the candidates interact (a dual-fuel unit is worth more when fewer units are on
 * outage, a battery step is worth more once the longest shortfalls are shortened) and an exact
 * answer would be a stochastic program over every combination: one step at a time is what a
 * planner would do by hand, and each step is the best single move on the draws. It is not proven
 * optimal — a pair of cheaper moves can beat the single move taken first, and the Monte Carlo's
 * sampling error can rank two close candidates the wrong way.
 */
export function fixForEvents(mix: SizedMix, input: ReliabilityInput, options: EventFixOptions): { mix: SizedMix; input: ReliabilityInput; fix: EventFix } {
  const lossOfLoadHoursTarget = HOURS_PER_YEAR * (1 - options.target);
  const maxSteps = options.maxSteps ?? MAX_EVENT_FIX_STEPS;
  const measure = (candidate: Candidate): Measured => {
    const { lossOfLoadHours, unservedMWh } = meanLoss(candidate.input, options.shouldCancel);
    return { ...candidate, lossOfLoadHours, unservedMWh };
  };
  let current = measure({ kind: 'unit', technologyId: null, mw: 0, mwh: 0, costUSDPerYear: 0, mix, input });
  const before = estimates(current.input, options.shouldCancel);
  const steps: EventFixStep[] = [];
  let stoppedBecause: string | null = null;
  while (current.lossOfLoadHours > lossOfLoadHoursTarget + 1e-12) {
    if (steps.length >= maxSteps) {
      stoppedBecause = `the loop's bound of ${maxSteps} step${maxSteps === 1 ? '' : 's'} reached`;
      break;
    }
    if (options.shouldCancel?.() === true) {
      stoppedBecause = 'cancelled';
      break;
    }
    const candidates = candidatesOf(current, options).map(measure);
    const byHours = cheapest(candidates, (c) => current.lossOfLoadHours - c.lossOfLoadHours);
    const byEnergy = byHours ?? cheapest(candidates, (c) => current.unservedMWh - c.unservedMWh);
    if (byEnergy === null) {
      stoppedBecause = candidates.length === 0 ? 'nothing left to add (no candidate within the limits)' : 'no candidate removes any lost load on these draws';
      break;
    }
    const best = byEnergy;
    const removedHours = current.lossOfLoadHours - best.lossOfLoadHours;
    const step: EventFixStep = {
      kind: best.kind,
      technologyId: best.technologyId,
      mw: best.mw,
      mwh: best.mwh,
      costUSDPerYear: best.costUSDPerYear,
      lossOfLoadHoursBefore: current.lossOfLoadHours,
      lossOfLoadHoursAfter: best.lossOfLoadHours,
      usdPerHourRemoved: byHours === null ? null : best.costUSDPerYear / removedHours,
      candidates: candidates.length,
      detail:
        `${whatText(best)}: ${(best.costUSDPerYear / 1e6).toFixed(2)} MUSD/yr, ${current.lossOfLoadHours.toFixed(3)} → ${best.lossOfLoadHours.toFixed(3)} h/yr lost with the events` +
        (byHours === null ? ' (no candidate removed a whole hour; the least cost per MWh of unserved energy removed)' : `, ${(best.costUSDPerYear / removedHours / 1e6).toFixed(2)} MUSD per hour a year removed, the least of ${candidates.length} candidates`),
    };
    steps.push(step);
    options.onStep?.(step, steps.length - 1);
    current = best;
  }
  const after = estimates(current.input, options.shouldCancel);
  const met = after.availability.mean >= options.target;
  return {
    mix: current.mix,
    input: current.input,
    fix: { years: input.years, seed: input.seed, target: options.target, lossOfLoadHoursTarget, before, after, met, steps, stoppedBecause: met ? null : stoppedBecause },
  };
}

/** The candidate fixes of a mix, each with the mix and the Monte Carlo input it would make. */
function candidatesOf(current: Measured, options: EventFixOptions): Candidate[] {
  const { mix, input } = current;
  const sizing = options.sizing;
  const largestBuiltMW = mix.thermal.reduce((max, t) => (t.units > 0 ? Math.max(max, t.unitMW) : max), 0);
  const candidates: Candidate[] = [];
  for (const technology of sizing.thermal) {
    if (largestBuiltMW > 0 && technology.unitMW > largestBuiltMW + 1e-9) continue;
    const built = mix.thermal.find((t) => t.technologyId === technology.technologyId);
    if (technology.maxMW !== undefined && ((built?.units ?? 0) + 1) * technology.unitMW > technology.maxMW + 1e-9) continue;
    const unit = options.unitOf(technology.technologyId);
    if (unit === null) continue;
    const perMWYear = 1000 * (technology.capexUSDPerKW * capitalRecoveryFactor(sizing.discountRate, technology.lifetimeYears) + technology.fixedOMUSDPerKWYear);
    const n = (built?.units ?? 0) + 1;
    const thermal = built
      ? mix.thermal.map((t) => (t === built ? { ...t, units: n, capacityMW: n * t.unitMW } : t))
      : [...mix.thermal, { technologyId: technology.technologyId, units: 1, unitMW: technology.unitMW, capacityMW: technology.unitMW, lpCapacityMW: 0 }];
    candidates.push({
      kind: 'unit',
      technologyId: technology.technologyId,
      mw: technology.unitMW,
      mwh: 0,
      costUSDPerYear: perMWYear * technology.unitMW,
      mix: { ...mix, thermal },
      input: { ...input, units: [...input.units, { ...unit, id: `${technology.technologyId}-${n}` }] },
    });
  }
  for (const built of mix.thermal) {
    const technology = sizing.thermal.find((t) => t.technologyId === built.technologyId);
    if (technology === undefined || !(technology.gasFired ?? true) || !(technology.dualFuelCapable ?? true)) continue;
    const index = input.units.findIndex((u) => u.gasFired === true && technologyOfUnit(u) === built.technologyId);
    if (index < 0) continue;
    const units = input.units.map((u, i) => (i === index ? { ...u, gasFired: false } : u));
    const dual = dualFuelUnitCount(built) + 1;
    candidates.push({
      kind: 'dualFuel',
      technologyId: built.technologyId,
      mw: built.unitMW,
      mwh: 0,
      costUSDPerYear: built.unitMW * dualFuelUSDPerMWYear(sizing, technology),
      mix: { ...mix, thermal: mix.thermal.map((t) => (t === built ? { ...t, dualFuelMW: dual * t.unitMW } : t)) },
      input: { ...input, units },
    });
  }
  const stepMW = Math.max(1, largestBuiltMW);
  const battery = sizing.battery;
  if (battery !== undefined) {
    const hours = mix.batteryMW > 1e-6 ? mix.batteryMWh / mix.batteryMW : BATTERY_STEP_HOURS;
    const mwh = stepMW * hours;
    const fits = (battery.maxMW === undefined || mix.batteryMW + stepMW <= battery.maxMW + 1e-9) && (battery.maxMWh === undefined || mix.batteryMWh + mwh <= battery.maxMWh + 1e-9);
    if (fits) {
      const own = input.battery;
      const next: ReliabilityBattery = own
        ? { ...own, powerMW: own.powerMW + stepMW, energyMWh: own.energyMWh + mwh }
        : { powerMW: stepMW, energyMWh: mwh, roundTripEfficiency: battery.roundTripEfficiency, socMinPct: options.batterySocMinPct };
      const crf = capitalRecoveryFactor(sizing.discountRate, battery.lifetimeYears);
      candidates.push({
        kind: 'battery',
        technologyId: null,
        mw: stepMW,
        mwh,
        costUSDPerYear: crf * 1000 * (battery.powerCapexUSDPerKW * stepMW + battery.energyCapexUSDPerKWh * mwh) + 1000 * battery.fixedOMUSDPerKWYear * stepMW,
        mix: { ...mix, batteryMW: mix.batteryMW + stepMW, batteryMWh: mix.batteryMWh + mwh },
        input: { ...input, battery: next },
      });
    }
  }
  const grid = sizing.grid;
  const gridMW = Math.min(stepMW, options.gridLimitMW - mix.gridImportMW);
  if (grid !== undefined && input.gridImportLimitMW > 0 && gridMW > 1e-6) {
    candidates.push({
      kind: 'grid',
      technologyId: null,
      mw: gridMW,
      mwh: 0,
      costUSDPerYear: grid.capacityChargeUSDPerMWYear * gridMW,
      mix: { ...mix, gridImportMW: mix.gridImportMW + gridMW },
      input: { ...input, gridImportLimitMW: input.gridImportLimitMW + gridMW },
    });
  }
  return candidates;
}

/** The candidate with the least cost per unit of `removed` (> 0); null when none removes any. */
function cheapest(candidates: readonly Measured[], removed: (c: Measured) => number): Measured | null {
  let best: Measured | null = null;
  let bestRatio = Infinity;
  for (const c of candidates) {
    const r = removed(c);
    if (!(r > 1e-9)) continue;
    const ratio = c.costUSDPerYear / r;
    if (ratio < bestRatio) {
      best = c;
      bestRatio = ratio;
    }
  }
  return best;
}

/** Mean loss-of-load hours and unserved MWh a year with the common-mode events. */
function meanLoss(input: ReliabilityInput, shouldCancel: (() => boolean) | undefined): { lossOfLoadHours: number; unservedMWh: number } {
  const pass = simulateSinglePass({ ...input, designs: [WITH_EVENTS], ...(shouldCancel ? { shouldCancel } : {}) });
  const tally = pass.tallies[0];
  if (tally === undefined || tally.years === 0) return { lossOfLoadHours: Infinity, unservedMWh: Infinity };
  return { lossOfLoadHours: tally.lossOfLoadHours / tally.years, unservedMWh: tally.unservedMWh / tally.years };
}

function estimates(input: ReliabilityInput, shouldCancel: (() => boolean) | undefined): EventFix['before'] {
  const pass = simulateSinglePass({ ...input, designs: [WITH_EVENTS], ...(shouldCancel ? { shouldCancel } : {}) });
  const tally = pass.tallies[0];
  if (tally === undefined) throw new Error('the events Monte Carlo returned no tally');
  const r = summarizeTally(input, tally, pass.cancelled);
  return { availability: r.availability, lossOfLoadHoursPerYear: r.lossOfLoadHoursPerYear };
}

function whatText(c: Candidate): string {
  switch (c.kind) {
    case 'unit':
      return `one more ${c.technologyId ?? ''} unit (${c.mw.toFixed(1)} MW)`;
    case 'dualFuel':
      return `one more ${c.technologyId ?? ''} unit made dual fuel (${c.mw.toFixed(1)} MW)`;
    case 'battery':
      return `battery +${c.mw.toFixed(1)} MW / ${c.mwh.toFixed(0)} MWh`;
    case 'grid':
      return `firm grid +${c.mw.toFixed(1)} MW`;
  }
}
