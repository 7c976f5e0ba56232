import type { Highs } from 'highs';
import { capitalRecoveryFactor } from './capital-recovery';
import { readSolution } from './read-solution';
import { buildSizingModel } from './sizing-model';
import { solveLp } from './solve-lp';
import type { SizedMix, SizingInput, SizingResult } from './types';

/**
 * Penalty on unserved energy in the full-year dispatch when the input sets none, USD/MWh: high
 * enough that the LP serves every MWh it can (the dearest source costs ~100 USD/MWh), so what is
 * left unserved is what the fixed capacities cannot serve.
 */
const DISPATCH_VALUE_OF_LOST_LOAD_USD_PER_MWH = 10_000;
/** Rounds of "add units and dispatch again" before giving up. */
const MAX_FIX_ROUNDS = 3;

/**
 * Two-stage sizing: fast, and checked over every hour of the year.
 *
 * 1. Size on `days` representative days (`optimizeSizing` with that resolution, every class of
 *    largest unit), thermal units rounded up.
 * 2. Dispatch the full year (8760 h) by LP with every capacity fixed at the stage-1 mix (grid MW,
 *    whole thermal units, solar MWac, battery MW/MWh): the same LP with capacity columns fixed
 *    and no column splitting, which HiGHS presolves down to a dispatch problem (~0.4 s against
 *    ~40 s for the full-year sizing LP, measured on a quiet machine). Unserved energy is allowed
 *    at max(value of lost load, 10,000 USD/MWh), so any hour the mix cannot serve shows up.
 * 3. If the full year leaves more unserved than the allowance, add whole units of the technology
 *    with the lowest annualized capacity cost per MW among those no larger than the largest unit
 *    built (so the N+k reserve still holds) — enough units to cover the largest unserved hour —
 *    and dispatch again (at most 3 rounds). The notes say what was added.
 *
 * The result's costs, energies and CO2 are those of the full-year dispatch of the final mix (its
 * whole units), and `objectiveUSDPerYear` is their sum; it is not a full-year optimum of the
 * sizing: the capacities come from the representative days.
 */
