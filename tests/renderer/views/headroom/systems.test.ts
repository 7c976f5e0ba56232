import { describe, expect, it } from 'vitest';
import { MAX_CURVE_POINTS } from '../../../../src/api/schemas/headroom';
import { BALANCING_AUTHORITY_CLOCKS } from '../../../../src/power-model/system-load/types';
import { curvePcts, gwText, parseLimitPct, PRESET_LIMITS_PCT, SHIPPED_SYSTEMS } from '../../../../src/renderer/views/headroom/systems';

describe('the headroom view’s systems and limits', () => {
  it('lists exactly the systems shipped in data/system-load', () => {
    expect(SHIPPED_SYSTEMS.map((s) => s.id).sort()).toEqual(Object.keys(BALANCING_AUTHORITY_CLOCKS).sort());
  });

  it('asks the curve for 0.05–20 % on a log scale with the presets and the chosen limit as points of their own', () => {
    const pcts = curvePcts(2.37);
    expect(pcts[0]).toBe(0.05);
    expect(pcts.at(-1)).toBe(20);
    for (const p of [...PRESET_LIMITS_PCT, 2.37]) expect(pcts).toContain(p);
    expect(pcts.every((p, i) => i === 0 || p > (pcts[i - 1] ?? 0))).toBe(true);
    expect(pcts.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
  });

  it('reads a typed limit, and says what is wrong with one it cannot use', () => {
    expect(parseLimitPct(' 2.5% ')).toEqual({ ok: true, pct: 2.5 });
    expect(parseLimitPct('95')).toEqual({ ok: false, message: 'Curtailment limit: must be between 0 and 90 %' });
    expect(parseLimitPct('lots')).toMatchObject({ ok: false, message: expect.stringContaining('type a percentage') });
    expect(parseLimitPct('')).toMatchObject({ ok: false });
  });

  it('prints MW as GW to three significant figures', () => {
    expect([gwText(8412.3), gwText(146.2), gwText(17_400), gwText(Number.NaN)]).toEqual(['8.41', '0.146', '17.4', '—']);
  });
});
