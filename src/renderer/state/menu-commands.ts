import { reportHash } from '../report/report-route';
import type { ViewId } from '../routes';
import { DEFAULT_SCENARIO_ID, scenarioFor } from './selection';
import { inTextField, useUndo } from './undo';

/**
 * Edit › Undo / Redo from the desktop menu. The menu's accelerator takes Ctrl+Z before the page
 * sees it, so the page decides here: in a text field the browser's own undo of typing applies
 * (`execCommand` is the only way to ask for it), elsewhere the project's undo stack.
 */
export function runEditCommand(command: 'edit:undo' | 'edit:redo', doc: Document = document): void {
  if (inTextField(doc.activeElement)) {
    if (typeof doc.execCommand === 'function') doc.execCommand(command === 'edit:undo' ? 'undo' : 'redo');
    return;
  }
  const undo = useUndo.getState();
  void (command === 'edit:undo' ? undo.undo() : undo.redo());
}

/**
 * File › Export…: the printable report of what the view shows, the site's when a site is open in
 * a view about one site, else the portfolio's; the report page saves it as PDF (desktop) or prints it (web).
 */
export function exportHash(view: ViewId, siteId: string | null, scenarioBySite: Readonly<Record<string, string>>): string {
  if (siteId && view !== 'portfolio') return reportHash({ kind: 'site', siteId, scenarioId: scenarioFor(scenarioBySite, siteId) });
  return reportHash({ kind: 'portfolio', scenarioId: DEFAULT_SCENARIO_ID });
}
