/**
 * The page's first script, a few hundred bytes: sends the start page's requests before the main
 * script (React and the views) has arrived and compiled, and main.tsx takes their answers.
 */
import { sendEarly, startPageRequests } from './api/early';
import { pickTransport } from './api/transports';
import { reportFromHash } from './report/report-route';
import { viewFromHash } from './routes';

sendEarly(pickTransport().transport, startPageRequests(viewFromHash(window.location.hash), reportFromHash(window.location.hash) !== null));
