import { HOURS_PER_YEAR } from '../hours';
import { missingCase } from '../missing-case';
import type { DispatchStrategy } from '../scenarios/types';
import { batteryState, charge, discharge, validateBattery } from '../storage/battery';
import { beginLimitHour, createThermalLimiter, distillatePremiumUSDPerMMBtu, endLimitHour, limiterTotals, limitTakeMW, type ThermalLimiter } from '../permits/limiter';
import { blockAvailableMW, blockFuelMMBtu, type ThermalBlock } from '../thermal/fleet';
import { marginalCostOfDay, planBatteryDay } from './economic-plan';
import { allocateFlows, thermalBlockTotals } from './flows';
import { captureState, copyLimiter, spanWalk, type DispatchSpan, type DispatchState } from './span';
import type { DispatchFlows, DispatchInput, DispatchResult } from './types';

// Supply steps, in the order a strategy calls them after solar has served what it can.
const GRID_UNDER_CAP = 0;
const GRID = 1;
const BATTERY = 2;
const THERMAL = 3;
const THERMAL_CHEAPER_THAN_GRID = 4;
const PLANNED_BATTERY = 5;
const THERMAL_ON_GAS = 6;
const DISTILLATE_CHEAPER_THAN_GRID = 7;

/**
 * Serve-order of each strategy (solar always first, at zero marginal cost); `distillate`: the fleet
 * has a distillate tank (dual fuel, see below):
 * - grid-first: grid, battery, thermal. Battery charges from surplus solar.
 * - btm-first: battery, thermal, grid last (islanded when the grid limit is 0).
 * - economic: planned battery discharge, thermal blocks cheaper than the hour's grid price, grid,
 *   the dearer blocks, battery as a last resort; battery charges from surplus solar and, in its
 *   planned hours, from the grid (daily look-ahead, see planBatteryDay).
 * - peak-shave: grid up to the cap, battery, thermal, grid above the cap; battery recharges
 *   from the grid only while draw stays under the cap.
 * Whatever is still unmet is unserved load, counted in unservedMW.
 *
 * Distillate in the economic order: a dual-fuel block burns pipeline gas (then gas storage) first
 * and distillate only beyond it, and a MWh on distillate costs the block's full-load heat rate ×
 * (distillate − gas price) more (about 9.4 MMBtu/MWh × 14 USD/MMBtu ≈ 135 USD/MWh for an aero CT
 * at the data's prices). So once the gas on hand is spent the block's marginal unit is dearer, and
 * the economic order prices each fuel on its own step: blocks on gas cheaper than the grid, then
 * blocks on distillate still cheaper than the grid, the grid, the dearer blocks on gas, the battery
 * (its energy is already paid for, and the tank refills only slowly by truck), and distillate last.
 * Without a tank the order is the one above. The other strategies keep their order: grid-first and
 * peak-shave already put thermal after the grid or the cap, and btm-first runs the site first by
 * choice; their thermal step burns distillate once gas is short, priced at its own price.
 */
function serveOrder(strategy: DispatchStrategy, distillate: boolean): readonly number[] {
  switch (strategy) {
    case 'grid-first':
      return [GRID, BATTERY, THERMAL];
    case 'btm-first':
      return [BATTERY, THERMAL, GRID];
    case 'economic':
      return distillate ? [PLANNED_BATTERY, THERMAL_CHEAPER_THAN_GRID, DISTILLATE_CHEAPER_THAN_GRID, GRID, THERMAL_ON_GAS, BATTERY, THERMAL] : [PLANNED_BATTERY, THERMAL_CHEAPER_THAN_GRID, GRID, THERMAL, BATTERY];
    case 'peak-shave':
      return [GRID_UNDER_CAP, BATTERY, THERMAL, GRID];
    default:
      return missingCase(strategy);
  }
}

/**
 * Dispatches one year hour by hour (the hourly kernel: typed arrays, nothing allocated per hour).
 * Returns the flows (written into `out` when given, to reuse memory) and per-block thermal totals.
 * Fuel per block follows blockFuelMMBtu (commitment and minimum stable load); CO2 = fuel ×
 * the technology's kg/MMBtu (53.06 for gas) + grid import × grid kg/MWh; variable cost =
 * grid import × price + fuel × gas price + thermal output × VOM.
 * `span` (dispatch/span.ts): only part of the year — resumed from a captured state, or a list of
 * independent hours — with the same flows, hour for hour, as the whole year; and a checkpoint.
 */
