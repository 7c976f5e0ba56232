import type { ThermalBlockTotals } from '../dispatch/types';
import type { GasService, GasSupply } from '../fuel/gas-supply';
import { distillateFactors } from '../fuel/distillate';
import { activeFactors, LB_PER_SHORT_TON } from '../thermal/emissions';
import type { ThermalTechnology } from '../thermal/technology';
import type { LimiterTotals } from './limiter';
import type { PermitBudget, PermitLimits } from './limits';
import type { PermitOrder } from './reservation';

/**
 * One permit budget against its limit: `used` in the limit's unit (hours per unit: the most-used
 * block's unit-hours ÷ its units, null when no hours budget was set; tons and tonnes from the
 * fleet's fuel), `limit` null when none is set, and the first hour it held the fleet back (the
 * hour the budget ran out, for an annual budget spent early), null when it never did.
 */
export type PermitBudgetUse = { budget: PermitBudget; unit: string; limit: number | null; used: number | null; bindingHours: number; firstBindingHour: number | null };

/**
 * The scenario's permit budgets, used against limit; whether SCR was on; the order the budgets
 * were spent in and, in priority order, the hours the fleet was held back to save them.
 */
export type PermitReport = { scr: boolean; order: PermitOrder; closedHours: number; budgets: PermitBudgetUse[] };

/**
 * Gas deliverability over the year, null in a summary when the scenario set none. `bindingHours`
 * / `firstBindingHour`: hours in which the gas on hand (pipeline this hour and day, plus storage)
 * held the fleet back. Storage null when the scenario has none.
 */
export type GasSupplyReport = {
  service: GasService;
  pipelineMMBtuPerDay: number | null;
  pipelineMMBtuPerHour: number | null;
  interruptBelowC: number | null;
  interruptedDays: number;
  firstInterruptedHour: number | null;
  pipelineMMBtu: number;
  peakDayMMBtu: number;
  bindingHours: number;
  firstBindingHour: number | null;
  storage: { capacityMMBtu: number; refillMMBtuPerDay: number; drawnMMBtu: number; lowestMMBtu: number; firstEmptyHour: number | null } | null;
  /**
   * Distillate (dual fuel), null when the scenario stores none: the tank, what was burned, what
   * it cost (MMBtu × distillate price), its NOx (short tons, in the permit's NOx too) and the
   * first hour it burned; the truck refill rate, what trucks brought back and on how many gas days;
   * the tank's lowest level over the year (tank − lowest = the deepest draw-down it had to carry).
   */
  distillate: {
    tankMMBtu: number;
    burnedMMBtu: number;
    leftMMBtu: number;
    lowestMMBtu: number;
    costUSD: number;
    priceUSDPerMMBtu: number;
    noxTons: number;
    firstBurnHour: number | null;
    refillMMBtuPerDay: number;
    refilledMMBtu: number;
    refillDays: number;
  } | null;
};

const UNITS: Record<PermitBudget, string> = { hoursPerUnit: 'h/unit', noxTonsPerYear: 'short tons/yr', coTonsPerYear: 'short tons/yr', co2TonnesPerYear: 't/yr' };

/**
 * Budgets used against limits from the year's block totals (fuel × each technology's factor,
 * with SCR when chosen: NOx and CO in short tons = lb ÷ 2,000, CO2 = fuel × kg/MMBtu ÷ 1,000)
 * and what the limiter counted (absent when no limit was set: nothing bound).
 */
