import type { AssumptionRow } from '../../api/schemas/assumptions';
import { sig3 } from '../format';
import { FormulaInputsTable } from './FormulaInputsTable';
import { formulaInputs } from './trace';

function valueText(row: AssumptionRow): string {
  const a = Math.abs(row.value);
  const text = a >= 1e4 ? Math.round(row.value).toLocaleString('en-US') : sig3(row.value);
  return row.unit ? `${text} ${row.unit}` : text;
}

/** Where a clicked number comes from: its formula (or that it is an input), its inputs with their values, and its source. */
export function FormulaPanel(props: { rows: readonly AssumptionRow[]; name: string; onShow: (name: string) => void; onClose: () => void }) {
  const found = formulaInputs(props.rows, props.name);
  if (!found) {
    return (
      <aside className="trace-panel assumptions-trace" aria-label="Formula">
        <p>
          The sheet has no row <code>{props.name}</code>.{' '}
          <button type="button" className="link" onClick={props.onClose}>
            Close
          </button>
        </p>
      </aside>
    );
  }
  const { row, inputs } = found;
  return (
    <aside className="trace-panel assumptions-trace" aria-label="Formula">
      <div className="trace-head">
        <h2>
          <span className="assumption-name">{row.name}</span> = <span data-trace-value>{valueText(row)}</span>
        </h2>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      {row.description ? <p className="note">{row.description}</p> : null}
      {row.kind === 'formula' ? (
        <p>
          Formula: <code className="formula-text">{row.expr}</code>
        </p>
      ) : (
        <p>An input of the sheet{row.override ? ' (edited; the default is kept)' : ''}.</p>
      )}
      <p>
        Source: {row.source ?? (row.kind === 'formula' ? 'computed by this formula from the inputs below' : 'not given')}
        {row.estimate ? <span className="tag">estimate</span> : null}
      </p>
      <FormulaInputsTable
        rows={inputs.map((i) => ({ name: i.name, linked: true, valueText: valueText(i), sourceText: i.source ?? (i.kind === 'formula' ? `formula: ${i.expr ?? ''}` : '—'), estimate: i.estimate === true }))}
        onShow={props.onShow}
      />
    </aside>
  );
}
