import { describe, expect, it } from 'vitest';
import { loadCommonModeEvents } from '../../../src/main/data/load-common-mode';

describe('the bundled common-mode event data', () => {
  it('parses, cites the Uri and Elliott inquiries and marks every derived figure as an estimate', () => {
    const file = loadCommonModeEvents();
    expect(file.references.map((r) => r.year)).toEqual(expect.arrayContaining([2021, 2023]));
    const figures = [...Object.values(file.gasSupply), ...Object.values(file.gridWeather)];
    for (const figure of figures) {
      expect(figure.source).toBe('assumption');
      expect(figure.assumption?.length).toBeGreaterThan(40);
    }
    expect(file.gasSupply.shareOfGasUnitsAffected.value).toBeGreaterThan(0);
    expect(file.gasSupply.shareOfGasUnitsAffected.value).toBeLessThanOrEqual(1);
  });
});
