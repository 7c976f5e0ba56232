import type { ReactNode } from 'react';
import { FieldError } from '../components/FieldError';

/** A labelled input with its unit and its validation error, linked for screen readers. */
export function Field(props: { id: string; label: string; unit?: string; error?: string | undefined; children: ReactNode }) {
  const errorId = `${props.id}-error`;
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.unit ? <span className="unit"> ({props.unit})</span> : null}
      </label>
      {props.children}
      <FieldError id={errorId} error={props.error} />
    </div>
  );
}
