import type { GasSupply } from '../fuel/gas-supply';
import { pipelineHourlyCap } from '../fuel/gas-supply';
import { distillateFactors } from '../fuel/distillate';
import { refillTank } from '../fuel/storage';
import { activeFactors, LB_PER_SHORT_TON } from '../thermal/emissions';
import { blockFuelMMBtu, maxOutputForFuelMW, type ThermalBlock } from '../thermal/fleet';
import { CO, CO2, GAS, HOURS, KINDS, NOX, type ThermalLimiter, type ThermalLimits } from './limiter-state';

export type { LimitUseRecord, ThermalLimiter, ThermalLimits } from './limiter-state';

/** The limiter for `blocks` (in dispatch order) under `limits`. */
export function createThermalLimiter(limits: ThermalLimits, blocks: readonly ThermalBlock[]): ThermalLimiter {
  const n = blocks.length;
  const permits = limits.permits;
  const scr = permits?.scr === true;
  const noxLbPerMMBtu = new Float64Array(n);
  const coLbPerMMBtu = new Float64Array(n);
  const unitHoursLeft = new Float64Array(n);
  blocks.forEach((block, b) => {
    const f = activeFactors(block.technology.emissions, scr);
    noxLbPerMMBtu[b] = f.noxLbPerMMBtu;
    coLbPerMMBtu[b] = f.coLbPerMMBtu;
    unitHoursLeft[b] = permits?.hoursPerUnit === undefined ? Infinity : permits.hoursPerUnit * block.onlineUnits;
  });
  const left = new Float64Array(KINDS).fill(Infinity);
  if (permits?.noxTonsPerYear !== undefined) left[NOX] = permits.noxTonsPerYear * LB_PER_SHORT_TON;
  if (permits?.coTonsPerYear !== undefined) left[CO] = permits.coTonsPerYear * LB_PER_SHORT_TON;
  if (permits?.co2TonnesPerYear !== undefined) left[CO2] = permits.co2TonnesPerYear * 1000;
  const gas = limits.gas;
  const pipe = gas === undefined ? null : pipelineHourlyCap(gas, limits.dryBulbC);
  const distCan = new Uint8Array(n);
  const distNoxLbPerMMBtu = new Float64Array(n);
  const distCoLbPerMMBtu = new Float64Array(n);
  const distUnits = new Float64Array(n);
  blocks.forEach((block, b) => {
    const f = distillateFactors(block.technology.emissions, scr);
    if (f === null) return;
    const dual = Math.min(block.onlineUnits, block.dualFuelUnits ?? block.onlineUnits);
    if (!(dual > 0)) return;
    // A block where only some units carry a kit burns distillate at most at those units' full
    // output: the gas-only units stop when gas is short, whatever is left in the tank.
    if (dual < block.onlineUnits) distUnits[b] = dual;
    distCan[b] = 1;
    distNoxLbPerMMBtu[b] = f.noxLbPerMMBtu;
    distCoLbPerMMBtu[b] = f.coLbPerMMBtu;
  });
  return {
    blocks,
    noxLbPerMMBtu,
    coLbPerMMBtu,
    unitHoursLeft,
    unitHoursUsed: new Float64Array(n),
    unitsAllowed: new Float64Array(n),
    left,
    pipeCapMMBtu: pipe?.capMMBtu ?? null,
    gasDays: pipe?.days ?? null,
    pipeHourLeft: Infinity,
    pipeHourStart: Infinity,
    pipeDayLeft: Infinity,
    pipeMMBtu: 0,
    pipeDayMMBtu: 0,
    peakDayMMBtu: 0,
    storageLeft: gas?.storageMMBtu ?? 0,
    storageDrawnMMBtu: 0,
    storageLowestMMBtu: gas?.storageMMBtu ?? 0,
    storageFirstEmptyHour: -1,
    distCan,
    distNoxLbPerMMBtu,
    distCoLbPerMMBtu,
    distCo2KgPerMMBtu: gas?.distillate?.co2KgPerMMBtu ?? 0,
    distLeft: gas?.distillate?.tankMMBtu ?? 0,
    distTankMMBtu: gas?.distillate?.tankMMBtu ?? 0,
    distRefillMMBtuPerDay: gas?.distillate?.refillMMBtuPerDay ?? 0,
    distRefilledMMBtu: 0,
    distRefillDays: 0,
    distByBlockMMBtu: new Float64Array(n),
    distUnits,
    distHourByBlockMMBtu: new Float64Array(n),
    distFirstBurnHour: -1,
    hourDistMMBtu: 0,
    hourDistCo2DeltaKg: 0,
    distCo2Kg: 0,
    reserveDayMMBtu: 0,
    reserveHourMMBtu: 0,
    distLowestMMBtu: gas?.distillate?.tankMMBtu ?? 0,
    bound: new Uint8Array(KINDS),
    open: true,
    closedHours: 0,
    hourUse: new Float64Array(KINDS),
    openHours: limits.openHours ?? null,
    record: limits.record ?? null,
    bindingHours: new Float64Array(KINDS),
    firstBindingHour: new Float64Array(KINDS).fill(-1),
    interruptedDays: pipe?.interruptedDays ?? 0,
    firstInterruptedHour: pipe?.firstInterruptedHour ?? null,
  };
}

