import { describe, expect, it } from 'vitest';
import { exportFileName, modelDateText } from '../../src/api/export-names';

describe('export file names', () => {
  it('are site, scenario, view and date joined by underscores', () => {
    expect(exportFileName(['abilene', 'hybrid', '3d', modelDateText(2028, 226 * 24 + 18)], 'png')).toBe('abilene_hybrid_3d_2028-08-15.png');
  });

  it('stay short for long saved-scenario names', () => {
    const name = exportFileName(['port-washington', 'a very long saved scenario name that someone typed into the box', 'cost breakdown chart', 2028], 'png');
    expect(name.length).toBeLessThanOrEqual(24 * 4 + 3 + 4);
    expect(name).toMatch(/^port-washington_a-very-long-saved-scenar_cost-breakdown-chart_2028\.png$/);
  });
});
