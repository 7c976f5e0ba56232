import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import type { ChartSpec } from '../charts/spec';

const SCENARIO_COLORS = ['#5b7fb8', '#d97a2b', '#3aa57a', '#8a6fc4', '#c46fa8', '#2f9fb3', '#7aa33a', '#4b5d7a'];

/**
 * The typical household's bill change year by year (USD/month) under one allocation method, one
 * line per scenario, over the host file's horizon as the load ramps in. Null when no case has a series.
 */
export function billSeriesSpec(response: SiteRateImpactResponse, method: string): ChartSpec | null {
  const cases = response.cases.filter((c) => c.method === method && c.series.length > 0);
  const first = cases[0];
  if (!first) return null;
  const years = first.series.map((p) => p.year);
  return {
    title: `Household bill change by year, ${method}`,
    kind: 'lines',
    x: years,
    xTime: false,
    xLabel: 'year',
    yLabel: 'USD/month',
    series: cases.map((c, i) => ({
      label: c.scenarioName,
      color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] ?? '#5b7fb8',
      values: years.map((y) => c.series.find((p) => p.year === y)?.billChangeUSDPerMonth ?? Number.NaN),
    })),
  };
}
