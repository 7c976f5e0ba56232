/** A field's validation error, with the id its input names in `aria-describedby`; nothing when there is none. */
export function FieldError(props: { id: string; error?: string | undefined }) {
  if (!props.error) return null;
  return (
    <div className="field-error" id={props.id} role="alert">
      {props.error}
    </div>
  );
}
