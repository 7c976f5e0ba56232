import { useCallback, useEffect, useState } from 'react';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/**
 * Runs `load` on mount and whenever `reload` is called; keeps loading, error and data apart.
 * `initial` may give data already at hand (an early answer, api/early.ts) for the first render;
 * `load` still runs, and when it brings back that same data the component does not render again.
 */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[], initial?: () => T | undefined): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>(() => {
    const data = initial?.();
    return data === undefined ? { status: 'loading' } : { status: 'ready', data };
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    load().then(
      (data) => live && setState((s) => (s.status === 'ready' && s.data === data ? s : { status: 'ready', data })),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload };
}
