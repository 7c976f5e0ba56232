import type { FlexibleAnswer } from '../../power-model/optimize/types';
import { formatEnergyMWh, formatMW, formatUSD } from '../format';
import type { OptimizeRun } from './run-results';

/**
 * The optimizer's flexible grid answer (issue 16): firm and flexible MW, hours cut, workload
 * curtailed (the LP's and, where it ran, the re-check's full-year simulation), months earlier, and
 * the frontier — each flexible MW solved: the firm MW, on-site MW and cost it comes with.
 */
export function FlexibleGridResult(props: { r: OptimizeRun }) {
  const f: FlexibleAnswer | undefined = props.r.flexible;
  if (f === undefined) return null;
  const sim = props.r.recheck?.simulation.flexible ?? null;
  return (
    <div className="flexible-grid-result" data-result="flexible-grid">
      <table className="data-table" aria-label="Flexible grid">
        <caption>Flexible grid: {formatMW(f.flexibleMW)} of the {formatMW(f.offerMW)} offered</caption>
        <tbody>
          <tr><th scope="row">Firm</th><td className="num">{formatMW(f.firmMW)}</td></tr>
          <tr><th scope="row">Flexible</th><td className="num" data-flexible-mw={f.flexibleMW}>{formatMW(f.flexibleMW)}</td></tr>
          <tr><th scope="row">Energized earlier</th><td className="num">{f.monthsEarlier} months (credit {formatUSD(f.energizeCreditUSDPerYear)}/yr)</td></tr>
          <tr><th scope="row">Hours cut</th><td className="num">{f.curtailedHours}{sim ? ` (re-check: ${sim.curtailedHours})` : ''}</td></tr>
          <tr>
            <th scope="row">Workload curtailed</th>
            <td className="num">
              {formatEnergyMWh(f.workloadCurtailedMWh)} in the LP{sim ? `; ${formatEnergyMWh(sim.workloadCurtailedMWh)} in the full-year re-check (${formatUSD(sim.workloadCurtailmentCostUSD)})` : ''}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="note">The flexible part is cut in {f.rule}; the LP’s workload figure counts its modelled hours only, the re-check’s the whole year.</p>
      <table className="data-table" aria-label="Flexible grid frontier">
        <caption>How much on-site supply buys how much more grid, how soon: each flexible MW solved</caption>
        <thead>
          <tr>
            <th scope="col">Flexible</th>
            <th scope="col">Firm</th>
            <th scope="col">On-site built</th>
            <th scope="col">Cost, LP</th>
            <th scope="col">Hours cut</th>
            <th scope="col">Workload curtailed</th>
            <th scope="col">Months earlier</th>
          </tr>
        </thead>
        <tbody>
          {f.frontier.map((c) => (
            <tr key={c.flexibleMW} className={c.flexibleMW === f.flexibleMW ? 'selected' : undefined} aria-current={c.flexibleMW === f.flexibleMW ? 'true' : undefined}>
              <td className="num">{formatMW(c.flexibleMW)}</td>
              <td className="num">{formatMW(c.firmMW)}</td>
              <td className="num">{formatMW(c.onsiteMW)}</td>
              <td className="num">{c.costUSDPerYear === null ? c.status : `${formatUSD(c.costUSDPerYear)}/yr`}</td>
              <td className="num">{c.curtailedHours}</td>
              <td className="num">{formatEnergyMWh(c.workloadCurtailedMWh)}</td>
              <td className="num">{c.monthsEarlier}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
