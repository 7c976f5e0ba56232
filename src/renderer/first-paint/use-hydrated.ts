import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * False on the server and in the render that hydrates the server's first paint, true in every
 * other render (React re-renders at once after hydrating). For what the server cannot draw (a
 * chart's canvas): drawn the same as on the server while hydrating, so no mismatch, then for real.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
