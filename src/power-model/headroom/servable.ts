import { HeadroomInputError, SEASON_CODE, type ServableLevels } from './types';

/**
 * The largest hourly load the analysis takes, MW: 10 TW, above the world's installed generating
 * capacity (about 9 TW in 2023, IEA World Energy Outlook 2024). Past it a figure is a unit or
 * typing error, and sums of such values overflow to Infinity.
 */
export const MAX_SYSTEM_LOAD_MW = 1e7;

/**
 * Servable levels as the Norris et al. (Duke, *Rethinking Load Growth*, 2025,
 * https://hdl.handle.net/10161/32077) define them: the highest load realised in winter
 * (Dec–Feb) and in summer (Jun–Aug) over all the data, and in spring and autumn the higher of the
 * two. Throws when the series has no winter or no summer hour (a level would be undefined).
 */
export function servableLevels(loadMW: Float64Array, season: Uint8Array): ServableLevels {
  let winterMW = -Infinity;
  let summerMW = -Infinity;
  for (let i = 0; i < loadMW.length; i++) {
    const mw = loadMW[i] ?? 0;
    if (!(mw >= 0 && mw <= MAX_SYSTEM_LOAD_MW)) throw new HeadroomInputError('loadMW', `hour ${i} holds ${mw} MW; a system load is between 0 and ${MAX_SYSTEM_LOAD_MW} MW`);
    if (season[i] === SEASON_CODE.winter) {
      if (mw > winterMW) winterMW = mw;
    } else if (season[i] === SEASON_CODE.summer && mw > summerMW) summerMW = mw;
  }
  if (winterMW === -Infinity) throw new HeadroomInputError('loadMW', 'the series holds no winter hour (December–February); the winter servable level needs one');
  if (summerMW === -Infinity) throw new HeadroomInputError('loadMW', 'the series holds no summer hour (June–August); the summer servable level needs one');
  return { winterMW, summerMW, shoulderMW: Math.max(winterMW, summerMW) };
}

/**
 * Room under the servable level in each hour, MW: `level(season) − load`. Negative where a spring
 * or autumn hour passed both seasonal peaks; such an hour curtails the whole new load.
 */
export function roomMW(loadMW: Float64Array, season: Uint8Array, levels: ServableLevels): Float64Array {
  const byCode = [levels.winterMW, levels.summerMW, levels.shoulderMW];
  const room = new Float64Array(loadMW.length);
  for (let i = 0; i < loadMW.length; i++) room[i] = (byCode[season[i] ?? 0] ?? 0) - (loadMW[i] ?? 0);
  return room;
}
