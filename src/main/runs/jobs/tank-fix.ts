import type { Highs } from 'highs';
import type { DispatchSchedule } from '../../../power-model/dispatch/types';
import { capitalRecoveryFactor } from '../../../power-model/optimize/capital-recovery';
import { dispatchMix, type MixDispatch } from '../../../power-model/optimize/mix-dispatch';
import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import type { ScenarioLimits } from './recheck-mix';

/**
 * Hours at full load of the probe tank: the schema's largest (scenarios/validate.ts
 * storageHoursAtFullLoad), a year of the fleet it serves, so the probe never runs dry.
 */
export const PROBE_TANK_HOURS = 8784;
/**
 * Margin on the deepest draw-down, as a fraction: the schedule made for the sized tank may differ
 * from the probe's a little, and the engine burns a little more than the LP at part load
 * (commitment and minimum load); 5% is our estimate, the re-check's simulation then checks it.
 */
export const TANK_MARGIN = 0.05;

export type TankKind = 'distillate' | 'gasStorage';

/** A tank the re-check sized up because the simulation ran it dry (see `sizeTankUp`). */
export type TankFix = {
  kind: TankKind;
  hoursBefore: number;
  hoursAfter: number;
  tankMMBtuBefore: number;
  tankMMBtuAfter: number;
  /** The deepest draw-down of the probe tank, MMBtu: what the year needs the tank to carry. */
  drawDownMMBtu: number;
  /** The added tank's capital (ΔMMBtu × tank USD/MMBtu) and its annualized cost, CRF × capital, USD/yr. */
  addedCapexUSD: number;
  addedUSDPerYear: number;
  /** The simulation's unserved energy and annual cost with the scenario's tank and with the sized one. */
  unservedBeforeMWh: number;
  unservedAfterMWh: number;
  annualCostBeforeUSD: number;
  annualCostAfterUSD: number;
  detail: string;
};

/**
 * What the tank sizing reads of a simulation: its unserved energy, annual cost and the tanks'
 * size and lowest level (a SimulationResult's `summary` has all of it).
 */
export type TankSimulation = {
  unservedEnergyMWh: number;
  annualCostUSD: number;
  gasSupply: { distillate: { tankMMBtu: number; lowestMMBtu: number } | null; storage: { capacityMMBtu: number; lowestMMBtu: number } | null } | null;
};

export type TankFixContext = {
  highs: Highs;
  input: SizingInput;
  mix: SizedMix;
  limits: ScenarioLimits;
  /** The engine's simulation of `mix` following `schedule` under `limits` (the re-check's). */
  simulate: (mix: SizedMix, schedule: DispatchSchedule, limits: ScenarioLimits) => TankSimulation;
  /** The simulation of the mix as it stands (the scenario's tank). */
  before: TankSimulation;
};

/**
 * Sizes a tank up where the re-simulated mix is short because the tank runs dry, instead of
 * reporting the shortfall:
 * 1. the kind: the scenario's distillate tank if it has one, else its on-site gas storage;
 * 2. a probe: the mix dispatched (LP, full year) and simulated with a tank of PROBE_TANK_HOURS;
 *    if that serves no more, the tank is not what is short, and nothing is changed (null);
 * 3. the tank the year needs is the probe's deepest draw-down D = probe tank − its lowest level:
 *    a tank refilled "up to full" each gas day and full at hour 0 keeps the same draws when it is
 *    made smaller by a constant, as long as it never empties, so a tank of D carries the year;
 * 4. hours = ⌈D × (1 + TANK_MARGIN) ÷ MMBtu per hour of tank⌉ (never fewer than the scenario's),
 *    and the mix is dispatched and simulated again with it: those are the figures returned.
 * The tank is priced as the engine prices it (tank USD/MMBtu on the MMBtu, annualized over its
 * life at the sizing's discount rate); the simulation's annual cost includes it.
 */
