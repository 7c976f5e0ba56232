import { describe, expect, it } from 'vitest';
import { deriveSeed2, Random } from '../../../src/power-model/random';
import { addOutageDiffs, addOutageDiffsFromSeed, BLOCK_SHIFT, collectSpells, markTriggeredEventDiffs, spellScales } from '../../../src/power-model/reliability/draws';

/** Indices where two series differ (toEqual on 8,761 numbers is slow, and this names the hour). */
const differences = (a: Float64Array, b: Float64Array): number[] => {
  const at: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) at.push(i);
  return at;
};

describe('the Monte Carlo draws', () => {
  it('draws the same spells with the generator inlined as with the Random class', () => {
    // Units from fast to slow (MTTR 1 h makes every down spell one hour), each on its own stream.
    const units = [
      { forcedOutageRate: 0.03, mttrHours: 24 },
      { forcedOutageRate: 0.2, mttrHours: 1 },
      { forcedOutageRate: 0.5, mttrHours: 3 },
      { forcedOutageRate: 0.001, mttrHours: 400 },
    ];
    for (const [i, unit] of units.entries()) {
      let spells = 0;
      for (let year = 0; year < 20; year++) {
        const seed = deriveSeed2(9, year, 2 + i);
        const viaClass = new Float64Array(8761);
        const inline = new Float64Array(8761);
        const total = new Float64Array(8761);
        const blocks = (8760 >> BLOCK_SHIFT) + 1;
        const sink = { diff: inline, total, blockGrowthMW: new Float64Array(blocks), blockNetMW: new Float64Array(blocks) };
        const { upScale, downScale } = spellScales(unit.forcedOutageRate, unit.mttrHours);
        addOutageDiffs(new Random(seed), 7, unit.forcedOutageRate, unit.mttrHours, 8760, viaClass, 0, null);
        addOutageDiffsFromSeed(seed, 7, unit.forcedOutageRate, upScale, downScale, 8760, 0, sink);
        expect(differences(inline, viaClass)).toEqual([]);
        expect(differences(total, viaClass)).toEqual([]);
        // The block sums: the outage at each block's start is the running sum of the hourly
        // differences before it, and no block holds more than that plus the spells starting in it.
        let running = 0;
        let atStart = 0;
        for (let b = 0; b < blocks; b++) {
          expect(atStart).toBe(running);
          let peak = running;
          for (let h = b << BLOCK_SHIFT; h < Math.min(8761, (b + 1) << BLOCK_SHIFT); h++) {
            running += viaClass[h] ?? 0;
            peak = Math.max(peak, running);
          }
          expect(peak).toBeLessThanOrEqual(atStart + (sink.blockGrowthMW[b] ?? 0));
          atStart += sink.blockNetMW[b] ?? 0;
        }
        const starts: number[] = [];
        const ends: number[] = [];
        collectSpells(new Random(seed), unit.forcedOutageRate, unit.mttrHours, 8760, starts, ends);
        const fromSpells = new Float64Array(8761);
        starts.forEach((s, k) => {
          fromSpells[s] = (fromSpells[s] ?? 0) + 7;
          fromSpells[ends[k] ?? 0] = (fromSpells[ends[k] ?? 0] ?? 0) - 7;
        });
        expect(differences(fromSpells, viaClass)).toEqual([]);
        spells += starts.length;
      }
      // The first three fail many times in 20 years, so the comparison has spells to compare (the fourth, MTTF 400,000 h, may have none).
      if (i < 3) expect(spells).toBeGreaterThan(20);
    }
  });

  it('starts weather-triggered events only in trigger hours', () => {
    // Trigger hours 100–109 only, events of exactly one hour (mean 1 h): every event hour is a trigger hour.
    const triggers = Int32Array.from({ length: 10 }, (_, i) => 100 + i);
    const random = new Random(3);
    let events = 0;
    for (let year = 0; year < 200; year++) {
      const diff = new Int32Array(8761);
      events += markTriggeredEventDiffs(random, triggers, 3, 1, 8760, diff);
      let on = 0;
      for (let h = 0; h < 8760; h++) {
        on += diff[h] ?? 0;
        if (on > 0) expect(h >= 100 && h < 110).toBe(true);
      }
    }
    // 3 a year on average: 600 over 200 years, binomial(2,000, 0.3) sd ≈ 20.5, so ±80 is four of them.
    expect(Math.abs(events - 600)).toBeLessThan(80);
  });
});