/**
 * Opens hour `h`: the first hour of a gas day resets the daily quantity (its share of it for the
 * year's first, partial gas day) and brings the day's truck deliveries to the gas storage and the
 * distillate tank (fuel/storage.ts refillTank); units allowed from the hours left.
 */
export function beginLimitHour(l: ThermalLimiter, h: number, gas: GasSupply | undefined): void {
  const days = l.gasDays;
  const day = days?.dayOfHour[h] ?? 0;
  if (gas !== undefined && days !== null && (h === 0 || days.dayOfHour[h - 1] !== day)) {
    l.pipeDayLeft = gas.pipelineMMBtuPerDay * (days.fraction[day] ?? 1);
    l.pipeDayMMBtu = 0;
    l.storageLeft = refillTank(l.storageLeft, gas.storageMMBtu, gas.storageRefillMMBtuPerDay);
    const distBefore = l.distLeft;
    l.distLeft = refillTank(distBefore, l.distTankMMBtu, l.distRefillMMBtuPerDay);
    if (l.distLeft > distBefore + 1e-9) {
      l.distRefilledMMBtu += l.distLeft - distBefore;
      l.distRefillDays++;
    }
  }
  l.pipeHourStart = Math.min(l.pipeCapMMBtu === null ? Infinity : (l.pipeCapMMBtu[h] ?? 0), l.pipeDayLeft);
  l.pipeHourLeft = l.pipeHourStart;
  for (let b = 0; b < l.blocks.length; b++) l.unitsAllowed[b] = Math.min(l.blocks[b]?.onlineUnits ?? 0, Math.floor((l.unitHoursLeft[b] ?? 0) + 1e-9));
  l.bound.fill(0);
  l.hourUse.fill(0);
  l.hourDistMMBtu = 0;
  l.hourDistCo2DeltaKg = 0;
  l.distHourByBlockMMBtu.fill(0);
  l.open = l.openHours === null || l.openHours[h] === 1;
}

/**
 * How much of `takeMW` more block `b` may deliver in `hour`, already at `usedMW` this hour, MW;
 * debits the fuel it burns from the pipeline (then storage, then distillate — only when
 * `allowDistillate`, so the economic dispatch can serve gas first and price distillate on its own
 * step, dispatch.ts) and the emission budgets. The take
 * is the least of: the units the hours budget allows × a unit's available MW, and the output
 * whose fuel fits the smallest of (pipeline + storage left, NOx left ÷ lb/MMBtu, CO left ÷
 * lb/MMBtu, CO2 left ÷ kg/MMBtu) on top of what it burns already (maxOutputForFuelMW).
 */