export function sizeTankUp(ctx: TankFixContext): { input: SizingInput; limits: ScenarioLimits; dispatched: MixDispatch; result: TankSimulation; fix: TankFix } | null {
  const kind = tankKind(ctx.input);
  if (kind === null) return null;
  const hoursBefore = tankHours(ctx.input, kind);
  const tankBefore = tankOf(ctx.before, kind);
  const unservedBefore = ctx.before.unservedEnergyMWh;
  if (tankBefore === null || hoursBefore <= 0) return null;

  const probe = run(ctx, kind, PROBE_TANK_HOURS);
  if (probe === null || probe.result.unservedEnergyMWh >= unservedBefore - 1e-3) return null;
  const probeTank = tankOf(probe.result, kind);
  if (probeTank === null || !(probeTank.tankMMBtu > 0)) return null;
  const drawDownMMBtu = probeTank.tankMMBtu - probeTank.lowestMMBtu;
  const mmbtuPerHour = probeTank.tankMMBtu / PROBE_TANK_HOURS;
  const hoursAfter = Math.max(hoursBefore, Math.ceil((drawDownMMBtu * (1 + TANK_MARGIN)) / mmbtuPerHour - 1e-9));
  if (hoursAfter <= hoursBefore) return null;
  const sized = run(ctx, kind, hoursAfter);
  if (sized === null) return null;
  const tankAfter = tankOf(sized.result, kind)?.tankMMBtu ?? hoursAfter * mmbtuPerHour;
  const cost = tankCost(ctx.input, kind);
  const addedCapexUSD = (tankAfter - tankBefore.tankMMBtu) * cost.tankUSDPerMMBtu;
  const addedUSDPerYear = capitalRecoveryFactor(ctx.input.discountRate, cost.lifetimeYears) * addedCapexUSD;
  const unservedAfter = sized.result.unservedEnergyMWh;
  const name = kind === 'distillate' ? 'distillate tank' : 'on-site gas storage';
  const fix: TankFix = {
    kind,
    hoursBefore,
    hoursAfter,
    tankMMBtuBefore: tankBefore.tankMMBtu,
    tankMMBtuAfter: tankAfter,
    drawDownMMBtu,
    addedCapexUSD,
    addedUSDPerYear,
    unservedBeforeMWh: unservedBefore,
    unservedAfterMWh: unservedAfter,
    annualCostBeforeUSD: ctx.before.annualCostUSD,
    annualCostAfterUSD: sized.result.annualCostUSD,
    detail:
      `the ${name} of ${hoursBefore} h (${mmbtuText(tankBefore.tankMMBtu)}) ran dry with ${unservedBefore.toFixed(1)} MWh unserved; the year draws it down by ${mmbtuText(drawDownMMBtu)} at most, so it holds ${hoursAfter} h (${mmbtuText(tankAfter)}, +${Math.round(TANK_MARGIN * 100)}% margin): ` +
      `+${(addedCapexUSD / 1e6).toFixed(2)} MUSD of tank, ${(addedUSDPerYear / 1e6).toFixed(2)} MUSD/yr; ${unservedAfter.toFixed(1)} MWh unserved after`,
  };
  return { ...sized, fix };
}

/** The tank a sizing input carries: distillate first (dual fuel), else on-site gas; null without either. */
function tankKind(input: SizingInput): TankKind | null {
  if ((input.fuel?.distillate?.tankHoursAtFullLoad ?? 0) > 0 && input.thermal.some((t) => t.distillate !== undefined)) return 'distillate';
  if ((input.fuel?.storage?.hoursAtFullLoad ?? 0) > 0) return 'gasStorage';
  return null;
}

function tankHours(input: SizingInput, kind: TankKind): number {
  return kind === 'distillate' ? (input.fuel?.distillate?.tankHoursAtFullLoad ?? 0) : (input.fuel?.storage?.hoursAtFullLoad ?? 0);
}

function tankCost(input: SizingInput, kind: TankKind): { tankUSDPerMMBtu: number; lifetimeYears: number } {
  const f = kind === 'distillate' ? input.fuel?.distillate : input.fuel?.storage;
  return { tankUSDPerMMBtu: f?.tankUSDPerMMBtu ?? 0, lifetimeYears: f?.lifetimeYears ?? 30 };
}

/** The simulation's tank and its lowest level over the year, MMBtu; null when it has none of that kind. */
function tankOf(result: TankSimulation, kind: TankKind): { tankMMBtu: number; lowestMMBtu: number } | null {
  const gas = result.gasSupply;
  if (kind === 'distillate') return gas?.distillate == null ? null : { tankMMBtu: gas.distillate.tankMMBtu, lowestMMBtu: gas.distillate.lowestMMBtu };
  return gas?.storage == null ? null : { tankMMBtu: gas.storage.capacityMMBtu, lowestMMBtu: gas.storage.lowestMMBtu };
}

/** The sizing input and the scenario limits with a tank of `hours`, the mix dispatched (LP) and simulated with it; null if the dispatch is not optimal. */
function run(ctx: TankFixContext, kind: TankKind, hours: number): { input: SizingInput; limits: ScenarioLimits; dispatched: MixDispatch; result: TankSimulation } | null {
  const fuel = ctx.input.fuel;
  if (fuel === undefined) return null;
  const input: SizingInput =
    kind === 'distillate' && fuel.distillate !== undefined
      ? { ...ctx.input, fuel: { ...fuel, distillate: { ...fuel.distillate, tankHoursAtFullLoad: hours } } }
      : kind === 'gasStorage' && fuel.storage !== undefined
        ? { ...ctx.input, fuel: { ...fuel, storage: { ...fuel.storage, hoursAtFullLoad: hours } } }
        : ctx.input;
  const scenarioFuel = ctx.limits.fuel ?? {};
  const limits: ScenarioLimits =
    kind === 'distillate'
      ? { ...ctx.limits, fuel: { ...scenarioFuel, distillateHoursAtFullLoad: hours }, ...(ctx.limits.dualFuelHours === undefined ? {} : { dualFuelHours: Math.max(ctx.limits.dualFuelHours, hours) }) }
      : { ...ctx.limits, fuel: { ...scenarioFuel, storageHoursAtFullLoad: hours } };
  const dispatched = dispatchMix(ctx.highs, input, ctx.mix);
  if (dispatched.schedule === null) return null;
  return { input, limits, dispatched, result: ctx.simulate(ctx.mix, dispatched.schedule, limits) };
}

function mmbtuText(mmbtu: number): string {
  return `${Math.round(mmbtu).toLocaleString('en-US')} MMBtu`;
}
