import { create } from 'zustand';

/** What was asked of the 3D view's presentation mode from outside it (the app menu). */
export type PresentationRequest = 'enter' | 'exit' | 'toggle';

type PresentationState = {
  /** A request not yet taken up by a mounted SceneView; it waits until one mounts. */
  request: PresentationRequest | null;
  /** Whether the 3D view is presenting now, as SceneView reports it. */
  presenting: boolean;
};

export const usePresentation = create<PresentationState>(() => ({ request: null, presenting: false }));

/**
 * Asks the 3D view to enter (default), leave or toggle presentation mode, e.g. from the
 * Electron menu's 'view:presentation'. A mounted SceneView acts on it at once; otherwise the
 * request waits for the next SceneView to mount, so the caller may switch to the 3D view first
 * or after.
 */
export function requestPresentation(request: PresentationRequest = 'enter'): void {
  usePresentation.setState({ request });
}

/** SceneView's side: takes the pending request, if any, leaving none. */
export function takePresentationRequest(): PresentationRequest | null {
  const { request } = usePresentation.getState();
  if (request !== null) usePresentation.setState({ request: null });
  return request;
}
