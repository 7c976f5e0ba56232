/**
 * The page's first script, a few hundred bytes: sends the start page's requests before the main
 * script (React and the views) has arrived and compiled, and main.tsx takes their answers.
 */
import { sendEarly, startPageRequests, takeServerAnswers } from './api/early';
import { pickTransport } from './api/transports';
import { reportFromHash } from './report/report-route';
import { viewFromHash } from './routes';

const view = viewFromHash(window.location.hash);
const isReport = reportFromHash(window.location.hash) !== null;
// The server renders the portfolio (it cannot see the #route); another route shows none of it.
if (view !== 'portfolio' || isReport) document.getElementById('root')?.replaceChildren();
// The answers the server rendered the first rows from are already here; only the rest go out.
takeServerAnswers(document);
sendEarly(pickTransport().transport, startPageRequests(view, isReport));
