import { describe, expect, it } from 'vitest';
import { pipelineHourlyCap, validateGasSupply, type GasSupply } from '../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';

const SUPPLY: GasSupply = { pipelineMMBtuPerDay: 24_000, pipelineMMBtuPerHour: 1500, service: 'interruptible', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0 };

describe('pipelineHourlyCap', () => {
  it('cuts interruptible service for the whole gas day whose coldest hour is below the threshold', () => {
    const t = new Float64Array(HOURS_PER_YEAR).fill(10);
    t[49] = -5; // day 2: exactly at the threshold, not below → not cut
    t[100] = -5.1; // day 4 (hours 96–119) → cut
    const cap = pipelineHourlyCap(SUPPLY, t);
    expect(cap.interruptedDays).toBe(1);
    expect(cap.firstInterruptedHour).toBe(96);
    expect(cap.capMMBtu[95]).toBe(1500);
    expect(cap.capMMBtu[96]).toBe(0);
    expect(cap.capMMBtu[119]).toBe(0);
    expect(cap.capMMBtu[120]).toBe(1500);
    expect(cap.capMMBtu[49]).toBe(1500);
  });

  it('cuts the whole NAESB gas day, 9:00 to 9:00 Central, when the site knows its clock', () => {
    // Central site, January 2026 (standard time): the gas day of hour 730 (31 January 10:00) runs
    // from 9:00 = hour 729 to hour 752 (1 February 8:00). A cold hour at 4:00 on 1 February (hour
    // 748) falls in the same gas day: one cut, not two calendar days.
    const t = new Float64Array(HOURS_PER_YEAR).fill(10);
    t[748] = -12;
    const cap = pipelineHourlyCap({ ...SUPPLY, clock: { utcOffsetHours: -6, year: 2026 } }, t);
    expect(cap.interruptedDays).toBe(1);
    expect(cap.firstInterruptedHour).toBe(729);
    expect(cap.capMMBtu[728]).toBe(1500);
    expect(cap.capMMBtu[729]).toBe(0);
    expect(cap.capMMBtu[752]).toBe(0);
    expect(cap.capMMBtu[753]).toBe(1500);
  });

  it('never cuts firm service', () => {
    const cap = pipelineHourlyCap({ ...SUPPLY, service: 'firm' }, new Float64Array(HOURS_PER_YEAR).fill(-30));
    expect(cap.interruptedDays).toBe(0);
    expect(cap.capMMBtu.every((v) => v === 1500)).toBe(true);
  });

  it('refuses a pipeline of zero capacity, naming the field', () => {
    expect(() => validateGasSupply({ ...SUPPLY, pipelineMMBtuPerDay: 0 })).toThrow(/fuel\.pipelineMMBtuPerDay: must be > 0/);
  });
});
