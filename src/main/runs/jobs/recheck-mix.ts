import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { checkInvariants } from '../../../power-model/invariants';
import { capitalRecoveryFactor } from '../../../power-model/optimize/capital-recovery';
import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import { simulateReliability } from '../../../power-model/reliability/monte-carlo';
import type { Estimate, TierComparison } from '../../../power-model/reliability/types';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { ScenarioSpec } from '../../../power-model/scenarios/types';
import type { SimulationResult } from '../../../power-model/simulate';
import type { ModelRunner } from '../../model/runner';
import { reliabilityInputFrom } from './reliability';

/** Rounds of "add units and simulate again" before giving up. */
const MAX_FIX_ROUNDS = 3;
/** Unserved energy the re-check tolerates as rounding, MWh/yr. */
const UNSERVED_TOLERANCE_MWH = 1e-6;

export type MixRecheck = {
  /** The mix as a scenario (economic dispatch), ready to simulate or save. */
  scenario: ScenarioSpec;
  simulation: { year: number; unservedEnergyMWh: number; unservedHours: number; lcoeUSDPerMWh: number | null; annualCostUSD: number; co2Tonnes: number; invariantsOk: boolean };
  monteCarlo: {
    years: number;
    seed: number;
    availability: Estimate;
    nines: number | null;
    lossOfLoadHoursPerYear: Estimate;
    expectedUnservedEnergyMWhPerYear: Estimate;
    tiers: TierComparison[];
  };
  /** Units added because the hourly simulation found the rounded LP mix short (empty when it was not). */
  added: { technologyId: string; units: number; unservedEnergyMWh: number }[];
};

/** The mix in scenario shape: grid limit = the LP's contracted grid MW, whole thermal units, economic dispatch. */
export function scenarioFromMix(mix: SizedMix): ScenarioSpec {
  return {
    id: 'optimized',
    name: 'Least-cost mix (optimizer)',
    strategy: 'economic',
    grid: mix.gridImportMW > 1e-6 ? { importLimitMW: mix.gridImportMW } : { importAllowed: false },
    btm: {
      thermal: mix.thermal.filter((t) => t.units > 0).map((t) => ({ technology: t.technologyId, units: t.units })),
      solarMWac: mix.solarMWac,
      solarMounting: 'single-axis',
      battery: { powerMW: mix.batteryMW, energyMWh: mix.batteryMWh },
    },
  };
}

/**
 * Re-checks the optimizer's rounded mix the way a planner would: simulates it hour by hour (the
 * engine's economic dispatch, the sizing year when one was given) and, if any energy goes
 * unserved, adds whole units of the thermal technology with the lowest annualized capacity cost
 * per MW among those no larger than the largest unit built (so the N+k reserve still holds),
 * enough to cover the worst unserved hour, and simulates again (at most 3 rounds). Then runs a
 * seeded Monte Carlo of `years` years on the final mix (unit forced outages, grid outage events).
 */
export function recheckMix(
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  input: SizingInput,
  lpMix: SizedMix,
  options: { year?: number; years: number; seed: number },
): { mix: SizedMix; recheck: MixRecheck } {
  let mix = lpMix;
  const added: MixRecheck['added'] = [];
  let result: SimulationResult;
  for (let round = 0; ; round++) {
    result = runner.simulate(site, resolveScenario(scenarioFromMix(mix)), options.year === undefined ? {} : { year: options.year });
    const unservedMWh = result.summary.unservedEnergyMWh;
    if (unservedMWh <= UNSERVED_TOLERANCE_MWH || round === MAX_FIX_ROUNDS) break;
    let worstMW = 0;
    for (const mw of result.flows.unservedMW) worstMW = Math.max(worstMW, mw);
    const fix = cheapestUnits(input, mix, worstMW);
    if (fix === null) break;
    added.push({ technologyId: fix.technologyId, units: fix.units, unservedEnergyMWh: unservedMWh });
    mix = fix.mix;
  }
  const reliability = simulateReliability(reliabilityInputFrom(site, result, technologies, options.years, options.seed));
  const s = result.summary;
  return {
    mix,
    recheck: {
      scenario: scenarioFromMix(mix),
      simulation: {
        year: s.year,
        unservedEnergyMWh: s.unservedEnergyMWh,
        unservedHours: s.unservedHours,
        lcoeUSDPerMWh: s.lcoeUSDPerMWh,
        annualCostUSD: s.annualCostUSD,
        co2Tonnes: s.co2Tonnes,
        invariantsOk: checkInvariants(result).ok,
      },
      monteCarlo: {
        years: options.years,
        seed: options.seed,
        availability: reliability.availability,
        nines: reliability.nines,
        lossOfLoadHoursPerYear: reliability.lossOfLoadHoursPerYear,
        expectedUnservedEnergyMWhPerYear: reliability.expectedUnservedEnergyMWhPerYear,
        tiers: reliability.tiers,
      },
      added,
    },
  };
}

function cheapestUnits(input: SizingInput, mix: SizedMix, shortMW: number): { mix: SizedMix; technologyId: string; units: number } | null {
  const largestBuiltMW = mix.thermal.reduce((max, t) => (t.units > 0 ? Math.max(max, t.unitMW) : max), 0);
  const perMW = (t: SizingInput['thermal'][number]): number => t.capexUSDPerKW * capitalRecoveryFactor(input.discountRate, t.lifetimeYears) + t.fixedOMUSDPerKWYear;
  const candidates = input.thermal.filter((t) => largestBuiltMW === 0 || t.unitMW <= largestBuiltMW).sort((a, b) => perMW(a) - perMW(b));
  const technology = candidates[0];
  if (technology === undefined) return null;
  const units = Math.max(1, Math.ceil(shortMW / technology.unitMW - 1e-9));
  const has = mix.thermal.some((t) => t.technologyId === technology.technologyId);
  const thermal = has
    ? mix.thermal.map((t) => (t.technologyId === technology.technologyId ? { ...t, units: t.units + units, capacityMW: (t.units + units) * t.unitMW } : t))
    : [...mix.thermal, { technologyId: technology.technologyId, units, unitMW: technology.unitMW, capacityMW: units * technology.unitMW, lpCapacityMW: 0 }];
  return { mix: { ...mix, thermal }, technologyId: technology.technologyId, units };
}
