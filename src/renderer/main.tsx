import './zod-jitless';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { takeServerAnswers, withEarlyAnswers } from './api/early';
import { ClientProvider } from './api/context';
import { pickTransport } from './api/transports';
import { APP_RENDERED_MARK } from './first-paint/marks';
import { hasServerPaint, HIDE_SERVER_PAINT, serverPaintFits } from './first-paint/server-paint';
import { projectOpened } from './state/project';
import './styles.css';

/** Marks the commit of the page's first render (hydrated or drawn), for bench/renderer.ts. */
function Rendered() {
  useLayoutEffect(() => void performance.mark(APP_RENDERED_MARK), []);
  return null;
}

const { transport, mode, bridge } = pickTransport();
// Usually early.ts took them already; this script may run first.
takeServerAnswers(document);
const client = createClient(withEarlyAnswers(transport), projectOpened);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const page = (
  <StrictMode>
    <ClientProvider client={client}>
      <App mode={mode} bridge={bridge} />
      <Rendered />
    </ClientProvider>
  </StrictMode>
);
// A page from `serve` holds the start page as the server rendered it (first-paint/render.tsx),
// from the answers just taken: the first render here draws the same, so it hydrates that markup
// (no DOM rebuilt, nothing moves). On another route the server's portfolio is not this page: gone.
if (serverPaintFits(window.location.hash) && hasServerPaint(document, root)) {
  hydrateRoot(root, page, {
    // Each is a mismatch between the server's markup and this render (React then draws that part
    // itself): a bug to fix, so it is said on the console, where the e2e test looks.
    onRecoverableError: (error) => console.error('Stargrid: the server first paint did not hydrate:', error),
  });
} else {
  root.replaceChildren();
  document.documentElement.removeAttribute(HIDE_SERVER_PAINT);
  createRoot(root).render(page);
}
