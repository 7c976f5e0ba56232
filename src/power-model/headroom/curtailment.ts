import { SEASON_CODE, type HeadroomFigures } from './types';

/** Curtailed MW of a constant new load in an hour with `roomMW` of room: min(L, max(0, L − room)). */
export function curtailedMW(roomMW: number, newLoadMW: number): number {
  return roomMW < 0 ? newLoadMW : Math.max(0, newLoadMW - roomMW);
}

/**
 * Whether an hour counts as curtailed: its curtailed MW is above a millionth of a MW per GW of new
 * load (so a rounding residue in an hour whose room equals L is not counted).
 */
export function isCurtailed(cutMW: number, newLoadMW: number): boolean {
  return cutMW > newLoadMW * 1e-9;
}

/**
 * What a constant new load of `newLoadMW` goes through over hours [start, end): in each hour the
 * curtailed MW is `curtailedMW` and an hour is curtailed as `isCurtailed` says. An event is a run of consecutive curtailed hours within the span; one that runs
 * past either end of the span is counted as it is seen. `spanYears` turns counts into per-year rates.
 */
export function curtailmentFigures(roomMW: Float64Array, season: Uint8Array, span: { start: number; end: number; years: number }, newLoadMW: number, curtailmentPct: number): HeadroomFigures {
  const { start, end, years } = span;
  const hours = end - start;
  let curtailedHours = 0;
  let curtailedEnergyMWh = 0;
  let events = 0;
  let run = 0;
  let longest = 0;
  let keeps50 = 0;
  let keeps75 = 0;
  let keeps90 = 0;
  let winter = 0;
  let summer = 0;
  for (let i = start; i < end; i++) {
    const room = roomMW[i] ?? 0;
    const cutMW = curtailedMW(room, newLoadMW);
    if (!isCurtailed(cutMW, newLoadMW)) {
      run = 0;
      continue;
    }
    curtailedHours++;
    curtailedEnergyMWh += cutMW;
    if (run === 0) events++;
    run++;
    if (run > longest) longest = run;
    const keptShare = (newLoadMW - cutMW) / newLoadMW;
    if (keptShare >= 0.5) keeps50++;
    if (keptShare >= 0.75) keeps75++;
    if (keptShare >= 0.9) keeps90++;
    if (season[i] === SEASON_CODE.winter) winter++;
    else if (season[i] === SEASON_CODE.summer) summer++;
  }
  const share = (n: number) => (curtailedHours === 0 ? 0 : n / curtailedHours);
  const perYear = (n: number) => n / years;
  const potentialMWh = newLoadMW * hours;
  return {
    curtailmentPct,
    hours,
    headroomMW: newLoadMW,
    curtailedEnergyMWh,
    curtailedPctOfPotential: potentialMWh === 0 ? 0 : (100 * curtailedEnergyMWh) / potentialMWh,
    curtailedHoursPerYear: perYear(curtailedHours),
    eventsPerYear: perYear(events),
    averageEventHours: events === 0 ? 0 : curtailedHours / events,
    longestEventHours: longest,
    keepsAtLeast50PctShare: share(keeps50),
    keepsAtLeast75PctShare: share(keeps75),
    keepsAtLeast90PctShare: share(keeps90),
    winterCurtailedHoursPerYear: perYear(winter),
    summerCurtailedHoursPerYear: perYear(summer),
    shoulderCurtailedHoursPerYear: perYear(curtailedHours - winter - summer),
  };
}
