import { afterAll, describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { redundancyDesigns } from '../../../../src/power-model/reliability/designs';
import { simulateSinglePass } from '../../../../src/power-model/reliability/single-pass';
import { mergeTallies } from '../../../../src/power-model/reliability/tally';
import type { ReliabilityInput } from '../../../../src/power-model/reliability/types';
import { claimChunks, closeHelpers, helperChunks, planChunks, simulateInThreads } from '../../../../src/main/runs/jobs/reliability-threads';

/** Twelve 10 MW engines (FOR 0.06, MTTR 30 h) carrying 100 MW: N loses load in most years, N+2 rarely. */
const input = (years: number): ReliabilityInput => ({
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
  gridImportLimitMW: 0,
  units: Array.from({ length: 12 }, (_, i) => ({ id: `e${i + 1}`, capacityMW: 10, forcedOutageRate: 0.06, mttrHours: 30 })),
  years,
  seed: 3,
});
const designs = redundancyDesigns([0, 1, 2]);
const never = () => false;

afterAll(() => closeHelpers());

describe('the Monte Carlo years split into claimed chunks', () => {
  it('cuts the years into chunks that cover each year once', () => {
    // 10,000 years on 2 threads: 16 chunks of 625 years (8 a thread); 300 years: chunks of at least 250 years, the last shorter.
    const plan = planChunks(10_000, 2);
    expect(plan.chunks).toHaveLength(16);
    expect(plan.chunks.every((c, i) => c.firstYear === i * 625 && c.years === 625)).toBe(true);
    expect(planChunks(300, 2).chunks).toEqual([
      { firstYear: 0, years: 250 },
      { firstYear: 250, years: 50 },
    ]);
  });

  it('gives the one-pass tallies whichever thread claims which chunk, added in chunk order', () => {
    const whole = simulateSinglePass({ ...input(1000), designs }).tallies;
    const plan = planChunks(1000, 2);
    expect(plan.chunks).toHaveLength(4);
    // A helper claims the first chunk, this thread the rest: the claims take turns through the counter.
    const claim = new Int32Array(plan.claim);
    const first = claimChunks(input(1000), designs, { ...plan, chunks: plan.chunks.slice(0, 1) }, never);
    Atomics.store(claim, 0, 1);
    const rest = claimChunks(input(1000), designs, plan, never);
    expect(first.map((c) => c.index)).toEqual([0]);
    expect(rest.map((c) => c.index)).toEqual([1, 2, 3]);
    const merged = mergeTallies([...first, ...rest].sort((a, b) => a.index - b.index).map((c) => c.tallies));
    merged.forEach((t, d) => {
      expect(t.years).toBe(1000);
      expect(t.lossOfLoadHours).toBe(whole[d]?.lossOfLoadHours);
      expect(t.unservedHoursHistogram).toEqual(whole[d]?.unservedHoursHistogram);
      expect(t.unservedMWh).toBeCloseTo(whole[d]?.unservedMWh ?? NaN, 6);
    });
    // The comparison discriminates: N loses more than N+2.
    expect(whole[0]?.lossOfLoadHours).toBeGreaterThan(whole[2]?.lossOfLoadHours ?? Infinity);
  });

  it('leaves a helper that begins after the run marked it skipped with nothing to do', () => {
    const plan = planChunks(1000, 3);
    Atomics.store(new Int32Array(plan.helperStates), 1, 2);
    expect(helperChunks(input(1000), designs, plan, 1, never)).toEqual([]);
    expect(Atomics.load(new Int32Array(plan.claim), 0)).toBe(0);
  });

  it('adds the same tallies from this thread and helper threads as from one pass', async () => {
    // Twice: the first run starts the helper thread (it may join late or not at all), the second finds it ready.
    const whole = simulateSinglePass({ ...input(3000), designs }).tallies;
    for (let run = 0; run < 2; run++) {
      const tallies = await simulateInThreads(input(3000), designs, 2, { progress: () => undefined, shouldCancel: never }, () => '');
      tallies.forEach((t, d) => {
        expect(t.years).toBe(3000);
        expect(t.lossOfLoadHours).toBe(whole[d]?.lossOfLoadHours);
        expect(t.unservedHoursHistogram).toEqual(whole[d]?.unservedHoursHistogram);
      });
    }
  }, 120_000);
});
