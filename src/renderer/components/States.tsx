export function Loading(props: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      Loading {props.what}…
    </div>
  );
}

export function ErrorState(props: { message: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <strong>Something went wrong.</strong> {props.message}
      {props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

export function Empty(props: { children: React.ReactNode }) {
  return <div className="state state-empty">{props.children}</div>;
}
