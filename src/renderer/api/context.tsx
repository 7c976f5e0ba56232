import { createContext, useContext, type ReactNode } from 'react';
import type { StargridClient } from './client';

const ClientContext = createContext<StargridClient | null>(null);

export function ClientProvider(props: { client: StargridClient; children: ReactNode }) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>;
}

export function useClient(): StargridClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}
