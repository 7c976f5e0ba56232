import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { takeServerAnswers, withEarlyAnswers } from './api/early';
import { ClientProvider } from './api/context';
import { pickTransport } from './api/transports';
import { projectOpened } from './state/project';
import './styles.css';

const { transport, mode, bridge } = pickTransport();
// Usually early.ts took them already; this script may run first.
takeServerAnswers(document);
const client = createClient(withEarlyAnswers(transport), projectOpened);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A page from `serve` may hold the portfolio rendered on the server from the same answers; the
// first render below draws the same rows from them and replaces that markup in one commit (not a
// hydration: the toolbar and project bar around it read browser state the server cannot see).
createRoot(root).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App mode={mode} bridge={bridge} />
    </ClientProvider>
  </StrictMode>,
);