export function limitTakeMW(l: ThermalLimiter, b: number, block: ThermalBlock, usedMW: number, takeMW: number, hour: number, allowDistillate = true): number {
  if (!l.open) return 0;
  const f = block.outputFraction === undefined ? 1 : (block.outputFraction[hour] ?? 1);
  const unitsCapMW = (l.unitsAllowed[b] ?? 0) * block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate) * f;
  let allowed = Math.min(takeMW, unitsCapMW - usedMW);
  let kind = allowed < takeMW - 1e-9 ? HOURS : -1;
  // The smallest fuel allowance and the budget it comes from (scalars: nothing allocated per call).
  // Gas on hand (pipeline, then gas storage) burns first; distillate only beyond it, for a block that can.
  const distMMBtu = l.distCan[b] === 1 && allowDistillate ? Math.min(l.distLeft, distillateRateLeftMMBtu(l, b, block, hour)) : 0;
  // A dual-fuel block leaves the pipeline gas the gas-only blocks are still to burn to the last.
  const pipeFirst = distMMBtu > 0 ? unreservedPipeMMBtu(l) : l.pipeHourLeft;
  const reservedMMBtu = pipeFirst === l.pipeHourLeft ? 0 : l.pipeHourLeft - pipeFirst;
  const gasMMBtu = pipeFirst + l.storageLeft;
  // The reserved gas burns after distillate; the budgets count it at distillate's factors (≥ gas's: conservative).
  let fuelCap = gasMMBtu + distMMBtu + reservedMMBtu;
  let fuelKind = GAS;
  const nox = perFuel(l.left[NOX] ?? Infinity, l.noxLbPerMMBtu[b] ?? 0, l.distNoxLbPerMMBtu[b] ?? 0, gasMMBtu, distMMBtu + reservedMMBtu);
  if (nox < fuelCap) {
    fuelCap = nox;
    fuelKind = NOX;
  }
  const co = perFuel(l.left[CO] ?? Infinity, l.coLbPerMMBtu[b] ?? 0, l.distCoLbPerMMBtu[b] ?? 0, gasMMBtu, distMMBtu + reservedMMBtu);
  if (co < fuelCap) {
    fuelCap = co;
    fuelKind = CO;
  }
  const co2 = perFuel(l.left[CO2] ?? Infinity, block.technology.co2KgPerMMBtu, l.distCo2KgPerMMBtu, gasMMBtu, distMMBtu + reservedMMBtu);
  if (co2 < fuelCap) {
    fuelCap = co2;
    fuelKind = CO2;
  }
  const before = blockFuelMMBtu(block, usedMW, hour);
  let fuel = allowed > 0 ? blockFuelMMBtu(block, usedMW + allowed, hour) - before : 0;
  // Invert the fuel line only when the whole take does not fit (most hours it does).
  if (fuel > fuelCap) {
    const byFuel = maxOutputForFuelMW(block, before + Math.max(0, fuelCap), hour) - usedMW;
    if (byFuel < allowed - 1e-9) {
      allowed = byFuel;
      kind = fuelKind;
    }
    fuel = allowed > 1e-9 ? blockFuelMMBtu(block, usedMW + allowed, hour) - before : 0;
  }
  if (allowed <= 1e-9) allowed = 0;
  // Gas short on a gas-only take is not yet held back: the distillate step may still serve it.
  const distillateLater = kind === GAS && !allowDistillate && l.distCan[b] === 1 && l.distLeft > 0;
  if (kind >= 0 && !distillateLater) l.bound[kind] = 1;
  if (allowed <= 0) return 0;
  // Pipeline beyond the reserve, storage, distillate, then the reserved pipeline gas.
  const fromStorage = Math.min(l.storageLeft, Math.max(0, fuel - pipeFirst));
  let fromDist = l.distCan[b] === 1 && allowDistillate ? Math.min(distMMBtu, fuel - pipeFirst - fromStorage) : 0;
  if (!(fromDist > 1e-9)) fromDist = 0;
  const fromGas = fuel - fromDist;
  const fromPipe = fromGas - fromStorage;
  if (l.distCan[b] !== 1) {
    l.reserveDayMMBtu = Math.max(0, l.reserveDayMMBtu - fromPipe);
    l.reserveHourMMBtu = Math.max(0, l.reserveHourMMBtu - fromPipe);
  }
  const gasCo2 = block.technology.co2KgPerMMBtu;
  const noxLb = fromGas * (l.noxLbPerMMBtu[b] ?? 0) + fromDist * (l.distNoxLbPerMMBtu[b] ?? 0);
  const coLb = fromGas * (l.coLbPerMMBtu[b] ?? 0) + fromDist * (l.distCoLbPerMMBtu[b] ?? 0);
  const co2Kg = fromGas * gasCo2 + fromDist * l.distCo2KgPerMMBtu;
  l.left[NOX] = Math.max(0, (l.left[NOX] ?? 0) - noxLb);
  l.left[CO] = Math.max(0, (l.left[CO] ?? 0) - coLb);
  l.left[CO2] = Math.max(0, (l.left[CO2] ?? 0) - co2Kg);
  l.pipeHourLeft -= fromPipe;
  l.storageLeft = Math.max(0, l.storageLeft - fromStorage);
  l.storageDrawnMMBtu += fromStorage;
  if (fromDist > 0) {
    l.distLeft = Math.max(0, l.distLeft - fromDist);
    if (l.distLeft < l.distLowestMMBtu) l.distLowestMMBtu = l.distLeft;
    l.distByBlockMMBtu[b] = (l.distByBlockMMBtu[b] ?? 0) + fromDist;
    l.distHourByBlockMMBtu[b] = (l.distHourByBlockMMBtu[b] ?? 0) + fromDist;
    l.hourDistMMBtu += fromDist;
    l.hourDistCo2DeltaKg += fromDist * (l.distCo2KgPerMMBtu - gasCo2);
    l.distCo2Kg += fromDist * l.distCo2KgPerMMBtu;
    if (l.distFirstBurnHour < 0) l.distFirstBurnHour = hour;
  }
  l.hourUse[NOX] = (l.hourUse[NOX] ?? 0) + noxLb;
  l.hourUse[CO] = (l.hourUse[CO] ?? 0) + coLb;
  l.hourUse[CO2] = (l.hourUse[CO2] ?? 0) + co2Kg;
  return allowed;
}

