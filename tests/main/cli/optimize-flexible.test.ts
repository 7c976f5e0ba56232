import { describe, expect, it } from 'vitest';
import { RunParamsSchema } from '../../../src/api/schemas/runs';
import { parseFlexibleFlags } from '../../../src/main/cli/commands/optimize';

describe('stargrid optimize --flexible-max-mw', () => {
  it('turns the flexible flags into the job\'s flexible params, which the run schema accepts', () => {
    const flexible = parseFlexibleFlags({ 'flexible-max-mw': '360', 'firm-offer-mw': '840', 'energize-value-usd-per-mw-month': '250000', 'flexible-queue-months': '18' });
    expect(flexible).toEqual({ maxMW: 360, firmMW: 840, energizeValueUSDPerMWMonth: 250_000, flexibleQueueMonths: 18 });
    expect(RunParamsSchema.safeParse({ flexible }).success).toBe(true);
    expect(parseFlexibleFlags({})).toBeUndefined();
  });

  it('refuses a flexible setting without the offer, and a word for a number, naming the flag', () => {
    expect(() => parseFlexibleFlags({ 'energize-value-usd-per-mw-month': '1000' })).toThrow(/--energize-value-usd-per-mw-month need\(s\) --flexible-max-mw/);
    expect(() => parseFlexibleFlags({ 'flexible-max-mw': 'lots' })).toThrow(/--flexible-max-mw must be a number, got "lots"/);
  });

  it('has the run schema name the field and the engine\'s range for an out-of-range value', () => {
    const parsed = RunParamsSchema.safeParse({ flexible: { maxMW: -5 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['flexible', 'maxMW']);
    expect(parsed.error?.issues[0]?.message).toMatch(/0/);
    expect(RunParamsSchema.safeParse({ flexible: { maxMW: 100, typo: 1 } }).success).toBe(false);
  });
});
