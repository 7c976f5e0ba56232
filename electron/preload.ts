import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, splitChannel } from '../src/api/channel-names';

/**
 * The page's only door to the services: one named function per channel of the contract (no
 * generic invoke), plus menu commands. Built from the channel list, so nothing else can be reached.
 */
const api: Record<string, Record<string, (request: unknown, meta?: unknown) => Promise<unknown>>> = {};
for (const channel of channelNames) {
  const [group, action] = splitChannel(channel);
  // `meta` carries the project the request was made for, beside the request as HTTP carries it in a header.
  (api[group] ??= {})[action] = (request: unknown, meta?: unknown) => ipcRenderer.invoke(channel, request, meta);
}

contextBridge.exposeInMainWorld('stargrid', {
  api,
  platform: process.platform,
  /** Desktop only: the report at `reportHash` printed to a PDF the user names (Electron's printToPDF). */
  exportPdf: (reportHash: string, defaultName: string): Promise<{ saved: boolean; path: string | null }> =>
    ipcRenderer.invoke('desktop:exportPdf', String(reportHash), String(defaultName)),
  onMenuCommand: (listener: (command: string) => void) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on('menu:command', wrapped);
    return () => ipcRenderer.removeListener('menu:command', wrapped);
  },
});
