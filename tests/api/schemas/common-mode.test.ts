import { describe, expect, it } from 'vitest';
import { RunStartRequestSchema } from '../../../src/api/schemas/runs';
import { validateCommonModeSettings } from '../../../src/power-model/reliability/common-mode';

const start = (params: Record<string, unknown>) => RunStartRequestSchema.safeParse({ kind: 'reliability', siteId: 'abilene', scenarioId: 'islanded', params });

describe('the reliability run’s common-mode settings', () => {
  it('accepts overrides of any event field and the mitigations to compare', () => {
    const parsed = start({ years: 100, commonMode: { gasSupply: { shareOfGasUnitsAffected: 1, startAtOrBelowDryBulbC: -8 }, gridWeather: { eventsPerYear: 0.5 } }, mitigations: { dualFuel: false, gridBackupMW: 0 } });
    expect(parsed.success).toBe(true);
  });

  it('refuses at the boundary what the engine refuses, naming the field and the same bound', () => {
    const parsed = start({ commonMode: { gasSupply: { shareOfGasUnitsAffected: 1.5 } } });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['params', 'commonMode', 'gasSupply', 'shareOfGasUnitsAffected']);
    expect(issue?.message).toBe('must be between 0 and 1');
    // The engine's own message for the same value carries the same bound.
    expect(() => validateCommonModeSettings({ gasSupply: { eventsPerYear: 1, meanDurationHours: 5, shareOfGasUnitsAffected: 1.5 } })).toThrow(
      'commonMode.gasSupply.shareOfGasUnitsAffected must be between 0 and 1, got 1.5',
    );
    const duration = start({ commonMode: { gridWeather: { meanDurationHours: 0.5 } } });
    expect(duration.error?.issues[0]?.message).toBe('must be between 1 and 8760');
  });

  it('refuses an unknown field rather than ignoring a typo', () => {
    const parsed = start({ commonMode: { gasSuply: { eventsPerYear: 1 } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['params', 'commonMode']);
  });
});
