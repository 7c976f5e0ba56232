import { describe, expect, it } from 'vitest';
import { RunStartRequestSchema } from '../../../src/api/schemas/runs';
import { validateSizingInput } from '../../../src/power-model/optimize/validate';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';

const start = (params: Record<string, unknown>) => RunStartRequestSchema.safeParse({ kind: 'optimize', siteId: 'shackelford', scenarioId: 'islanded', params });

describe('the optimize run’s reliability target', () => {
  it('accepts the two targets the engine sizes to and the years of the events check', () => {
    expect(start({ reliabilityTarget: 'worst-day', eventCheckYears: 3000 }).success).toBe(true);
    expect(start({ reliabilityTarget: 'n-plus-k' }).success).toBe(true);
  });

  it('refuses another target at the boundary with the engine’s list, naming the field', () => {
    const parsed = start({ reliabilityTarget: 'tier-4' });
    expect(parsed.error?.issues[0]?.path).toEqual(['params', 'reliabilityTarget']);
    expect(parsed.error?.issues[0]?.message).toBe("must be 'n-plus-k' or 'worst-day'");
    const input = { facilityLoadMW: new Float64Array(HOURS_PER_YEAR), discountRate: 0.07, thermal: [], timeResolution: { kind: 'fullYear' as const } };
    expect(() => validateSizingInput({ ...input, reliabilityTarget: 'tier-4' as never })).toThrow("reliabilityTarget must be 'n-plus-k' or 'worst-day', got tier-4");
    expect(() => validateSizingInput({ ...input, reliabilityTarget: 'worst-day' })).toThrow(/worstDay: the 'worst-day' reliability target needs its design events/);
  });
});
