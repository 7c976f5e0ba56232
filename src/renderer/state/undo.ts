import { create } from 'zustand';

/**
 * One edit already applied, with the way back and the way forward. Edits live in the project
 * (sites, scenarios, assumptions are saved through the services), so undo and redo are service
 * calls too, and the stack outlives any view.
 */
export type Edit = { label: string; undo: () => Promise<void>; redo: () => Promise<void> };

const MAX_EDITS = 100;

type UndoState = {
  /** The project these edits were made in (`ProjectInfo.id`); the stack belongs to it alone. */
  projectId: string | null;
  past: Edit[];
  future: Edit[];
  /** Bumped after each undo or redo, so views showing project data reload it. */
  revision: number;
  busy: boolean;
  error: string | null;
  record: (edit: Edit) => void;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  clear: () => void;
  /** Another project opened: the old one's edits are dropped, never applied to the new file. */
  reset: (projectId: string | null) => void;
};

export const useUndo = create<UndoState>((set, get) => {
  const step = async (from: 'past' | 'future') => {
    const state = get();
    const edit = state[from].at(-1);
    if (!edit || state.busy) return;
    const project = state.projectId;
    set({ busy: true, error: null });
    try {
      if (from === 'past') await edit.undo();
      else await edit.redo();
      const s = get();
      // Another project opened meanwhile: its fresh stack must not receive the old one's edit.
      if (s.projectId !== project) return;
      set(
        from === 'past'
          ? { past: s.past.slice(0, -1), future: [...s.future, edit], revision: s.revision + 1, busy: false }
          : { future: s.future.slice(0, -1), past: [...s.past, edit], revision: s.revision + 1, busy: false },
      );
    } catch (error) {
      if (get().projectId !== project) return;
      set({ busy: false, error: `Could not ${from === 'past' ? 'undo' : 'redo'} “${edit.label}”: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return {
    projectId: null,
    past: [],
    future: [],
    revision: 0,
    busy: false,
    error: null,
    record: (edit) => set((s) => ({ past: [...s.past, edit].slice(-MAX_EDITS), future: [], error: null })),
    undo: () => step('past'),
    redo: () => step('future'),
    clear: () => set((s) => ({ past: [], future: [], error: null, revision: s.revision + 1 })),
    reset: (projectId) => set((s) => ({ projectId, past: [], future: [], error: null, busy: false, revision: s.revision + 1 })),
  };
});

/** Whether a key event belongs to a text field, whose own undo of typing should win. */
export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'file'].includes(target.type));
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on macOS), except while typing in a field. */
export function undoKeyHandler(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) {
    event.preventDefault();
    void useUndo.getState().undo();
  } else if ((key === 'z' && event.shiftKey) || key === 'y') {
    event.preventDefault();
    void useUndo.getState().redo();
  }
}
