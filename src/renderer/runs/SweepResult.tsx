import { useMemo } from 'react';
import { Chart } from '../charts/Chart';
import type { ChartSpec } from '../charts/spec';
import { formatTonnes, formatUSD, formatUSDPerMWh, sig3 } from '../format';
import type { SweepRun } from './run-results';

/** LCOE against the swept input, points in ascending order of the input (uPlot needs a sorted x). */
export function sweepSpec(r: SweepRun): ChartSpec {
  const points = [...r.points].sort((a, b) => a.x - b.x);
  return {
    title: `LCOE against ${r.x.name}`,
    kind: 'lines',
    x: points.map((p) => p.x),
    xTime: false,
    xLabel: r.x.name,
    yLabel: 'USD/MWh',
    series: [{ label: 'LCOE', color: '#5b7fb8', values: points.map((p) => p.lcoeUSDPerMWh ?? Number.NaN) }],
  };
}

/** A sweep: a chart and the points for one input; for two, LCOE as a grid (rows: the second input). */
export function SweepResult(props: { r: SweepRun; fileName: string }) {
  const { r } = props;
  const spec = useMemo(() => (r.y === null ? sweepSpec(r) : null), [r]);
  const lcoeAt = (x: number, y: number) => r.points.find((p) => p.x === x && p.y === y)?.lcoeUSDPerMWh ?? Number.NaN;
  return (
    <div className="run-result" data-result="sweep">
      <p className="note">
        {r.points.length} points on {r.threads} worker thread(s) in {(r.elapsedMs / 1000).toFixed(1)} s.
      </p>
      {spec ? <Chart spec={spec} fileName={props.fileName} /> : null}
      {r.y === null ? (
        <table className="data-table" aria-label="Sweep points">
          <thead>
            <tr>
              <th className="num">{r.x.name}</th>
              <th className="num">LCOE</th>
              <th className="num">Annual cost</th>
              <th className="num">CO2 per year</th>
            </tr>
          </thead>
          <tbody>
            {r.points.map((p) => (
              <tr key={p.x}>
                <td className="num">{sig3(p.x)}</td>
                <td className="num">{formatUSDPerMWh(p.lcoeUSDPerMWh)}</td>
                <td className="num">{formatUSD(p.annualCostUSD)}/yr</td>
                <td className="num">{formatTonnes(p.co2Tonnes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table className="data-table" aria-label="Sweep grid">
          <caption>
            LCOE, USD/MWh: rows {r.y.name}, columns {r.x.name}
          </caption>
          <thead>
            <tr>
              <th>{r.y.name} \ {r.x.name}</th>
              {r.x.values.map((x) => (
                <th key={x} className="num">
                  {sig3(x)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.y.values.map((y) => (
              <tr key={y}>
                <th scope="row">{sig3(y)}</th>
                {r.x.values.map((x) => (
                  <td key={x} className="num">
                    {sig3(lcoeAt(x, y))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
