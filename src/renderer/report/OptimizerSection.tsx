import type { RunRecord } from '../../api/schemas/project';
import { formatMW, formatUSD } from '../format';

type Mix = { gridImportMW?: number; solarMWac?: number; batteryMW?: number; batteryMWh?: number; thermal?: { units?: number; unitMW?: number; name?: string; technologyId?: string }[] };
type OptimizeSummary = { status?: string; objectiveUSDPerYear?: number | null; mix?: Mix | null; annual?: { co2Tonnes?: number; unservedEnergyMWh?: number } | null };

function mixText(mix: Mix | null | undefined): string {
  if (!mix) return 'no mix';
  const thermal = (mix.thermal ?? []).filter((t) => (t.units ?? 0) > 0).map((t) => `${t.units} × ${formatMW(t.unitMW ?? 0)} ${t.name ?? t.technologyId ?? 'units'}`);
  return [`grid ${formatMW(mix.gridImportMW ?? 0)}`, ...thermal, `solar ${formatMW(mix.solarMWac ?? 0)}`, `battery ${formatMW(mix.batteryMW ?? 0)} / ${Math.round(mix.batteryMWh ?? 0).toLocaleString('en-US')} MWh`].join(', ');
}

/**
 * The least-cost mixes the optimizer found in this project (finished `optimize` runs, newest
 * first), or a line saying none has run yet and where to run one.
 */
export function OptimizerSection(props: { runs: RunRecord[] }) {
  const done = props.runs.filter((r) => r.kind === 'optimize' && r.status === 'done');
  return (
    <section className="report-section">
      <h2>Optimizer</h2>
      {done.length === 0 ? (
        <p>No optimizer run has finished in this project yet. Runs › Optimize sizes the least-cost mix for a site under a reliability target and caps; its result appears here.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>Site</th>
              <th>Finished</th>
              <th>Least-cost mix</th>
              <th className="num">Annual cost</th>
            </tr>
          </thead>
          <tbody>
            {done.map((r) => {
              const s = (r.summary ?? {}) as OptimizeSummary;
              return (
                <tr key={r.id}>
                  <td>{r.siteId ?? 'portfolio'}</td>
                  <td>{(r.finishedAt ?? r.startedAt).slice(0, 10)}</td>
                  <td>{s.status && s.status !== 'optimal' ? `not solved: ${s.status}` : mixText(s.mix)}</td>
                  <td className="num">{typeof s.objectiveUSDPerYear === 'number' ? `${formatUSD(s.objectiveUSDPerYear)}/yr` : 'not solved'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