/**
 * Distillate block `b` may still burn in `hour`, MMBtu: unlimited when every online unit carries a
 * kit; else what its dual-fuel units burn at their full available output this hour (the block's
 * fuel line at that many units fully loaded) less what the block burned on distillate already.
 */
function distillateRateLeftMMBtu(l: ThermalLimiter, b: number, block: ThermalBlock, hour: number): number {
  const units = l.distUnits[b] ?? 0;
  if (units === 0) return Infinity;
  const f = block.outputFraction === undefined ? 1 : (block.outputFraction[hour] ?? 1);
  const dualMW = units * block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate) * f;
  return Math.max(0, blockFuelMMBtu(block, dualMW, hour) - (l.distHourByBlockMMBtu[b] ?? 0));
}

/**
 * Pipeline gas this hour beyond what the gas-only blocks are still to burn, MMBtu: the hour's gas
 * left less its reserve, and no more than the day's gas left (after this hour's draws) less the
 * day's reserve.
 */
function unreservedPipeMMBtu(l: ThermalLimiter): number {
  if (l.reserveDayMMBtu <= 0 && l.reserveHourMMBtu <= 0) return l.pipeHourLeft;
  const dayLeftMMBtu = l.pipeDayLeft - (l.pipeHourStart === Infinity ? 0 : l.pipeHourStart - l.pipeHourLeft);
  return Math.max(0, Math.min(l.pipeHourLeft - l.reserveHourMMBtu, dayLeftMMBtu - l.reserveDayMMBtu));
}

/**
 * Holds pipeline gas for the gas-only blocks (see ThermalLimiter `reserveDayMMBtu`): called after
 * beginLimitHour with what they are scheduled to burn over the rest of the gas day (this hour
 * included) and in this hour, MMBtu.
 */
export function reserveGasForGasOnly(l: ThermalLimiter, restOfDayMMBtu: number, hourMMBtu: number): void {
  l.reserveDayMMBtu = Math.max(0, restOfDayMMBtu);
  l.reserveHourMMBtu = Math.max(0, hourMMBtu);
}

/**
 * The most fuel a budget `left` allows when the first `gasMMBtu` burn at `gasFactor` and the next
 * `distMMBtu` at `distFactor`: left ÷ gas factor while that stays within the gas on hand, else all
 * the gas and (left − gas × gas factor) ÷ distillate factor more. A zero factor never binds.
 */
function perFuel(left: number, gasFactor: number, distFactor: number, gasMMBtu: number, distMMBtu: number): number {
  const onGas = gasFactor > 0 ? left / gasFactor : Infinity;
  if (onGas <= gasMMBtu || distMMBtu <= 0) return onGas;
  return gasMMBtu + (distFactor > 0 ? (left - gasFactor * gasMMBtu) / distFactor : Infinity);
}

/** Closes hour `h`: counts each block's committed units against its hours and the pipeline's draw against the day. */
export function endLimitHour(l: ThermalLimiter, blockOutMW: Float64Array, h: number): void {
  for (let b = 0; b < l.blocks.length; b++) {
    const out = blockOutMW[b] ?? 0;
    const block = l.blocks[b];
    if (out <= 0 || block === undefined) continue;
    const f = block.outputFraction === undefined ? 1 : (block.outputFraction[h] ?? 1);
    const unitMW = block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate) * f;
    const committed = Math.min(block.onlineUnits, Math.ceil(out / unitMW - 1e-9));
    l.unitHoursLeft[b] = (l.unitHoursLeft[b] ?? 0) - committed;
    l.unitHoursUsed[b] = (l.unitHoursUsed[b] ?? 0) + committed;
    if (l.record !== null) l.record.unitHours[h * l.blocks.length + b] = committed;
  }
  if (l.record !== null) {
    l.record.noxLb[h] = l.hourUse[NOX] ?? 0;
    l.record.coLb[h] = l.hourUse[CO] ?? 0;
    l.record.co2Kg[h] = l.hourUse[CO2] ?? 0;
  }
  if (!l.open) l.closedHours++;
  const piped = l.pipeHourStart === Infinity ? 0 : l.pipeHourStart - l.pipeHourLeft;
  l.pipeDayLeft -= piped;
  l.pipeMMBtu += piped;
  l.pipeDayMMBtu += piped;
  if (l.pipeDayMMBtu > l.peakDayMMBtu) l.peakDayMMBtu = l.pipeDayMMBtu;
  if (l.storageLeft < l.storageLowestMMBtu) l.storageLowestMMBtu = l.storageLeft;
  if (l.storageFirstEmptyHour < 0 && l.storageDrawnMMBtu > 0 && l.storageLeft <= 1e-6) l.storageFirstEmptyHour = h;
  for (let k = 0; k < KINDS; k++) {
    if (l.bound[k] !== 1) continue;
    l.bindingHours[k] = (l.bindingHours[k] ?? 0) + 1;
    if ((l.firstBindingHour[k] ?? -1) < 0) l.firstBindingHour[k] = h;
  }
}

