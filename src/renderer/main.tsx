import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { withEarlyAnswers } from './api/early';
import { ClientProvider } from './api/context';
import { pickTransport } from './api/transports';
import { projectOpened } from './state/project';
import './styles.css';

const { transport, mode, bridge } = pickTransport();
const client = createClient(withEarlyAnswers(transport), projectOpened);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App mode={mode} bridge={bridge} />
    </ClientProvider>
  </StrictMode>,
);
