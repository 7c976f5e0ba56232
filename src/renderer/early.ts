/**
 * The page's first script, a few hundred bytes: sends the start page's requests before the main
 * script (React and the views) has arrived and compiled, and main.tsx takes their answers. Loaded
 * async and render-blocking from the head (vite-early-script.ts), so it runs before the first
 * frame is painted, usually before the body has arrived. Under the desktop preload the transport
 * is IPC; the requests leave the same way.
 */
import { mainHasStarted, sendEarly, startPageRequests, takeServerAnswers } from './api/early';
import { pickTransport } from './api/transports';
import { HIDE_SERVER_PAINT, serverPaintFits } from './first-paint/server-paint';
import { reportFromHash } from './report/report-route';
import { viewFromHash } from './routes';
import { applyTheme, storedTheme } from './state/theme-attribute';

const hash = window.location.hash;
// The chosen theme before the first frame (main.tsx's theme store applies the same later).
applyTheme(storedTheme());
// The server draws the portfolio whatever the #route; on another route it is never shown (styles.css
// hides #root until main.tsx puts the page's own view there). Not once main.tsx has drawn.
if (!serverPaintFits(hash) && !mainHasStarted()) document.documentElement.setAttribute(HIDE_SERVER_PAINT, '');
// The answers the server rendered the first rows from are already here; only the rest go out.
takeServerAnswers(document);
sendEarly(pickTransport().transport, startPageRequests(viewFromHash(hash), reportFromHash(hash) !== null));
