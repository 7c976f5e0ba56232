import { describe, expect, it } from 'vitest';
import { deriveSeed2, Random } from '../../../src/power-model/random';
import { addFleetOutageCover, COVER_SHIFT, coverBlocks, coverIsQuiet } from '../../../src/power-model/reliability/block-cover';
import { addFleetOutageDiffs, BLOCK_SHIFT, collectSpells, spellScales, type FleetDrawSettings } from '../../../src/power-model/reliability/draws';

const HOURS = 8760;

/** Units from fast to slow, of different sizes (one never fails). */
const UNITS = [
  { capacityMW: 10.3, forcedOutageRate: 0.03, mttrHours: 24 },
  { capacityMW: 7, forcedOutageRate: 0.2, mttrHours: 1 },
  { capacityMW: 50, forcedOutageRate: 0.5, mttrHours: 3 },
  { capacityMW: 3, forcedOutageRate: 0.05, mttrHours: 400 },
  { capacityMW: 20, forcedOutageRate: 0, mttrHours: 24 },
];

function fleet(): FleetDrawSettings {
  const units = UNITS;
  const scales = units.map((u) => spellScales(u.forcedOutageRate, u.mttrHours));
  return {
    capacityMW: Float64Array.from(units, (u) => u.capacityMW),
    forcedOutageRate: Float64Array.from(units, (u) => u.forcedOutageRate),
    upScale: Float64Array.from(scales, (s) => s.upScale),
    downScale: Float64Array.from(scales, (s) => s.downScale),
    offset: new Int32Array(units.length),
  };
}

describe('the block cover of the fleet outage', () => {
  it('is the MW of the spells touching each block, the same spells as the hourly draw, and at least the outage in each of its hours', () => {
    const settings = fleet();
    const blocks = coverBlocks(HOURS);
    expect(blocks).toBe(1095); // 8,760 / 8
    let spells = 0;
    const wrongBlocks: string[] = [];
    const hoursAbove: string[] = [];
    for (let year = 0; year < 30; year++) {
      const seeds = Uint32Array.from(settings.capacityMW, (_, u) => deriveSeed2(5, year, 2 + u));
      const cover = new Float64Array(blocks + 1);
      addFleetOutageCover(seeds, settings, HOURS, cover);
      // The cover worked out spell by spell from each unit's stream (the readable sampler).
      const expected = new Float64Array(blocks);
      UNITS.forEach((unit, u) => {
        if (unit.forcedOutageRate <= 0) return;
        const starts: number[] = [];
        const ends: number[] = [];
        collectSpells(new Random(seeds[u] ?? 0), unit.forcedOutageRate, unit.mttrHours, HOURS, starts, ends);
        spells += starts.length;
        starts.forEach((start, k) => {
          for (let b = start >> COVER_SHIFT; b <= ((ends[k] ?? 0) - 1) >> COVER_SHIFT; b++) expected[b] = (expected[b] ?? 0) + unit.capacityMW;
        });
      });
      const diff = new Float64Array(HOURS + 1);
      const sinkBlocks = (HOURS >> BLOCK_SHIFT) + 1;
      addFleetOutageDiffs(seeds, settings, HOURS, { diff, total: null, blockGrowthMW: new Float64Array(sinkBlocks), blockNetMW: new Float64Array(sinkBlocks + 1) });
      // Blocks whose cover differs from the spells', and hours above their block's cover (lists, not
      // an expect per hour: 30 × 8,760 of those are slow); the sums run in another order, so 1e-9 MW.
      let outMW = 0;
      let coverMW = 0;
      for (let b = 0; b < blocks; b++) {
        coverMW += cover[b] ?? 0;
        if (Math.abs(coverMW - (expected[b] ?? NaN)) > 1e-9 || !Number.isFinite(coverMW)) wrongBlocks.push(`${year}:${b}`);
        for (let h = b << COVER_SHIFT; h < Math.min(HOURS, (b + 1) << COVER_SHIFT); h++) {
          outMW += diff[h] ?? 0;
          if (outMW > coverMW + 1e-9) hoursAbove.push(`${year}:${h}`);
        }
      }
    }
    expect(wrongBlocks).toEqual([]);
    expect(hoursAbove).toEqual([]);
    // Not vacuous: thousands of spells (the 1 h repair unit alone fails about 1,750 times a year).
    expect(spells).toBeGreaterThan(30 * 1000);
  });

  it('calls a year quiet only when no block is covered beyond what it absorbs, and leaves the cover clean', () => {
    // Hand-made cover: 10 MW down from block 2 to block 4 (a spell touching blocks 2–4), 5 MW more in block 3.
    const cover = new Float64Array(8);
    cover[2] = 10;
    cover[5] = -10;
    cover[3] = 5;
    cover[4] = -5;
    const absorbs = (mw: number[]) => Float64Array.from(mw);
    // Block 3 carries 15 MW: quiet when it absorbs 15, not when it absorbs 14.9.
    expect(coverIsQuiet(cover, absorbs([0, 0, 10, 15, 10, 0, 0]))).toBe(true);
    expect([...cover]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    cover[2] = 10;
    cover[5] = -10;
    cover[3] = 5;
    cover[4] = -5;
    expect(coverIsQuiet(cover, absorbs([0, 0, 10, 14.9, 10, 0, 0]))).toBe(false);
    expect([...cover]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
