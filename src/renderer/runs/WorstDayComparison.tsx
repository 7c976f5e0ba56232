import { formatEnergyMWh, formatMW, formatUSD } from '../format';
import type { EventCheckRow, WorstDayOutcome } from './run-results';

const hours = (h: number) => `${h.toFixed(2)} h`;
const interval = (e: { mean: number; low95: number; high95: number }) => `${hours(e.mean)} (95%: ${e.low95.toFixed(2)}–${e.high95.toFixed(2)})`;
const signedMW = (mw: number) => `${mw > 0 ? '+' : ''}${formatMW(mw)}`;
const name = (row: EventCheckRow) => (row.target === 'n-plus-k' ? 'N+k reserve (“N+1 on paper”)' : 'Worst day (firm through the events)');

/**
 * "N+1 on paper" against "firm on the worst day": the design events the answer rides through,
 * what it adds to the N+k answer, and both answers' cost and lost hours in the Monte Carlo with and
 * without common-mode events, on the same draws.
 */
export function WorstDayComparison(props: { outcome: WorstDayOutcome }) {
  const { events, added, check } = props.outcome;
  return (
    <section className="worst-day" aria-label="Worst-day target">
      <h3>Reliability target: firm on the worst day</h3>
      <p className="note">
        Ridden through with the largest unit out:{' '}
        {events.length === 0
          ? 'no common-mode event applies to this site.'
          : events.map((e) => `${e.label}, ${formatMW(e.loadMW)} of load for ${e.durationHours} h${e.kind === 'gasSupply' ? `, ${Math.round(e.shareOfGasLost * 100)}% of gas-only MW without fuel` : ', no grid'}`).join('; ') + '.'}
      </p>
      <table className="data-table" aria-label="Added against N+k">
        <caption>Added against the N+k answer (re-checked mixes)</caption>
        <tbody>
          <tr><th scope="row">Units</th><td className="num">{signedMW(added.thermalMW)}</td></tr>
          <tr><th scope="row">Dual fuel (distillate, whole units)</th><td className="num">{formatMW(added.dualFuelMW)}</td></tr>
          <tr><th scope="row">Battery</th><td className="num">{signedMW(added.batteryMW)}, {formatEnergyMWh(added.batteryMWh)}</td></tr>
          <tr><th scope="row">Annual cost</th><td className="num">{added.costUSDPerYear >= 0 ? '+' : '−'}{formatUSD(Math.abs(added.costUSDPerYear))}/yr</td></tr>
        </tbody>
      </table>
      {check === null ? (
        <p className="note">No comparison: the N+k sizing ended “{props.outcome.nPlusKStatus}”.</p>
      ) : (
        <table className="data-table" aria-label="N+1 on paper against firm on the worst day">
          <caption>
            Monte Carlo, {check.years.toLocaleString('en-US')} years, seed {check.seed}, the same draws: hours of lost load a year
          </caption>
          <thead>
            <tr><th scope="col">Answer</th><th scope="col">LP cost</th><th scope="col">Re-checked mix cost</th><th scope="col">Without common-mode events</th><th scope="col">With them</th><th scope="col">Unserved with them</th></tr>
          </thead>
          <tbody>
            {check.rows.map((row) => (
              <tr key={row.target} data-target={row.target}>
                <th scope="row">{name(row)}</th>
                <td className="num">{formatUSD(row.lpCostUSDPerYear)}/yr</td>
                <td className="num">{formatUSD(row.costUSDPerYear)}/yr</td>
                <td className="num">{interval(row.lossOfLoadHoursPerYear.withoutEvents)}</td>
                <td className="num">{interval(row.lossOfLoadHoursPerYear.withEvents)}</td>
                <td className="num">{formatEnergyMWh(row.expectedUnservedEnergyMWhPerYear.withEvents.mean)}/yr</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
