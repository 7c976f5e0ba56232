import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curtailmentFigures } from '../../../src/power-model/headroom/curtailment';
import { roomMW, servableLevels } from '../../../src/power-model/headroom/servable';
import { headroomMW, sortRoom } from '../../../src/power-model/headroom/solve';
import { HeadroomInputError, SEASON_CODE } from '../../../src/power-model/headroom/types';

const { winter: W, summer: S, shoulder: X } = SEASON_CODE;

/**
 * Twelve hours worked by hand: three winter hours, six summer hours, three spring/autumn hours.
 *
 * Servable levels: winter max(50, 60, 58) = 60; summer max(100, 98, 94, 90, 80, 80) = 100;
 * shoulder max(60, 100) = 100. Room (level − load): winter 10, 0, 2; summer 0, 2, 6, 10, 20, 20;
 * shoulder 30, −1 (101 is above both peaks), 35. N = 12, one hour with negative room.
 *
 * At 50 %: the budget is f·N = 6 hour-equivalents. Sorted rooms ≥ 0: 0, 0, 2, 2, 6, 10, 10, 20, …
 * For 10 < L ≤ 20 the hours with room below L are the negative one and seven (0, 0, 2, 2, 6, 10,
 * 10: sum 30), so E(L) = 8L − 30, and E(L) = 6L gives L = 15 MW.
 * Check: cut MW per hour 5, 15, 13 (winter), 15, 13, 9, 5, 0, 0 (summer), 0, 15, 0 (shoulder) =
 * 90 MWh = 50 % of 15 MW × 12 h.
 * Curtailed hours: 8 (3 winter, 4 summer, 1 shoulder); events: hours 0–6 (7 h) and hour 10
 * (1 h): 2 events, 4 h on average, longest 7. Share kept: 10/15, 0, 2/15, 0, 2/15, 6/15, 10/15, 0:
 * two of eight keep ≥ 50 %, none ≥ 75 %.
 *
 * At 25 %: budget 3. For 0 < L ≤ 2 three hours curtail fully (the negative one and the two with
 * room 0): E = 3L = budget × L, so every L up to 2 just fits; past 2, E = 5L − 4 > 3L. L = 2 MW
 * (E = 2 + 2 + 2 = 6 MWh = 25 % of 24 MWh).
 */
const loadMW = Float64Array.from([50, 60, 58, 100, 98, 94, 90, 80, 80, 70, 101, 65]);
const season = Uint8Array.from([W, W, W, S, S, S, S, S, S, X, X, X]);

describe('curtailment-enabled headroom on a twelve-hour series worked by hand', () => {
  const levels = servableLevels(loadMW, season);
  const room = roomMW(loadMW, season, levels);

  it('takes the seasonal peaks as servable levels, the higher one in spring and autumn', () => {
    expect(levels).toEqual({ winterMW: 60, summerMW: 100, shoulderMW: 100 });
    expect(Array.from(room)).toEqual([10, 0, 2, 0, 2, 6, 10, 20, 20, 30, -1, 35]);
  });

  it('finds 15 MW at a 50 % limit, exactly', () => {
    expect(headroomMW(sortRoom(room), 50)).toBeCloseTo(15, 12);
  });

  it('finds 2 MW at a 25 % limit, where the curtailed share is flat up to the first kink', () => {
    expect(headroomMW(sortRoom(room), 25)).toBeCloseTo(2, 12);
  });

  it('gives no headroom at a 0 % limit: the peak hour itself has no room', () => {
    expect(headroomMW(sortRoom(room), 0)).toBe(0);
  });

  it('counts the curtailed hours, events, kept shares and seasons of the 15 MW load', () => {
    const f = curtailmentFigures(room, season, { start: 0, end: 12, years: 1 }, 15, 50);
    expect(f.curtailedEnergyMWh).toBeCloseTo(90, 9);
    expect(f.curtailedPctOfPotential).toBeCloseTo(50, 9);
    expect(f.curtailedHoursPerYear).toBe(8);
    expect(f.eventsPerYear).toBe(2);
    expect(f.averageEventHours).toBe(4);
    expect(f.longestEventHours).toBe(7);
    expect(f.keepsAtLeast50PctShare).toBe(0.25);
    expect(f.keepsAtLeast75PctShare).toBe(0);
    expect(f.keepsAtLeast90PctShare).toBe(0);
    expect([f.winterCurtailedHoursPerYear, f.summerCurtailedHoursPerYear, f.shoulderCurtailedHoursPerYear]).toEqual([3, 4, 1]);
  });

  it('refuses a limit outside 0–90 %, naming curtailmentPct', () => {
    expect(() => headroomMW(sortRoom(room), 100)).toThrow(HeadroomInputError);
    expect(() => headroomMW(sortRoom(room), Number.NaN)).toThrow(/curtailmentPct/);
  });

  it('refuses a series without a summer hour, naming loadMW', () => {
    expect(() => servableLevels(Float64Array.from([1, 2]), Uint8Array.from([W, X]))).toThrow(/loadMW: .*summer/);
  });
});

/** Curtailed energy of a constant new load, hour by hour, as the definition states it. */
function curtailedMWh(room: Float64Array, newLoadMW: number): number {
  let total = 0;
  for (const r of room) total += Math.min(newLoadMW, Math.max(0, newLoadMW - r));
  return total;
}

describe('the exact solve against the definition on random series', () => {
  it('returns the largest load within the limit: its curtailed share is at the limit, and a slightly larger load passes it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 200 }), { minLength: 2, maxLength: 60 }), fc.double({ min: 0.1, max: 60, noNaN: true }), (rooms, pct) => {
        const room = Float64Array.from(rooms);
        if (!room.some((r) => r === 0)) room[0] = 0; // a real series always holds its peak hour (room 0)
        const L = headroomMW(sortRoom(room), pct);
        const budget = (pct / 100) * room.length;
        // Within the limit, to rounding (1e-9 relative).
        expect(curtailedMWh(room, L)).toBeLessThanOrEqual(budget * L * (1 + 1e-9) + 1e-9);
        // Maximal: 0.1 % more load (and at least 1e-6 MW) passes the limit.
        const more = Math.max(L * 1.001, L + 1e-6);
        expect(curtailedMWh(room, more)).toBeGreaterThan(budget * more);
      }),
      { numRuns: 300 },
    );
  });
});