export function optimizeTwoStage(highs: Highs, input: SizingInput, optimizeSizing: (highs: Highs, input: SizingInput) => SizingResult): SizingResult {
  if (input.timeResolution.kind !== 'twoStage') throw new RangeError(`optimizeTwoStage needs timeResolution.kind 'twoStage', got '${input.timeResolution.kind}'`);
  const { days, seed } = input.timeResolution;
  const stage1 = optimizeSizing(highs, { ...input, timeResolution: { kind: 'representativeDays', days, ...(seed === undefined ? {} : { seed }) } });
  if (stage1.status !== 'optimal' || stage1.mix === null) return stage1;

  const notes = [...stage1.notes.filter((n) => !n.startsWith('Thermal unit counts'))];
  const allowanceMWh = input.unserved?.allowanceMWhPerYear ?? 0;
  const dispatchInput: SizingInput = {
    ...input,
    timeResolution: { kind: 'fullYear' },
    unserved: {
      allowanceMWhPerYear: Number.MAX_VALUE,
      valueOfLostLoadUSDPerMWh: Math.max(input.unserved?.valueOfLostLoadUSDPerMWh ?? 0, DISPATCH_VALUE_OF_LOST_LOAD_USD_PER_MWH),
    },
  };
  let mix: SizedMix = stage1.mix;
  let solveTimeMs = stage1.solveTimeMs;
  let buildTimeMs = stage1.buildTimeMs;
  for (let round = 0; ; round++) {
    const largestBuiltMW = mix.thermal.reduce((max, t) => (t.units > 0 ? Math.max(max, t.unitMW) : max), 0);
    const buildStarted = Date.now();
    const layout = buildSizingModel(dispatchInput, false, {
      largestUnitMW: largestBuiltMW,
      fixedCapacity: { gridMW: mix.gridImportMW, thermalMW: mix.thermal.map((t) => t.capacityMW), solarMWac: mix.solarMWac, batteryMW: mix.batteryMW, batteryMWh: mix.batteryMWh },
    });
    buildTimeMs += Date.now() - buildStarted;
    const solution = solveLp(highs, layout.builder, input.timeLimitSeconds ?? 60, 'simplex');
    solveTimeMs += solution.solveTimeMs;
    if (solution.status !== 'optimal' || solution.colValue === null) {
      notes.push(`The full-year dispatch of the representative-day mix stopped with status ${solution.status} (HiGHS ${solution.highsStatus}); the figures are those of the representative days.`);
      return { ...stage1, notes, solveTimeMs, buildTimeMs };
    }
    const read = readSolution({ ...input, timeResolution: { kind: 'fullYear' } }, layout, solution.colValue);
    const annual = read.annual;
    // The dispatch LP has no worst-day columns: the dual fuel sized in stage 1 keeps its cost.
    const dualFuelUSD = stage1.costBreakdownUSDPerYear?.dualFuelUSD;
    const costs = read.costBreakdownUSDPerYear === null ? null : { ...read.costBreakdownUSDPerYear, ...(dualFuelUSD === undefined ? {} : { dualFuelUSD }) };
    const unservedMWh = annual?.unservedEnergyMWh ?? 0;
    if (unservedMWh <= allowanceMWh + 1e-6 || round === MAX_FIX_ROUNDS) {
      if (unservedMWh > allowanceMWh + 1e-6) notes.push(`After ${MAX_FIX_ROUNDS} rounds of added units the full year still leaves ${unservedMWh.toFixed(1)} MWh unserved (allowance ${allowanceMWh} MWh).`);
      notes.push(
        `Two stages: capacities sized on ${days} representative days (thermal units rounded up), then the full year (8760 h) dispatched by LP with those capacities fixed; cost, energy and CO2 are the full-year dispatch of the whole units. Not a full-year optimum of the sizing.`,
      );
      return {
        status: 'optimal',
        objectiveUSDPerYear: costs === null ? null : Object.values(costs).reduce((a, b) => a + b, 0),
        costBreakdownUSDPerYear: costs,
        mix: { ...mix, thermal: mix.thermal.map((t) => ({ ...t, lpCapacityMW: stage1.mix?.thermal.find((s) => s.technologyId === t.technologyId)?.lpCapacityMW ?? 0 })) },
        annual,
        infeasibilities: [],
        solveTimeMs,
        buildTimeMs,
        lp: stage1.lp,
        bound: { lowerBoundUSDPerYear: null, scope: `the full-year dispatch of a mix sized on ${days} representative days: no bound on the full-year optimum` },
        notes,
      };
    }
    let worstMW = 0;
    for (const column of layout.unservedHour) worstMW = Math.max(worstMW, column < 0 ? 0 : (solution.colValue[column] ?? 0));
    const added = addUnits(input, mix, largestBuiltMW, worstMW);
    if (added === null) {
      notes.push(`The full year leaves ${unservedMWh.toFixed(1)} MWh unserved with the representative-day mix, and no thermal technology is offered to add.`);
      return { ...stage1, annual, costBreakdownUSDPerYear: costs, notes, solveTimeMs, buildTimeMs };
    }
    mix = added.mix;
    notes.push(`The full-year dispatch left ${unservedMWh.toFixed(1)} MWh unserved (worst hour ${worstMW.toFixed(1)} MW): added ${added.units} × ${added.technologyId} and dispatched again.`);
  }
}

/**
 * Adds enough whole units to cover `shortMW` of the technology with the lowest annualized capacity
 * cost per MW among those no larger than `largestBuiltMW` (any offered one when none is built).
 */
function addUnits(input: SizingInput, mix: SizedMix, largestBuiltMW: number, shortMW: number): { mix: SizedMix; technologyId: string; units: number } | null {
  const perMW = (j: number): number => {
    const t = input.thermal[j];
    return t === undefined ? Infinity : t.capexUSDPerKW * capitalRecoveryFactor(input.discountRate, t.lifetimeYears) + t.fixedOMUSDPerKWYear;
  };
  const candidates = input.thermal.map((_, j) => j).filter((j) => largestBuiltMW === 0 || (input.thermal[j]?.unitMW ?? Infinity) <= largestBuiltMW);
  const best = candidates.sort((a, b) => perMW(a) - perMW(b))[0];
  const technology = best === undefined ? undefined : input.thermal[best];
  if (technology === undefined) return null;
  const units = Math.max(1, Math.ceil(shortMW / technology.unitMW - 1e-9));
  const thermal = mix.thermal.map((t) => (t.technologyId === technology.technologyId ? { ...t, units: t.units + units, capacityMW: (t.units + units) * t.unitMW } : t));
  return { mix: { ...mix, thermal }, technologyId: technology.technologyId, units };
}
