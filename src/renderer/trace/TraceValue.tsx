import type { ReactNode } from 'react';
import { showFormula, type TraceTarget } from './trace';

/** A number that opens its formula, inputs and source in the Assumptions view when clicked. */
export function TraceValue(props: { target: TraceTarget | null | undefined; children: ReactNode }) {
  const target = props.target;
  if (!target) return <>{props.children}</>;
  return (
    <button type="button" className="trace-link" data-trace={target.row} title={`Show the formula, inputs and source of ${target.row}`} onClick={() => showFormula(target)}>
      {props.children}
    </button>
  );
}