export function dispatchYear(input: DispatchInput, out?: DispatchFlows, span: DispatchSpan = {}): DispatchResult {
  validateDispatchInput(input);
  const { fromHour, count, list } = spanWalk(span, input, out);
  const flows = out ?? allocateFlows(count);
  const blocks = input.thermal;
  const from = span.from;
  const blockOutMW = new Float64Array(blocks.length);
  const blockEnergyMWh = from === undefined ? new Float64Array(blocks.length) : from.blockEnergyMWh.slice();
  const blockFuel = from === undefined ? new Float64Array(blocks.length) : from.blockFuelMMBtu.slice();
  const blockRunHours = from === undefined ? new Float64Array(blocks.length) : from.blockRunHours.slice();
  const battery = batteryState(input.battery);
  if (from !== undefined) battery.socMWh = from.batterySocMWh;
  const hasBattery = input.battery.powerMW > 0 && input.battery.energyMWh > 0;
  // The economic battery plan, made day by day from the input alone as the hours reach each day
  // (planBatteryDay): a span plans only the days it dispatches.
  const planning = input.strategy === 'economic' && hasBattery;
  const dayMarginal = new Float64Array(24);
  const dayPlan = new Float64Array(24);
  const dayOrder = new Int32Array(24);
  let plannedDay = -1;
  const yearLimitMW = Math.max(0, input.gridLimitMW);
  const hourlyLimitMW = input.gridLimitByHourMW;
  const peakShaveCapMW = Math.max(0, input.peakShaveCapMW);
  // Permit budgets and gas deliverability (permits/limiter.ts): absent, the blocks run as before.
  const limiter = input.limits === undefined ? undefined : from?.limiter !== undefined ? copyLimiter(from.limiter) : createThermalLimiter(input.limits, blocks);
  const distPremiumUSDPerMMBtu = distillatePremiumUSDPerMMBtu(input.limits, input.gasPriceUSDPerMMBtu);
  const hasDistillate = limiter !== undefined && limiter.distTankMMBtu > 0;
  const order = serveOrder(input.strategy, hasDistillate);
  // Each block's full-load marginal cost on gas, and on distillate (heat rate × the premium more).
  const gasCost = Float64Array.from(blocks, (b) => b.marginalCostUSDPerMWh);
  const distCost = Float64Array.from(blocks, (b) => b.marginalCostUSDPerMWh + (b.technology.heatRateBtuPerKWh / 1000) * distPremiumUSDPerMMBtu);
  const checkpointHour = span.checkpointHour ?? -1;
  const stop = span.stopWhenSame;
  let checkpoint: DispatchState | undefined;
  let toHour = fromHour + count;

  for (let i = 0; i < count; i++) {
    const h = list === undefined ? fromHour + i : (list[i] ?? 0);
    if (h === checkpointHour) checkpoint = captureState(h, battery, limiter, blockEnergyMWh, blockFuel, blockRunHours);
    if (stop !== undefined && h >= stop.afterHour && h > 0 && battery.socMWh === stop.batterySocMWh[h - 1]) {
      toHour = h;
      break;
    }
    const loadMW = input.facilityMW[h] ?? 0;
    const solarMW = input.solarMW[h] ?? 0;
    const priceUSDPerMWh = input.gridPriceUSDPerMWh[h] ?? 0;
    let plannedMW = 0;
    if (planning) {
      const day = Math.floor(h / 24);
      if (day !== plannedDay) {
        planBatteryDay(input.battery, marginalCostOfDay(input, day, dayMarginal), dayPlan, dayOrder);
        plannedDay = day;
      }
      plannedMW = dayPlan[h - day * 24] ?? 0;
    }
    const gridLimitMW = hourlyLimitMW === undefined ? yearLimitMW : Math.max(0, Math.min(yearLimitMW, hourlyLimitMW[h] ?? 0));
    const capMW = Math.min(gridLimitMW, peakShaveCapMW);
    blockOutMW.fill(0);
    if (limiter !== undefined) beginLimitHour(limiter, h, input.limits?.gas);

    const solarToLoad = solarMW < loadMW ? solarMW : loadMW;
    let remainingMW = loadMW - solarToLoad;
    let gridToLoad = 0;
    let batteryToLoad = 0;
    let thermalToLoad = 0;
    for (let s = 0; s < order.length && remainingMW > 1e-9; s++) {
      const step = order[s];
      let tookMW = 0;
      if (step === GRID_UNDER_CAP) {
        tookMW = Math.min(remainingMW, Math.max(0, capMW - gridToLoad));
        gridToLoad += tookMW;
      } else if (step === GRID) {
        tookMW = Math.min(remainingMW, Math.max(0, gridLimitMW - gridToLoad));
        gridToLoad += tookMW;
      } else if (step === BATTERY) {
        tookMW = discharge(battery, remainingMW);
        batteryToLoad += tookMW;
      } else if (step === PLANNED_BATTERY) {
        if (plannedMW > 0) {
          tookMW = discharge(battery, Math.min(remainingMW, plannedMW));
          batteryToLoad += tookMW;
        }
      } else if (step === THERMAL) {
        tookMW = serveThermal(blocks, gasCost, blockOutMW, remainingMW, Infinity, h, limiter, true);
        thermalToLoad += tookMW;
      } else if (step === THERMAL_ON_GAS) {
        tookMW = serveThermal(blocks, gasCost, blockOutMW, remainingMW, Infinity, h, limiter, false);
        thermalToLoad += tookMW;
      } else if (step === DISTILLATE_CHEAPER_THAN_GRID) {
        tookMW = serveThermal(blocks, distCost, blockOutMW, remainingMW, priceUSDPerMWh, h, limiter, true);
        thermalToLoad += tookMW;
      } else {
        // With a tank, gas only here: distillate is priced on its own step.
        tookMW = serveThermal(blocks, gasCost, blockOutMW, remainingMW, priceUSDPerMWh, h, limiter, !hasDistillate);
        thermalToLoad += tookMW;
      }
      remainingMW -= tookMW;
    }
    if (remainingMW < 1e-9) remainingMW = 0;

    let solarSurplus = solarMW - solarToLoad;
    let solarToBattery = 0;
    let gridToBattery = 0;
    if (hasBattery && batteryToLoad === 0) {
      solarToBattery = charge(battery, solarSurplus);
      solarSurplus -= solarToBattery;
      const gridHeadroomMW = chargeHeadroomFromGrid(input.strategy, plannedMW, gridLimitMW, capMW, gridToLoad);
      if (gridHeadroomMW > 0) gridToBattery = charge(battery, gridHeadroomMW);
    }

    let fuelMMBtu = 0;
    let co2Kg = 0;
    let vomUSD = 0;
    for (let b = 0; b < blocks.length; b++) {
      const outMW = blockOutMW[b] ?? 0;
      if (outMW <= 0) continue;
      const block = blocks[b];
      if (block === undefined) continue;
      const fuel = blockFuelMMBtu(block, outMW, h);
      fuelMMBtu += fuel;
      co2Kg += fuel * block.technology.co2KgPerMMBtu;
      vomUSD += outMW * block.technology.variableOMUSDPerMWh;
      blockEnergyMWh[b] = (blockEnergyMWh[b] ?? 0) + outMW;
      blockFuel[b] = (blockFuel[b] ?? 0) + fuel;
      blockRunHours[b] = (blockRunHours[b] ?? 0) + 1;
    }
    if (limiter !== undefined) endLimitHour(limiter, blockOutMW, h);
    const gridImportMW = gridToLoad + gridToBattery;
    co2Kg += gridImportMW * input.gridCarbonKgPerMWh;

    flows.gridToLoadMW[i] = gridToLoad;
    flows.gridToBatteryMW[i] = gridToBattery;
    flows.solarToLoadMW[i] = solarToLoad;
    flows.solarToBatteryMW[i] = solarToBattery;
    flows.solarCurtailedMW[i] = solarSurplus;
    flows.thermalToLoadMW[i] = thermalToLoad;
    flows.batteryToLoadMW[i] = batteryToLoad;
    flows.unservedMW[i] = remainingMW;
    flows.batterySocMWh[i] = battery.socMWh;
    flows.thermalFuelMMBtu[i] = fuelMMBtu;
    // Distillate burned this hour (dual fuel): its price and CO2 over gas's.
    const distMMBtu = limiter === undefined ? 0 : limiter.hourDistMMBtu;
    if (limiter !== undefined && distMMBtu > 0) co2Kg += limiter.hourDistCo2DeltaKg;
    flows.co2Tonnes[i] = co2Kg / 1000;
    flows.variableCostUSD[i] = gridImportMW * priceUSDPerMWh + fuelMMBtu * input.gasPriceUSDPerMMBtu + distMMBtu * distPremiumUSDPerMMBtu + vomUSD;
  }

  if (checkpointHour === toHour && checkpoint === undefined) checkpoint = captureState(toHour, battery, limiter, blockEnergyMWh, blockFuel, blockRunHours);

  const thermalBlocks = thermalBlockTotals(blocks, blockEnergyMWh, blockFuel, blockRunHours);
  return {
    flows,
    thermalBlocks,
    ...(limiter === undefined ? {} : { limits: limiterTotals(limiter) }),
    ...(checkpoint === undefined ? {} : { checkpoint }),
    ...(from !== undefined || toHour < fromHour + count ? { toHour } : {}),
  };
}

