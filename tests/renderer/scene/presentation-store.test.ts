import { describe, expect, it } from 'vitest';
import { requestPresentation, takePresentationRequest, usePresentation } from '../../../src/renderer/scene/presentation-store';

describe('presentation requests from outside the 3D view', () => {
  it('keeps a request until the view takes it, then holds none', () => {
    expect(takePresentationRequest()).toBeNull();
    requestPresentation();
    expect(usePresentation.getState().request).toBe('enter');
    expect(takePresentationRequest()).toBe('enter');
    expect(takePresentationRequest()).toBeNull();
  });

  it('tells subscribers of each request, the latest replacing an untaken one', () => {
    const seen: (string | null)[] = [];
    const unsubscribe = usePresentation.subscribe((s) => seen.push(s.request));
    requestPresentation('toggle');
    requestPresentation('exit');
    unsubscribe();
    expect(seen).toEqual(['toggle', 'exit']);
    expect(takePresentationRequest()).toBe('exit');
  });
});
