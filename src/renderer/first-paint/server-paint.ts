import { FIRST_PAINT_ANSWERS_ID } from '../../api/first-paint';
import { reportFromHash } from '../report/report-route';
import { viewFromHash } from '../routes';

/**
 * Set on <html> by the early entry when the URL names a route other than the portfolio:
 * styles.css then hides #root, so the portfolio the server drew (it cannot see the #route) is
 * never painted; main.tsx empties #root and removes it before the page draws its own view.
 */
export const HIDE_SERVER_PAINT = 'data-hide-server-paint';

/** True when the server's first paint (always the portfolio) is what the page at `hash` draws first. */
export function serverPaintFits(hash: string): boolean {
  return viewFromHash(hash) === 'portfolio' && reportFromHash(hash) === null;
}

/** True when `root` holds the server's first paint: its markup, with the answers it was drawn from after it. */
export function hasServerPaint(doc: Document, root: Element): boolean {
  return root.firstElementChild !== null && doc.getElementById(FIRST_PAINT_ANSWERS_ID) !== null;
}
