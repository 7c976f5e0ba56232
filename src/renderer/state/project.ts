import { create } from 'zustand';
import type { ProjectInfo } from '../../api/schemas/project';
import { useRuns } from '../runs/use-runs';
import { useSelection } from './selection';
import { useUndo } from './undo';

type ProjectState = {
  /** The open project as the services last reported it; null before the first answer or with none open. */
  project: ProjectInfo | null;
  /** Bumped each time another project opens; views key on it so nothing of the old one is kept. */
  generation: number;
};

export const useProject = create<ProjectState>(() => ({ project: null, generation: 0 }));

/** Whether any answer has named the open project (or none) since the page loaded. */
let heardFirst = false;

/**
 * Hears which project is open (the client calls it after every answer that names the project).
 * When another one opens, everything that belonged to the old one goes: its undo history, the
 * supply plan chosen per site, the Compare choices, the runs followed; views remount from
 * `generation`, dropping their cached results.
 */
export function projectOpened(project: ProjectInfo | null): void {
  const before = useProject.getState().project;
  if ((before?.id ?? null) === (project?.id ?? null)) {
    useProject.setState({ project });
    return;
  }
  if (!heardFirst) {
    // The first answer names the project the page's first requests were already made in: nothing
    // to drop, and bumping the undo revision would make every view fetch its data a second time.
    heardFirst = true;
    useUndo.setState({ projectId: project?.id ?? null });
    useProject.setState({ project });
    return;
  }
  useUndo.getState().reset(project?.id ?? null);
  useSelection.getState().reset();
  useRuns.getState().reset();
  useProject.setState((s) => ({ project, generation: before === null && s.generation === 0 ? s.generation : s.generation + 1 }));
}
