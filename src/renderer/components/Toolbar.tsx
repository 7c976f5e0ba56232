import { useState } from 'react';
import { nextTheme, useTheme, useThemeChoice } from '../state/theme';
import { READ_ONLY_TITLE, useReadOnly } from '../state/read-only';
import { useUndo } from '../state/undo';
import { ImportDialog } from './ImportDialog';

const THEME_LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** Undo, redo, import and the theme toggle: the actions every view shares. */
export function Toolbar(props: { onImported: () => void }) {
  const { past, future, busy, error, undo, redo } = useUndo();
  const choice = useThemeChoice();
  const setTheme = useTheme((s) => s.setChoice);
  const [importing, setImporting] = useState(false);
  const readOnly = useReadOnly();
  const lastDone = past.at(-1);
  const lastUndone = future.at(-1);
  return (
    <div className="toolbar" role="toolbar" aria-label="Edit and view">
      <button type="button" disabled={!lastDone || busy || readOnly} onClick={() => void undo()} title={lastDone ? `Undo ${lastDone.label} (Ctrl+Z)` : 'Nothing to undo'} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" disabled={!lastUndone || busy || readOnly} onClick={() => void redo()} title={lastUndone ? `Redo ${lastUndone.label} (Ctrl+Shift+Z)` : 'Nothing to redo'} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <button type="button" disabled={readOnly} title={readOnly ? READ_ONLY_TITLE : undefined} onClick={() => setImporting(true)}>
        Import…
      </button>
      <button type="button" onClick={() => setTheme(nextTheme(choice))} aria-label={`${THEME_LABEL[choice]} (click to change)`}>
        {THEME_LABEL[choice]}
      </button>
      {lastDone ? <span className="note">Last edit: {lastDone.label}</span> : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
      {importing ? <ImportDialog onClose={() => setImporting(false)} onImported={props.onImported} /> : null}
    </div>
  );
}