/** Hours in which a limit held the fleet below what the dispatch asked of it, and the first such hour (null: never). */
export type LimitBinding = { bindingHours: number; firstBindingHour: number | null };

/** What the limiter counted over the year (see ThermalLimiter); read once after the loop. */
export type LimiterTotals = {
  unitHoursUsed: Float64Array;
  binding: { hoursPerUnit: LimitBinding; noxTonsPerYear: LimitBinding; coTonsPerYear: LimitBinding; co2TonnesPerYear: LimitBinding; gas: LimitBinding };
  pipelineMMBtu: number;
  peakDayMMBtu: number;
  storageDrawnMMBtu: number;
  storageLowestMMBtu: number;
  storageFirstEmptyHour: number | null;
  /**
   * Distillate burned (dual fuel): per block (dispatch order), in all, its CO2, the first hour it
   * burned, what is left in the tank and its lowest level over the year; trucked back in (MMBtu)
   * and on how many gas days.
   */
  distillate: { byBlockMMBtu: Float64Array; burnedMMBtu: number; co2Kg: number; firstBurnHour: number | null; leftMMBtu: number; lowestMMBtu: number; refilledMMBtu: number; refillDays: number };
  /** Hours the reservation kept closed to save the budgets for others (0 without one). */
  closedHours: number;
  interruptedDays: number;
  firstInterruptedHour: number | null;
};

export function limiterTotals(l: ThermalLimiter): LimiterTotals {
  const binding = (k: number): LimitBinding => ({ bindingHours: l.bindingHours[k] ?? 0, firstBindingHour: (l.firstBindingHour[k] ?? -1) < 0 ? null : (l.firstBindingHour[k] ?? 0) });
  return {
    unitHoursUsed: l.unitHoursUsed,
    binding: { hoursPerUnit: binding(HOURS), noxTonsPerYear: binding(NOX), coTonsPerYear: binding(CO), co2TonnesPerYear: binding(CO2), gas: binding(GAS) },
    pipelineMMBtu: l.pipeMMBtu,
    peakDayMMBtu: l.peakDayMMBtu,
    storageDrawnMMBtu: l.storageDrawnMMBtu,
    storageLowestMMBtu: l.storageLowestMMBtu,
    storageFirstEmptyHour: l.storageFirstEmptyHour < 0 ? null : l.storageFirstEmptyHour,
    distillate: { byBlockMMBtu: l.distByBlockMMBtu, burnedMMBtu: l.distByBlockMMBtu.reduce((a, v) => a + v, 0), co2Kg: l.distCo2Kg, firstBurnHour: l.distFirstBurnHour < 0 ? null : l.distFirstBurnHour, leftMMBtu: l.distLeft, lowestMMBtu: l.distLowestMMBtu, refilledMMBtu: l.distRefilledMMBtu, refillDays: l.distRefillDays },
    closedHours: l.closedHours,
    interruptedDays: l.interruptedDays,
    firstInterruptedHour: l.firstInterruptedHour,
  };
}

/**
 * What a MMBtu of distillate costs over a MMBtu of gas, USD: the dispatch counts every MMBtu at
 * the gas price and gas CO2 first, then adds, each hour, this × the hour's distillate MMBtu
 * (`hourDistMMBtu`) and the CO2 difference (`hourDistCo2DeltaKg`).
 */
export function distillatePremiumUSDPerMMBtu(limits: ThermalLimits | undefined, gasPriceUSDPerMMBtu: number): number {
  const d = limits?.gas?.distillate;
  return d === undefined ? 0 : d.priceUSDPerMMBtu - gasPriceUSDPerMMBtu;
}
