import type { ReliabilityTarget, SizingResult, WorstDayEvent } from '../power-model/optimize/types';
import type { Estimate } from '../power-model/reliability/types';

/**
 * The worst-day answer's result shapes, written by the optimize job (src/main/runs/jobs/
 * event-fix.ts, worst-day-check.ts, optimize-worst-day.ts) and read by the renderer's worst-day
 * table. Declared once here so the two sides cannot drift apart field by field.
 */

export type EventFixKind = 'unit' | 'dualFuel' | 'battery' | 'grid';

/** One step of the events loop: what was added, why, what it costs a year, and the lost hours before and after it. */
export type EventFixStep = {
  kind: EventFixKind;
  /** The technology of a unit or dual-fuel step; null for a battery or grid step. */
  technologyId: string | null;
  /** MW added (a unit's rated MW, the MW made dual fuel, the battery's power, the grid MW). */
  mw: number;
  /** Battery energy added, MWh (0 for the other kinds). */
  mwh: number;
  /** Annualized cost of the step, USD/yr (capital recovery + fixed O&M, or the grid's capacity charge). */
  costUSDPerYear: number;
  /** Loss-of-load hours a year with the common-mode events, before and after the step (same draws). */
  lossOfLoadHoursBefore: number;
  lossOfLoadHoursAfter: number;
  /** costUSDPerYear ÷ hours removed; null when the step was picked on unserved energy (no hour removed by any candidate). */
  usdPerHourRemoved: number | null;
  /** How many candidates were compared. */
  candidates: number;
  detail: string;
};

/**
 * The with-events check of the worst-day answer: the Monte Carlo (single-pass engine, common-mode
 * events of data/common-mode-events.json, dual-fuel units exempt from gas-supply interruptions)
 * before and after the steps. The test is availability: its mean over the simulated years must
 * reach `target` (equivalently, mean loss-of-load hours ≤ 8760 × (1 − target) =
 * `lossOfLoadHoursTarget`).
 */
export type EventFix = {
  years: number;
  seed: number;
  target: number;
  lossOfLoadHoursTarget: number;
  before: { availability: Estimate; lossOfLoadHoursPerYear: Estimate };
  after: { availability: Estimate; lossOfLoadHoursPerYear: Estimate };
  met: boolean;
  steps: EventFixStep[];
  /** Why the loop stopped short of the target (null when met). */
  stoppedBecause: string | null;
};

/** One answer in the "N+1 on paper" against "firm on the worst day" table. */
export type EventCheckRow = {
  target: ReliabilityTarget;
  /** The engine's annual cost of the re-checked whole-unit mix plus its dual fuel, USD/yr. */
  costUSDPerYear: number;
  /** The LP's optimum of the design (continuous mix, dual fuel included), USD/yr. */
  lpCostUSDPerYear: number;
  thermalMW: number;
  /** Whole units able to run on stored fuel, and their MW. */
  dualFuelUnits: number;
  dualFuelMW: number;
  batteryMW: number;
  batteryMWh: number;
  gridImportMW: number;
  /** Loss-of-load hours a year: independent failures only, and with the common-mode events. */
  lossOfLoadHoursPerYear: { withoutEvents: Estimate; withEvents: Estimate };
  expectedUnservedEnergyMWhPerYear: { withoutEvents: Estimate; withEvents: Estimate };
};

/** The Monte Carlo check of the sized mixes with and without common-mode events, from one seed. */
export type EventCheck = { years: number; seed: number; rows: EventCheckRow[] };

/**
 * The worst-day target's answer beside the N+k one: the design events ridden through, what the
 * worst-day mix adds to the N+k mix (each after its re-check), and both mixes' Monte Carlo with and
 * without the common-mode events on the same seed ("N+1 on paper" against "firm on the worst day").
 */
export type WorstDayOutcome = {
  events: WorstDayEvent[];
  /** Worst-day mix minus N+k mix: thermal MW (extra units), dual-fuel MW (whole units), battery, annual cost. */
  added: { thermalMW: number; dualFuelMW: number; batteryMW: number; batteryMWh: number; costUSDPerYear: number };
  /** Null when the N+k sizing found no mix to compare with. */
  check: EventCheck | null;
  nPlusKStatus: SizingResult['status'];
};