/**
 * Loads thermal blocks in merit order up to `wantedMW`, using only blocks whose marginal cost
 * (`costUSDPerMWh[b]`: on gas, or on distillate) is below `costCeilingUSDPerMWh`, each up to its
 * derated MW in `hour`; adds to `blockOutMW` (blocks may be called several times in an hour), each
 * take cut to what the permit and gas limits allow — burning distillate beyond the gas on hand only
 * when `allowDistillate`.
 */
function serveThermal(blocks: ThermalBlock[], costUSDPerMWh: Float64Array, blockOutMW: Float64Array, wantedMW: number, costCeilingUSDPerMWh: number, hour: number, limiter: ThermalLimiter | undefined, allowDistillate: boolean): number {
  let servedMW = 0;
  for (let b = 0; b < blocks.length && servedMW < wantedMW; b++) {
    const block = blocks[b];
    if (block === undefined || (costUSDPerMWh[b] ?? 0) >= costCeilingUSDPerMWh) continue;
    const used = blockOutMW[b] ?? 0;
    let take = Math.min(wantedMW - servedMW, blockAvailableMW(block, hour) - used);
    if (limiter !== undefined && take > 0) take = limitTakeMW(limiter, b, block, used, take, hour, allowDistillate);
    if (take <= 0) continue;
    blockOutMW[b] = used + take;
    servedMW += take;
  }
  return servedMW;
}

