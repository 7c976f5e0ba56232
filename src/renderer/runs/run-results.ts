import type { EventFix as EventFixView, WorstDayOutcome } from '../../api/worst-day-results';
import type { SizingResult } from '../../power-model/optimize/types';
import type { RedundancyCase } from '../../power-model/reliability/redundancy';
import type { Estimate, GridOutageStatistics, TierComparison } from '../../power-model/reliability/types';
import type { TornadoResult } from '../../power-model/sensitivity/tornado';
import type { PromiseCheck } from '../../power-model/optimize/promises';
import type { ScenarioSpec } from '../../power-model/scenarios/types';

/** What the reliability job returns (src/main/runs/jobs/reliability.ts); the renderer does not import src/main, so the shape is restated. */
export type ReliabilityRun = {
  year?: number;
  years: number;
  seed: number;
  gridOutage: GridOutageStatistics | null;
  gridOutageSource: string | null;
  /** The scenario's grid import limit, MW; absent in runs from before common-mode events. */
  gridImportLimitMW?: number;
  units: number;
  threads?: number;
  elapsedMs?: number;
  /** The common-mode events used (src/main/runs/jobs/reliability.ts CommonModeSummary); null or absent: off, or a run from before them. */
  commonMode?: {
    gasSupply: { eventsPerYear: number; meanDurationHours: number; shareOfGasUnitsAffected: number; triggerHours: number };
    gridWeather: { eventsPerYear: number; meanDurationHours: number; triggerHours: number };
  } | null;
  cases: RedundancyCase[];
};

/** What the sweep job returns (src/main/runs/jobs/sweep.ts); the renderer does not import src/main, so the shape is restated. */
export type SweepAxis = { name: string; values: number[] };
export type SweepPoint = { x: number; y: number | null; lcoeUSDPerMWh: number | null; annualCostUSD: number; co2Tonnes: number };
export type SweepRun = { x: SweepAxis; y: SweepAxis | null; points: SweepPoint[]; threads: number; elapsedMs: number };

/** One promise of the optimizer's answer as its re-check found it (src/power-model/optimize/promises.ts). */
export type { PromiseCheck } from '../../power-model/optimize/promises';

/** The optimizer's re-check of its whole-unit mix (src/main/runs/jobs/recheck-mix.ts), as far as the view shows it. */
export type MixRecheck = {
  scenario: ScenarioSpec;
  simulation: { year: number; unservedEnergyMWh: number; unservedHours: number; lcoeUSDPerMWh: number | null; annualCostUSD: number; co2Tonnes: number; tightenedCo2CapTonnes?: number | null; flexible?: { flexibleMW: number; curtailedHours: number; workloadCurtailedMWh: number; workloadCurtailmentCostUSD: number } | null };
  economicDispatch?: { co2Tonnes: number; unservedEnergyMWh: number; annualCostUSD: number; lcoeUSDPerMWh: number | null };
  monteCarlo: { years: number; seed: number; availability: Estimate; nines: number | null; lossOfLoadHoursPerYear: Estimate; tiers: TierComparison[]; target?: number };
  added: { technologyId: string; units: number; reason?: string; detail?: string; unservedEnergyMWh?: number }[];
  checks?: PromiseCheck[];
  roundedMixLpCostUSDPerYear?: number | null;
  /** The worst-day target's Monte Carlo with the common-mode events and the fix steps (src/main/runs/jobs/event-fix.ts); null for N+k. */
  events?: EventFixView | null;
};
export type { EventCheckRow, EventFix as EventFixView, EventFixStep as EventFixStepView, WorstDayOutcome } from '../../api/worst-day-results';
export type OptimizeRun = SizingResult & { siteId?: string; year?: number; recheck?: MixRecheck | null; reliabilityTarget?: 'n-plus-k' | 'worst-day'; worstDay?: WorstDayOutcome | null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A run's result arrives as JSON the services built from typed engine output; these checks pick
 * the shape by kind and refuse anything else (a failed or cancelled run stores `{ error }`).
 */
export function asSizing(v: unknown): OptimizeRun | null {
  return isObject(v) && typeof v.status === 'string' && Array.isArray(v.infeasibilities) && Array.isArray(v.notes) ? (v as OptimizeRun) : null;
}

export function asSweep(v: unknown): SweepRun | null {
  return isObject(v) && isObject(v.x) && Array.isArray(v.points) ? (v as SweepRun) : null;
}

export function asReliability(v: unknown): ReliabilityRun | null {
  return isObject(v) && Array.isArray(v.cases) && v.cases.every((c) => isObject(c) && typeof c.label === 'string' && isObject(c.result)) ? (v as ReliabilityRun) : null;
}

export function asTornado(v: unknown): TornadoResult | null {
  return isObject(v) && Array.isArray(v.metrics) && Array.isArray(v.bars) && isObject(v.base) ? (v as TornadoResult) : null;
}

/** The error text a failed run left in its record, if any. */
export function runError(v: unknown): string | null {
  return isObject(v) && typeof v.error === 'string' ? v.error : null;
}
