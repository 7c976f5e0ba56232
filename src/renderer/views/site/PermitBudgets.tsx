import type { PermitRow } from '../../results/permit-rows';

/** Air-permit budgets and gas supply of the simulated year: used against limit, and when each limit first held the fleet back. */
export function PermitBudgets(props: { rows: PermitRow[]; year: number; note: string }) {
  if (props.rows.length === 0) return null;
  return (
    <section className="permit-budgets" aria-labelledby="permit-budgets-title">
      <h2 id="permit-budgets-title">Permits and gas, {props.year}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Budget</th>
            <th scope="col">Used</th>
            <th scope="col">Limit</th>
            <th scope="col">Share</th>
            <th scope="col">First binds</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id} data-budget={r.id} className={r.tone === 'warn' ? 'row-warn' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{r.used}</td>
              <td>{r.limit}</td>
              <td>{r.share === null ? '' : `${Math.round(r.share * 100)}%`}</td>
              <td>{r.runsOut}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{props.note}</p>
    </section>
  );
}
