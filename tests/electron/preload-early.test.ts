import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../src/renderer/api/transports';

/**
 * The desktop start page's early requests (src/renderer/early.ts) go through the real preload
 * (electron/preload.ts) over IPC: Electron's two modules are replaced by recorders, nothing else.
 */
const invoked: Array<{ channel: string; request: unknown; meta: unknown }> = [];
let exposed: DesktopBridge | undefined;
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_key: string, value: DesktopBridge) => (exposed = value) },
  ipcRenderer: {
    invoke: (channel: string, request: unknown, meta: unknown) => {
      invoked.push({ channel, request, meta });
      return Promise.resolve({ ok: true, value: { answer: invoked.length } });
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

let early: typeof import('../../src/renderer/api/early');
let transports: typeof import('../../src/renderer/api/transports');
beforeEach(async () => {
  vi.resetModules();
  invoked.length = 0;
  exposed = undefined;
  await import('../../electron/preload');
  early = await import('../../src/renderer/api/early');
  transports = await import('../../src/renderer/api/transports');
});

describe('the early requests under the desktop preload', () => {
  it('leave over IPC before the main script, and the page takes their answers instead of asking again', async () => {
    if (!exposed) throw new Error('the preload exposed no bridge');
    const transport = transports.ipcTransport(exposed);
    early.sendEarly(transport, early.startPageRequests('portfolio', false));
    // Sent at once, each on its own channel, with the empty meta of a call made before any project is named.
    expect(invoked).toEqual([
      { channel: 'app:info', request: {}, meta: {} },
      { channel: 'sites:list', request: {}, meta: {} },
      { channel: 'scenarios:list', request: {}, meta: {} },
    ]);
    const client = early.withEarlyAnswers(transport);
    expect(early.mainHasStarted()).toBe(true);
    // The main script's own first calls: answered from the early ones (answers 1–3), no new IPC.
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { answer: 2 } });
    expect(await client('app:info', {}, {})).toEqual({ ok: true, value: { answer: 1 } });
    expect(invoked).toHaveLength(3);
    // The next call goes out (answer 4).
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { answer: 4 } });
  });

  it('are not sent again once the main script has started (it sent its own)', () => {
    if (!exposed) throw new Error('the preload exposed no bridge');
    const transport = transports.ipcTransport(exposed);
    early.withEarlyAnswers(transport);
    early.sendEarly(transport, early.startPageRequests('portfolio', false));
    expect(invoked).toEqual([]);
  });
});
