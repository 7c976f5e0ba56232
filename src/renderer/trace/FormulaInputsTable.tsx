/** One input of a traced formula, as the inputs table shows it. */
export type FormulaInputRow = {
  /** The name shown, and the name `onShow` receives when `linked`. */
  name: string;
  /** False when the trace kept no figure for the name: shown plain, not as a link. */
  linked: boolean;
  valueText: string;
  sourceText: string;
  estimate: boolean;
};

/**
 * The inputs of a traced formula, each a link to its own trace, with its value and source: the
 * same table for the sheet figures (`FormulaPanel`) and the rate-impact figures (`RateTracePanel`).
 */
export function FormulaInputsTable(props: { rows: readonly FormulaInputRow[]; onShow: (name: string) => void }) {
  if (props.rows.length === 0) return null;
  return (
    <table className="data-table" aria-label="Inputs of the formula">
      <thead>
        <tr>
          <th>Input</th>
          <th className="num">Value</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.name}>
            <td>
              {row.linked ? (
                <button type="button" className="link assumption-name" onClick={() => props.onShow(row.name)}>
                  {row.name}
                </button>
              ) : (
                <span className="assumption-name">{row.name}</span>
              )}
            </td>
            <td className="num">{row.valueText}</td>
            <td className="source">
              {row.sourceText}
              {row.estimate ? <span className="tag">estimate</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
