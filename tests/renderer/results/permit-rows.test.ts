import { describe, expect, it } from 'vitest';
import { hourLabel, permitOrderNote, permitRows } from '../../../src/renderer/results/permit-rows';
import { summaryFixture } from '../summary-fixture';

describe('permitRows', () => {
  it('names model hour 2,000 as 25 March 08:00', () => {
    // 2,000 − 744 (Jan) − 672 (Feb) = 584 h = 24 days + 8 h into March.
    expect(hourLabel(2000)).toBe('25 Mar 08:00');
  });

  it('shows a spent hours budget against its limit with the hour it ran out', () => {
    const base = summaryFixture();
    const s = summaryFixture({
      fuelMMBtu: 1e6,
      permits: { ...base.permits, scr: true, budgets: base.permits.budgets.map((b) => (b.budget === 'hoursPerUnit' ? { ...b, limit: 1000, used: 1000, bindingHours: 6760, firstBindingHour: 2000 } : { ...b, used: 12.34 })) },
    });
    const rows = permitRows(s);
    const hours = rows.find((r) => r.id === 'hoursPerUnit');
    expect(hours).toMatchObject({ used: '1,000 h', limit: '1,000 h', share: 1, runsOut: '25 Mar 08:00 (6,760 h held back)', tone: 'warn' });
    expect(rows.find((r) => r.id === 'noxTonsPerYear')).toMatchObject({ label: 'NOx (with SCR)', used: '12.3 short tons', limit: 'no limit', share: null });
  });

  it('gives no rows for a fleet that burns nothing and has no limit', () => {
    expect(permitRows(summaryFixture({ fuelMMBtu: 0 }))).toEqual([]);
  });

  it('adds the pipeline and the tank when the scenario sets a gas supply', () => {
    const s = summaryFixture({
      fuelMMBtu: 1e6,
      gasSupply: { service: 'interruptible', pipelineMMBtuPerDay: 10_000, pipelineMMBtuPerHour: null, interruptBelowC: -5, interruptedDays: 3, firstInterruptedHour: 720, pipelineMMBtu: 3e6, peakDayMMBtu: 10_000, bindingHours: 12, firstBindingHour: 732, storage: { capacityMMBtu: 6000, refillMMBtuPerDay: 0, drawnMMBtu: 6000, lowestMMBtu: 0, firstEmptyHour: 731 }, distillate: null },
    });
    const rows = permitRows(s);
    expect(rows.find((r) => r.id === 'pipeline')).toMatchObject({ label: 'Pipeline, interruptible (cut below -5 °C: 3 days)', limit: '10,000 MMBtu/day', share: 1, tone: 'warn' });
    expect(rows.find((r) => r.id === 'storage')).toMatchObject({ used: '6,000 MMBtu drawn', runsOut: 'empty 31 Jan 11:00' });
  });

  it('shows the distillate burned, its cost at the distillate price and what trucks brought back', () => {
    const s = summaryFixture({
      fuelMMBtu: 1e6,
      gasSupply: {
        service: 'firm', pipelineMMBtuPerDay: 25_000, pipelineMMBtuPerHour: null, interruptBelowC: null, interruptedDays: 0, firstInterruptedHour: null, pipelineMMBtu: 8.7e6, peakDayMMBtu: 25_000, bindingHours: 2, firstBindingHour: 502, storage: null,
        // 2,800 MMBtu × 18.7 USD/MMBtu = 52,360 USD.
        distillate: { tankMMBtu: 1500, burnedMMBtu: 2800, leftMMBtu: 1500, lowestMMBtu: 0, costUSD: 52_360, priceUSDPerMMBtu: 18.7, noxTons: 0.336, firstBurnHour: 502, refillMMBtuPerDay: 1300, refilledMMBtu: 2800, refillDays: 3 },
      },
    });
    expect(permitRows(s).find((r) => r.id === 'distillate')).toEqual({
      id: 'distillate',
      label: 'Distillate (dual fuel)',
      used: '2,800 MMBtu burned, USD 52.4 k',
      limit: '1,500 MMBtu tank, refill 1,300 MMBtu/day',
      share: null,
      // Hour 502 = 20 days + 22 h: 21 January 22:00.
      runsOut: 'burns from 21 Jan 22:00; refilled 2,800 MMBtu by truck on 3 gas days',
      tone: 'warn',
    });
  });

  it('says when the budgets were spent in priority order and how many hours the fleet was held back', () => {
    const base = summaryFixture();
    expect(permitOrderNote(summaryFixture({ permits: { ...base.permits, order: 'priority', closedHours: 8570 } }))).toMatch(/held back in 8,570 hours/);
    expect(permitOrderNote(base)).toMatch(/calendar order/);
  });
});

