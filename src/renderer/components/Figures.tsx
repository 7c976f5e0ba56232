import type { ReactNode } from 'react';
import type { TraceTarget } from '../trace/trace';
import { TraceValue } from '../trace/TraceValue';

export type FigureItem = { id: string; label: string; value: string; note?: string | undefined; tone?: 'ok' | 'warn' | undefined; trace?: TraceTarget | undefined };

/**
 * Headline figures as large cards; each has a stable `data-figure` id so reports and tests can find
 * it, and a figure from the economics sheet opens its formula when clicked.
 */
export function Figures(props: { items: FigureItem[]; label: string; children?: ReactNode }) {
  return (
    <div className="totals" role="group" aria-label={props.label}>
      {props.items.map((f) => (
        <div key={f.id} className={f.tone ? `total total-${f.tone}` : 'total'} data-figure={f.id}>
          <span className="total-value">
            <TraceValue target={f.trace}>{f.value}</TraceValue>
          </span>
          <span className="total-label">{f.label}</span>
          {f.note ? <span className="total-note">{f.note}</span> : null}
        </div>
      ))}
      {props.children}
    </div>
  );
}
