import { useMemo, useState } from 'react';
import type { SimulateResponse } from '../../../api/schemas/model';
import { Chart } from '../../charts/Chart';
import { WEEKS_PER_YEAR } from '../../charts/series';
import { costBreakdownSpec, dispatchWeekSpec, dispatchYearSpec, loadDurationSpec, monthlyEnergySpec, timeToPowerSpec } from '../../charts/site-charts';

/** The Site view's charts for one result; the week picker moves the dispatch chart through the year. */
export function SiteCharts(props: { result: SimulateResponse; name: string; scenarioName: string }) {
  const { summary, hourly } = props.result;
  const [week, setWeek] = useState(28);
  // Short export names (issue 17): site and scenario ids and the year, not their long display names.
  const base = `${summary.siteId} ${summary.scenarioId} ${summary.year}`;
  const weekSpec = useMemo(() => (hourly ? dispatchWeekSpec(hourly, summary.year, week) : null), [hourly, summary.year, week]);
  const yearSpec = useMemo(() => (hourly ? dispatchYearSpec(hourly, summary.year) : null), [hourly, summary.year]);
  const ldcSpec = useMemo(() => (hourly ? loadDurationSpec(hourly) : null), [hourly]);
  const monthlySpec = useMemo(() => (hourly ? monthlyEnergySpec(hourly) : null), [hourly]);
  const costSpec = useMemo(() => costBreakdownSpec([{ label: props.scenarioName, summary }]), [summary, props.scenarioName]);
  const ttpSpec = useMemo(() => timeToPowerSpec(summary.timeToPower, 'Time-to-power: demand vs energizable MW'), [summary]);

  return (
    <div className="chart-grid">
      {weekSpec ? (
        <div className="chart-wide">
          <div className="chart-controls">
            <label htmlFor="week">Week</label>
            <input id="week" type="range" min={0} max={WEEKS_PER_YEAR - 1} value={week} onChange={(e) => setWeek(Number(e.target.value))} aria-valuetext={`week ${week + 1}`} />
            <span>{week + 1}</span>
          </div>
          <Chart spec={weekSpec} fileName={`${base} dispatch week ${week + 1}`} />
        </div>
      ) : null}
      {yearSpec ? (
        <div className="chart-wide">
          <Chart spec={yearSpec} fileName={`${base} dispatch year`} height={280} />
          <p className="note">Drag across the chart to zoom into any span; double-click to see the whole year again.</p>
        </div>
      ) : null}
      {ldcSpec ? <Chart spec={ldcSpec} fileName={`${base} load duration`} /> : null}
      {monthlySpec ? <Chart spec={monthlySpec} fileName={`${base} monthly energy`} /> : null}
      <Chart spec={costSpec} fileName={`${base} cost breakdown`} traceAt={{ siteId: summary.siteId, scenarioId: summary.scenarioId }} />
      <Chart spec={ttpSpec} fileName={`${base} time to power`} />
    </div>
  );
}
