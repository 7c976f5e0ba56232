import { Tornado } from '../charts/Tornado';
import { tornadoRows } from '../charts/tornado';
import { formatBillChange, formatUSDPerMWh } from '../format';
import type { TornadoResult } from '../../power-model/sensitivity/tornado';
import { OptimizeResult } from './OptimizeResult';
import { asReliability, asSizing, asSweep, asTornado, runError } from './run-results';
import { ReliabilityResult } from './ReliabilityResult';
import { SweepResult } from './SweepResult';
import type { RunKind } from './run-settings';

const METRIC_VIEW: Record<string, { title: string; unit: string; format: (v: number) => string }> = {
  lcoeUSDPerMWh: { title: 'Tornado: LCOE', unit: 'USD/MWh', format: formatUSDPerMWh },
  residentialBillChangeUSDPerMonth: { title: 'Tornado: household bill change (4CP)', unit: 'USD/month', format: formatBillChange },
};

function SensitivityResult(props: { r: TornadoResult; fileName: string }) {
  const metrics = props.r.metrics.filter((m) => METRIC_VIEW[m]);
  return (
    <div className="run-result" data-result="sensitivity">
      {metrics.map((m) => {
        const view = METRIC_VIEW[m];
        if (!view) return null;
        const { base, rows, unmoved } = tornadoRows(props.r, m);
        return (
          <div key={m}>
            {rows.length > 0 ? <Tornado title={view.title} unit={view.unit} base={base} rows={rows} format={view.format} fileName={`${props.fileName} ${m}`} /> : null}
            <p className="note">
              {rows.length === 0 ? `${view.title}: no input moves it (base ${view.format(base)}).` : unmoved > 0 ? `${unmoved} input(s) do not move this figure and are not drawn.` : ''}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** A run's result by kind; a result of another shape (an old record, a failure) says so instead of guessing. */
export function RunResult(props: { kind: RunKind | string; result: unknown; fileName: string }) {
  const failed = runError(props.result);
  if (failed) return <p className="field-error">{failed}</p>;
  if (props.kind === 'optimize') {
    const r = asSizing(props.result);
    if (r) return <OptimizeResult r={r} />;
  } else if (props.kind === 'reliability') {
    const r = asReliability(props.result);
    if (r) return <ReliabilityResult r={r} />;
  } else if (props.kind === 'sensitivity') {
    const r = asTornado(props.result);
    if (r) return <SensitivityResult r={r} fileName={props.fileName} />;
  } else if (props.kind === 'sweep') {
    const r = asSweep(props.result);
    if (r) return <SweepResult r={r} fileName={props.fileName} />;
  }
  return <p className="note">This run left no result to show.</p>;
}
