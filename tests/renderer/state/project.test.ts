import { describe, expect, it } from 'vitest';
import type { ProjectInfo } from '../../../src/api/schemas/project';
import { projectOpened, useProject } from '../../../src/renderer/state/project';
import { useUndo } from '../../../src/renderer/state/undo';

const project = (id: string, path: string): ProjectInfo => ({ id, path, name: path, createdAt: '2026-12-05T00:00:00Z', schemaVersion: 1, siteCount: 8, scenarioCount: 0, readOnly: false });

describe('hearing which project is open', () => {
  it('takes the first answer without making views fetch again, and a later project as a change', () => {
    const revision = useUndo.getState().revision;
    projectOpened(project('a', '/p/a.stargrid'));
    // The page's first requests were made in this project already: no second round of fetches.
    expect(useUndo.getState().revision).toBe(revision);
    expect(useUndo.getState().projectId).toBe('a');
    expect(useProject.getState()).toMatchObject({ project: { id: 'a' }, generation: 0 });

    projectOpened(project('a', '/p/a.stargrid'));
    expect(useUndo.getState().revision).toBe(revision);

    projectOpened(project('b', '/p/b.stargrid'));
    expect(useUndo.getState().revision).toBe(revision + 1);
    expect(useUndo.getState().projectId).toBe('b');
    expect(useProject.getState().generation).toBe(1);
  });
});