export function permitReport(limits: PermitLimits, blocks: readonly ThermalBlockTotals[], technologies: Readonly<Record<string, ThermalTechnology>>, limiter: LimiterTotals | undefined): PermitReport {
  let noxLb = 0;
  let coLb = 0;
  let co2Kg = 0;
  // Distillate (dual fuel) burns at its own factors; the rest of each block's fuel is gas.
  blocks.forEach((b, i) => {
    const tech = technologies[b.technologyId];
    const f = activeFactors(tech?.emissions, limits.scr);
    const distMMBtu = limiter?.distillate.byBlockMMBtu[i] ?? 0;
    const d = distillateFactors(tech?.emissions, limits.scr) ?? { noxLbPerMMBtu: 0, coLbPerMMBtu: 0 };
    const gasMMBtu = b.fuelMMBtu - distMMBtu;
    noxLb += gasMMBtu * f.noxLbPerMMBtu + distMMBtu * d.noxLbPerMMBtu;
    coLb += gasMMBtu * f.coLbPerMMBtu + distMMBtu * d.coLbPerMMBtu;
    co2Kg += gasMMBtu * (tech?.co2KgPerMMBtu ?? 0);
  });
  co2Kg += limiter?.distillate.co2Kg ?? 0;
  let hoursPerUnit: number | null = null;
  if (limiter !== undefined && limits.hoursPerUnit !== undefined) {
    hoursPerUnit = 0;
    blocks.forEach((b, i) => {
      if (b.onlineUnits > 0) hoursPerUnit = Math.max(hoursPerUnit ?? 0, (limiter.unitHoursUsed[i] ?? 0) / b.onlineUnits);
    });
  }
  const used: Record<PermitBudget, number | null> = { hoursPerUnit, noxTonsPerYear: noxLb / LB_PER_SHORT_TON, coTonsPerYear: coLb / LB_PER_SHORT_TON, co2TonnesPerYear: co2Kg / 1000 };
  const budgets = (['hoursPerUnit', 'noxTonsPerYear', 'coTonsPerYear', 'co2TonnesPerYear'] as const).map((budget): PermitBudgetUse => {
    const binding = limiter?.binding[budget];
    return { budget, unit: UNITS[budget], limit: limits[budget] ?? null, used: used[budget], bindingHours: binding?.bindingHours ?? 0, firstBindingHour: binding?.firstBindingHour ?? null };
  });
  return { scr: limits.scr, order: limits.order ?? 'chronological', closedHours: limiter?.closedHours ?? 0, budgets };
}

/**
 * The year's gas deliverability from the supply and what the limiter counted; the distillate's
 * NOx from each block's distillate MMBtu × its distillate factor (`technologies` in the blocks'
 * order of `blocks`, with SCR when `scr`).
 */
export function gasSupplyReport(supply: GasSupply, limiter: LimiterTotals | undefined, dist?: { blocks: readonly ThermalBlockTotals[]; technologies: Readonly<Record<string, ThermalTechnology>>; scr: boolean }): GasSupplyReport {
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const interruptible = supply.service === 'interruptible';
  return {
    service: supply.service,
    pipelineMMBtuPerDay: finite(supply.pipelineMMBtuPerDay),
    pipelineMMBtuPerHour: finite(supply.pipelineMMBtuPerHour),
    interruptBelowC: interruptible ? supply.interruptBelowC : null,
    interruptedDays: limiter?.interruptedDays ?? 0,
    firstInterruptedHour: limiter?.firstInterruptedHour ?? null,
    pipelineMMBtu: limiter?.pipelineMMBtu ?? 0,
    peakDayMMBtu: limiter?.peakDayMMBtu ?? 0,
    bindingHours: limiter?.binding.gas.bindingHours ?? 0,
    firstBindingHour: limiter?.binding.gas.firstBindingHour ?? null,
    storage:
      supply.storageMMBtu > 0
        ? { capacityMMBtu: supply.storageMMBtu, refillMMBtuPerDay: supply.storageRefillMMBtuPerDay, drawnMMBtu: limiter?.storageDrawnMMBtu ?? 0, lowestMMBtu: limiter?.storageLowestMMBtu ?? supply.storageMMBtu, firstEmptyHour: limiter?.storageFirstEmptyHour ?? null }
        : null,
    distillate: supply.distillate === undefined ? null : distillateReport(supply.distillate, limiter, dist),
  };
}

function distillateReport(d: NonNullable<GasSupply['distillate']>, limiter: LimiterTotals | undefined, dist: { blocks: readonly ThermalBlockTotals[]; technologies: Readonly<Record<string, ThermalTechnology>>; scr: boolean } | undefined): NonNullable<GasSupplyReport['distillate']> {
  const burned = limiter?.distillate.burnedMMBtu ?? 0;
  let noxLb = 0;
  dist?.blocks.forEach((b, i) => {
    noxLb += (limiter?.distillate.byBlockMMBtu[i] ?? 0) * (distillateFactors(dist.technologies[b.technologyId]?.emissions, dist.scr)?.noxLbPerMMBtu ?? 0);
  });
  return {
    tankMMBtu: d.tankMMBtu,
    burnedMMBtu: burned,
    leftMMBtu: limiter?.distillate.leftMMBtu ?? d.tankMMBtu,
    lowestMMBtu: limiter?.distillate.lowestMMBtu ?? d.tankMMBtu,
    costUSD: burned * d.priceUSDPerMMBtu,
    priceUSDPerMMBtu: d.priceUSDPerMMBtu,
    noxTons: noxLb / LB_PER_SHORT_TON,
    firstBurnHour: limiter?.distillate.firstBurnHour ?? null,
    refillMMBtuPerDay: d.refillMMBtuPerDay ?? 0,
    refilledMMBtu: limiter?.distillate.refilledMMBtu ?? 0,
    refillDays: limiter?.distillate.refillDays ?? 0,
  };
}