/** MW the battery may draw from the grid this hour: economic in planned charge hours, peak-shave under its cap. */
function chargeHeadroomFromGrid(strategy: DispatchStrategy, plannedMW: number, gridLimitMW: number, capMW: number, gridToLoadMW: number): number {
  if (strategy === 'economic' && plannedMW < 0) return Math.min(-plannedMW, Math.max(0, gridLimitMW - gridToLoadMW));
  if (strategy === 'peak-shave') return Math.max(0, capMW - gridToLoadMW);
  return 0;
}

function validateDispatchInput(input: DispatchInput): void {
  const series = [
    ['facilityMW', input.facilityMW],
    ['solarMW', input.solarMW],
    ['gridPriceUSDPerMWh', input.gridPriceUSDPerMWh],
  ] as const;
  for (const [name, values] of series) {
    if (values.length !== HOURS_PER_YEAR) throw new Error(`dispatch: ${name} must have ${HOURS_PER_YEAR} values, got ${values.length}`);
  }
  if (input.gridLimitByHourMW !== undefined && input.gridLimitByHourMW.length !== HOURS_PER_YEAR) throw new Error(`dispatch: gridLimitByHourMW must have ${HOURS_PER_YEAR} values, got ${input.gridLimitByHourMW.length}`);
  for (const field of ['gridLimitMW', 'gridCarbonKgPerMWh', 'peakShaveCapMW', 'gasPriceUSDPerMMBtu'] as const) {
    if (!Number.isFinite(input[field]) || input[field] < 0) throw new Error(`dispatch: ${field} must be a finite number ≥ 0, got ${input[field]}`);
  }
  validateBattery(input.battery);
}
