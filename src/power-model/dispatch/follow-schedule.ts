import { HOURS_PER_YEAR } from '../hours';
import { batteryState, charge, discharge } from '../storage/battery';
import { beginLimitHour, createThermalLimiter, distillatePremiumUSDPerMMBtu, endLimitHour, limiterTotals, limitTakeMW, reserveGasForGasOnly, type ThermalLimiter } from '../permits/limiter';
import type { ThermalBlock } from '../thermal/fleet';
import { blockAvailableMW, blockFuelMMBtu } from '../thermal/fleet';
import { allocateFlows, thermalBlockTotals } from './flows';
import { captureState, copyLimiter, spanWalk, type DispatchSpan, type DispatchState } from './span';
import type { DispatchFlows, DispatchInput, DispatchResult, DispatchSchedule } from './types';

/**
 * Dispatches one year by following a given hourly schedule (the optimizer's own dispatch of its
 * mix) instead of a strategy's serve order, so what the optimizer promised — a CO2 cap held by
 * leaving a contracted grid idle, say — is what the simulation does. Each hour:
 * 1. solar serves the load first (as in every strategy);
 * 2. the battery discharges up to its scheduled MW, within its power and stored energy;
 * 3. each thermal block runs up to its technology's scheduled MW, within the block's available MW
 *    (units × size × (1 − forced-outage rate), as `dispatchYear` counts them);
 * 4. the grid serves up to its scheduled draw (plus any scheduled workload curtailment, which a
 *    flexible connection's full limit would carry), within the hour's import limit;
 * 5. what is still unmet is unserved — never served from a source beyond its schedule, because
 *    that could break the cap the schedule was made to hold;
 * 6. the battery charges up to its scheduled MW from surplus solar, then from the grid's
 *    scheduled draw left after the load.
 * Permit budgets and gas limits (`input.limits`) cut a block's scheduled MW as in `dispatchYear`.
 * With a distillate tank, the pipeline gas that the gas-only blocks are scheduled to burn over the
 * rest of the gas day is held for them: the dual-fuel blocks burn distillate before it, as the
 * schedule (made with the whole day in view) has them do; otherwise a dual-fuel block early in the
 * merit order spends the day's gas and a gas-only block goes without in the day's last hours.
 * Fuel, CO2 and variable cost are counted as in `dispatchYear` (commitment and minimum stable
 * load included), so a schedule made with linear heat rates may burn a little more here.
 * `span` (dispatch/span.ts): only part of the year, resumed from a captured state or a list of
 * independent hours, with the same flows hour for hour; and a checkpoint.
 */
