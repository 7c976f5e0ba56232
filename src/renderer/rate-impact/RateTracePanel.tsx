import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';
import { sig3 } from '../format';

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
          {entry.dependsOn.length > 0 ? (
            <table className="data-table" aria-label="Inputs of the formula">
              <thead>
                <tr>
                  <th>Input</th>
                  <th className="num">Value</th>
                  <th>Source</th>
                </tr>
              </thead>
              <tbody>
                {entry.dependsOn.map((name) => {
                  const key = props.item.trace[name] ? name : (Object.keys(props.item.trace).find((k) => k.endsWith(`.${name}`)) ?? name);
                  const input = props.item.trace[key];
                  return (
                    <tr key={name}>
                      <td>
                        {input ? (
                          <button type="button" className="link assumption-name" onClick={() => props.onShow(key)}>
                            {key}
                          </button>
                        ) : (
                          <span className="assumption-name">{name}</span>
                        )}
                      </td>
                      <td className="num">{input ? shown(input.value, input.unit) : '—'}</td>
                      <td className="source">
                        {input?.source ?? (input?.expr ? `formula: ${input.expr}` : '—')}
                        {input?.estimate ? <span className="tag">estimate</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </aside>
  );
}
