import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';
import { sig3 } from '../format';
import { FormulaInputsTable } from '../trace/FormulaInputsTable';

function shown(value: number, unit: string): string {
  const text = Math.abs(value) >= 1e4 ? Math.round(value).toLocaleString('en-US') : sig3(value);
  return unit ? `${text} ${unit}` : text;
}

/** The rate-impact sheet line behind a clicked number: formula, inputs with values and sources, estimate marks. */
export function RateTracePanel(props: { item: SiteRateImpactCase; traceKey: string; onShow: (key: string) => void; onClose: () => void }) {
  const entry = props.item.trace[props.traceKey];
  return (
    <aside className="trace-panel" aria-label="Formula">
      <div className="trace-head">
        <h2>
          <span className="assumption-name">{props.traceKey}</span>
          {entry ? ` = ${shown(entry.value, entry.unit)}` : ''}
        </h2>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="note">
        {props.item.scenarioName}, {props.item.method}.
      </p>
      {!entry ? (
        <p>The engine kept no trace of this figure.</p>
      ) : (
        <>
          <p>{entry.expr ? <>Formula: <code className="formula-text">{entry.expr}</code></> : 'An input of the rate-impact sheets.'}</p>
          <p>
            Source: {entry.source ?? (entry.expr ? 'computed by this formula from the inputs below' : 'not given')}
            {entry.estimate ? <span className="tag">estimate</span> : null}
          </p>
          <FormulaInputsTable
            rows={entry.dependsOn.map((name) => {
              // A bare name in the formula is the nearest traced figure ending in it.
              const key = props.item.trace[name] ? name : (Object.keys(props.item.trace).find((k) => k.endsWith(`.${name}`)) ?? name);
              const input = props.item.trace[key];
              return {
                name: input ? key : name,
                linked: input !== undefined,
                valueText: input ? shown(input.value, input.unit) : '—',
                sourceText: input?.source ?? (input?.expr ? `formula: ${input.expr}` : '—'),
                estimate: input?.estimate === true,
              };
            })}
            onShow={props.onShow}
          />
        </>
      )}
    </aside>
  );
}