export function followSchedule(input: DispatchInput, schedule: DispatchSchedule, out?: DispatchFlows, span: DispatchSpan = {}): DispatchResult {
  for (const [name, series] of [
    ['gridImportMW', schedule.gridImportMW],
    ['batteryChargeMW', schedule.batteryChargeMW],
    ['batteryDischargeMW', schedule.batteryDischargeMW],
    ...Object.entries(schedule.thermalMWByTechnology).map(([id, s]) => [`thermalMWByTechnology.${id}`, s] as const),
  ] as const) {
    if (series.length !== HOURS_PER_YEAR) throw new Error(`schedule: ${name} must have ${HOURS_PER_YEAR} values, got ${series.length}`);
  }
  const { fromHour, count, list } = spanWalk(span, input, out);
  const flows = out ?? allocateFlows(count);
  const blocks = input.thermal;
  const from = span.from;
  const blockSchedule = blocks.map((b) => schedule.thermalMWByTechnology[b.technology.id] ?? null);
  const blockEnergyMWh = from === undefined ? new Float64Array(blocks.length) : from.blockEnergyMWh.slice();
  const blockFuel = from === undefined ? new Float64Array(blocks.length) : from.blockFuelMMBtu.slice();
  const blockRunHours = from === undefined ? new Float64Array(blocks.length) : from.blockRunHours.slice();
  const initial = Math.min(input.battery.maxSocFraction, Math.max(input.battery.minSocFraction, schedule.batteryInitialSocFraction));
  const battery = batteryState({ ...input.battery, initialSocFraction: initial });
  if (from !== undefined) battery.socMWh = from.batterySocMWh;
  const gridLimitMW = Math.max(0, input.gridLimitMW);
  const limiter = input.limits === undefined ? undefined : from?.limiter !== undefined ? copyLimiter(from.limiter) : createThermalLimiter(input.limits, blocks);
  const distPremiumUSDPerMMBtu = distillatePremiumUSDPerMMBtu(input.limits, input.gasPriceUSDPerMMBtu);
  const blockOutMW = new Float64Array(blocks.length);
  const checkpointHour = span.checkpointHour ?? -1;
  const stop = span.stopWhenSame;
  let checkpoint: DispatchState | undefined;
  let toHour = fromHour + count;
  const reserve = limiter === undefined ? null : gasOnlyReserve(limiter, blocks, blockSchedule);

  for (let i = 0; i < count; i++) {
    const h = list === undefined ? fromHour + i : (list[i] ?? 0);
    if (h === checkpointHour) checkpoint = captureState(h, battery, limiter, blockEnergyMWh, blockFuel, blockRunHours);
    if (stop !== undefined && h >= stop.afterHour && h > 0 && battery.socMWh === stop.batterySocMWh[h - 1]) {
      toHour = h;
      break;
    }
    const loadMW = input.facilityMW[h] ?? 0;
    const solarMW = input.solarMW[h] ?? 0;
    const solarToLoad = Math.min(solarMW, loadMW);
    let remainingMW = loadMW - solarToLoad;
    const batteryToLoad = discharge(battery, Math.min(remainingMW, schedule.batteryDischargeMW[h] ?? 0));
    remainingMW -= batteryToLoad;
    let thermalToLoad = 0;
    blockOutMW.fill(0);
    if (limiter !== undefined) beginLimitHour(limiter, h, input.limits?.gas);
    if (limiter !== undefined && reserve !== null) reserveGasForGasOnly(limiter, reserve.restOfDayMMBtu[h] ?? 0, reserve.hourMMBtu[h] ?? 0);
    let fuelMMBtu = 0;
    let co2Kg = 0;
    let vomUSD = 0;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const wanted = blockSchedule[b]?.[h] ?? 0;
      if (block === undefined || wanted <= 0 || remainingMW <= 0) continue;
      let outMW = Math.min(remainingMW, wanted, blockAvailableMW(block, h));
      if (limiter !== undefined && outMW > 0) outMW = limitTakeMW(limiter, b, block, 0, outMW, h);
      if (outMW <= 0) continue;
      blockOutMW[b] = outMW;
      remainingMW -= outMW;
      thermalToLoad += outMW;
      const fuel = blockFuelMMBtu(block, outMW, h);
      fuelMMBtu += fuel;
      co2Kg += fuel * block.technology.co2KgPerMMBtu;
      vomUSD += outMW * block.technology.variableOMUSDPerMWh;
      blockEnergyMWh[b] = (blockEnergyMWh[b] ?? 0) + outMW;
      blockFuel[b] = (blockFuel[b] ?? 0) + fuel;
      blockRunHours[b] = (blockRunHours[b] ?? 0) + 1;
    }
    if (limiter !== undefined) endLimitHour(limiter, blockOutMW, h);
    const hourLimitMW = input.gridLimitByHourMW === undefined ? gridLimitMW : Math.max(0, Math.min(gridLimitMW, input.gridLimitByHourMW[h] ?? 0));
    const gridScheduledMW = Math.min(hourLimitMW, (schedule.gridImportMW[h] ?? 0) + (schedule.workloadCurtailmentMW?.[h] ?? 0));
    const gridToLoad = Math.max(0, Math.min(remainingMW, gridScheduledMW));
    remainingMW -= gridToLoad;
    if (remainingMW < 1e-9) remainingMW = 0;

    let solarSurplus = solarMW - solarToLoad;
    let solarToBattery = 0;
    let gridToBattery = 0;
    const wantedChargeMW = schedule.batteryChargeMW[h] ?? 0;
    if (wantedChargeMW > 0 && batteryToLoad === 0) {
      solarToBattery = charge(battery, Math.min(solarSurplus, wantedChargeMW));
      solarSurplus -= solarToBattery;
      gridToBattery = charge(battery, Math.min(wantedChargeMW - solarToBattery, gridScheduledMW - gridToLoad));
    }
    const gridImportMW = gridToLoad + gridToBattery;
    co2Kg += gridImportMW * input.gridCarbonKgPerMWh;
    const priceUSDPerMWh = input.gridPriceUSDPerMWh[h] ?? 0;

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
 * What the gas-only blocks are scheduled to burn in each hour and over the rest of its gas day
 * (that hour included), MMBtu — their scheduled MW within their available MW, at the block's fuel
 * line; null when nothing needs holding (no distillate tank, no gas days, or no gas-only block).
 */
function gasOnlyReserve(limiter: ThermalLimiter, blocks: readonly ThermalBlock[], schedule: readonly (Float64Array | null)[]): { hourMMBtu: Float64Array; restOfDayMMBtu: Float64Array } | null {
  const days = limiter.gasDays;
  const gasOnly = blocks.map((_, b) => b).filter((b) => limiter.distCan[b] !== 1 && schedule[b] !== null);
  if (days === null || limiter.distTankMMBtu <= 0 || gasOnly.length === 0) return null;
  const hourMMBtu = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    for (const b of gasOnly) {
      const block = blocks[b];
      const mw = schedule[b]?.[h] ?? 0;
      if (block !== undefined && mw > 0) hourMMBtu[h] = (hourMMBtu[h] ?? 0) + blockFuelMMBtu(block, Math.min(mw, blockAvailableMW(block, h)), h);
    }
  }
  const restOfDayMMBtu = new Float64Array(HOURS_PER_YEAR);
  for (let h = HOURS_PER_YEAR - 1; h >= 0; h--) {
    const sameDay = h + 1 < HOURS_PER_YEAR && days.dayOfHour[h + 1] === days.dayOfHour[h];
    restOfDayMMBtu[h] = (hourMMBtu[h] ?? 0) + (sameDay ? (restOfDayMMBtu[h + 1] ?? 0) : 0);
  }
  return { hourMMBtu, restOfDayMMBtu };
}
