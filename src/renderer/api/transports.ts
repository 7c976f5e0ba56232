import { splitChannel, type ChannelName } from '../../api/channel-names';
import type { Envelope } from '../../api/errors';
import { isApiErrorBody } from '../../api/errors';
import { decodeFramed, FRAMED_CONTENT_TYPE } from '../../api/wire';
import type { RequestMeta, Transport } from './client';

/** The object the Electron preload exposes: one function per channel, grouped, returning envelopes. */
export type DesktopBridge = {
  api: Record<string, Record<string, (request: unknown, meta: RequestMeta) => Promise<Envelope<unknown>>>>;
  onMenuCommand: (listener: (command: string) => void) => () => void;
  /** Desktop only: Electron's printToPDF of the report at `reportHash`, saved where the user picks. */
  exportPdf: (reportHash: string, defaultName: string) => Promise<{ saved: boolean; path: string | null }>;
  platform: string;
};

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    stargrid?: DesktopBridge;
  }
}

export function ipcTransport(bridge: DesktopBridge): Transport {
  return (channel: ChannelName, request: unknown, meta: RequestMeta) => {
    const [group, action] = splitChannel(channel);
    const fn = bridge.api[group]?.[action];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `the desktop bridge has no ${channel}`, path: '' } });
    return fn(request, meta);
  };
}

/** Web mode: POST /api/<channel> with the per-launch token from the page URL. */
export function httpTransport(token: string, base = ''): Transport {
  return async (channel: ChannelName, request: unknown, meta: RequestMeta) => {
    let response: Response;
    try {
      response = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stargrid-token': token, ...(meta.projectId ? { 'x-stargrid-project': meta.projectId } : {}) },
        body: JSON.stringify(request),
      });
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `cannot reach the Stargrid server (${String(error)})`, path: '' } };
    }
    if (response.ok && response.headers.get('content-type') === FRAMED_CONTENT_TYPE) {
      try {
        return { ok: true, value: decodeFramed(await response.arrayBuffer()) };
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `unreadable answer from the Stargrid server (${String(error)})`, path: '' } };
      }
    }
    const body = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return { ok: true, value: body };
    const error = (body as { error?: unknown } | null)?.error;
    return { ok: false, error: isApiErrorBody(error) ? error : { code: 'internal', message: `HTTP ${response.status}`, path: '' } };
  };
}

/** Desktop when the preload bridge is there, else web mode with the token from `?token=`. */
export function pickTransport(): { transport: Transport; mode: 'desktop' | 'web'; bridge?: DesktopBridge } {
  if (window.stargrid) return { transport: ipcTransport(window.stargrid), mode: 'desktop', bridge: window.stargrid };
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token') ?? sessionStorage.getItem('stargrid-token') ?? '';
  if (token) sessionStorage.setItem('stargrid-token', token);
  return { transport: httpTransport(token), mode: 'web' };
}
