import { describe, expect, it } from 'vitest';
import { reportFromHash, reportHash } from '../../../src/renderer/report/report-route';

describe('report routes', () => {
  it('round-trips a site report and a portfolio report through the hash', () => {
    expect(reportHash({ kind: 'site', siteId: 'abilene', scenarioId: 'btm-gas' })).toBe('#/report/site/abilene?scenario=btm-gas');
    expect(reportFromHash('#/report/site/abilene?scenario=btm-gas')).toEqual({ kind: 'site', siteId: 'abilene', scenarioId: 'btm-gas' });
    expect(reportFromHash(reportHash({ kind: 'portfolio', scenarioId: 'hybrid' }))).toEqual({ kind: 'portfolio', scenarioId: 'hybrid' });
  });

  it('refuses hashes that are not reports or carry ids that are not slugs', () => {
    expect(reportFromHash('#/portfolio')).toBeNull();
    expect(reportFromHash('#/report/site/Abilene%20TX')).toBeNull();
    expect(reportFromHash('#/report/portfolio?scenario=../x')).toBeNull();
  });
});
